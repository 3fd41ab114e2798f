import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from './fixtures/sample-dataset';
import { escapeIcsText, exportIcs, foldIcsLine } from './ics-export';

const now = new Date(Date.UTC(2026, 10, 22, 9, 30, 5));
const text = exportIcs(sampleDataset, sampleDataset.events, { now });
const calendar = new ICAL.Component(ICAL.parse(text));
const vevents = calendar.getAllSubcomponents('vevent');
const byUid = (id: string) => {
  const found = vevents.find((v) => v.getFirstPropertyValue('uid') === `${id}@news-event-explorer`);
  if (!found) throw new Error(`no VEVENT for ${id}`);
  return found;
};
const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('exportIcs', () => {
  it('parses with ical.js as a VCALENDAR 2.0 with one VEVENT per representable event', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/News event explorer/);
    // The 500 BCE inscription cannot be written as an iCalendar date.
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(
      sampleDataset.events.filter((e) => e.id !== 'inscription').map((e) => `${e.id}@news-event-explorer`),
    );
  });

  it('writes day-precision events as all-day dates with an exclusive end', () => {
    const talks = new ICAL.Event(byUid('kishida-scholz-talks'));
    expect(talks.startDate.isDate).toBe(true);
    expect(talks.startDate.toString()).toBe('2023-03-18');
    expect(talks.endDate.toString()).toBe('2023-03-19');
    expect(text).toContain('DTSTART;VALUE=DATE:20230318\r\n');
    const twoDays = new ICAL.Event(byUid('defense-ministers'));
    expect([twoDays.startDate.toString(), twoDays.endDate.toString()]).toEqual(['2023-03-18', '2023-03-20']);
  });

  it('spans the whole month or year for coarser precision and says so', () => {
    const g7 = new ICAL.Event(byUid('g7-summit'));
    expect([g7.startDate.toString(), g7.endDate.toString()]).toEqual(['2023-05-01', '2023-06-01']);
    expect(g7.description).toContain('May 2023 (month only)');
    const visit = new ICAL.Event(byUid('scholz-visit-2022'));
    expect([visit.startDate.toString(), visit.endDate.toString()]).toEqual(['2022-01-01', '2023-01-01']);
  });

  it('round-trips escaped text: commas, semicolons, quotes, newlines, CJK', () => {
    const e = new ICAL.Event(byUid('defense-ministers'));
    expect(e.summary).toBe('@Hamada, Pistorius; defence ministers');
    const statement = new ICAL.Event(byUid('kishida-statement'));
    expect(statement.description).toContain(
      '“Kishida told reporters: "We will work together; Germany is an irreplaceable partner."”\n— Example Times,',
    );
    const talks = new ICAL.Event(byUid('kishida-scholz-talks'));
    expect(talks.description).toContain(
      '“岸田首相はショルツ首相と東京で会談した。”\n— Example Wire, Tokyo, 日独政府間協議 (2023-03-19)',
    );
  });

  it('adds location, geo (lat;lon), categories, status, transparency and the source URL', () => {
    const v = byUid('consultations');
    expect(v.getFirstPropertyValue('location')).toBe('Tokyo');
    expect(v.getFirstPropertyValue('geo')).toEqual([35.6895, 139.6917]);
    expect(v.getFirstProperty('categories')!.getValues()).toEqual([
      'Supply chains',
      'Critical minerals, semiconductors',
    ]);
    expect(v.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(v.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(v.getFirstPropertyValue('url')).toBe('https://news.example.org/japan-germany');
    expect(byUid('g7-summit').getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(String(v.getFirstPropertyValue('dtstamp'))).toBe('2026-11-22T09:30:05Z');
  });

  it('uses CRLF everywhere and folds every line to at most 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(utf8(line)).toBeLessThanOrEqual(75);
  });
});

describe('foldIcsLine and escapeIcsText', () => {
  it('folds at 75 octets without splitting a multi-byte character, and unfolds to the original', () => {
    const line = `SUMMARY:${'日本'.repeat(40)}😀${'a'.repeat(100)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) expect(utf8(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });

  it('escapes backslash, semicolon, comma and newlines per RFC 5545', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

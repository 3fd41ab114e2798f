/**
 * Events → iCalendar (RFC 5545). Every event becomes an all-day VEVENT
 * (DTSTART;VALUE=DATE, DTEND exclusive): a day-precision event covers its day(s),
 * a month- or year-precision event covers the whole month or year, and its
 * DESCRIPTION says so. Years before 1 or after 9999 cannot be written in
 * iCalendar's four-digit dates, so those events are left out.
 * CRLF line endings, lines folded at 75 octets, TEXT values escaped.
 */
import type { Dataset, NewsEvent } from '../data/schema';
import { dateSpan, precisionLabel } from '../lib/calendar-date';
import { indexDataset } from '../lib/dataset-index';
import { deriveEventRecord, type EventRecord } from './event-record';

export interface IcsOptions {
  /** DTSTAMP of every event; defaults to now. */
  now?: Date;
}

const PRODID = '-//News event explorer//Open formats export//EN';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** RFC 5545 §3.1: at most 75 octets a line; continuation lines start with one space. Never splits a character. */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    const limit = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const icsDate = (d: Date) => `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
const icsStamp = (d: Date) =>
  `${icsDate(d)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
const representable = (d: Date) => d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999;

function describe(dataset: Dataset, event: NewsEvent, record: EventRecord): string {
  const index = indexDataset(dataset);
  const lines = [
    `${record.date_text} (${precisionLabel(event.date.precision)}); ${event.kind}, ${event.status}.`,
  ];
  if (record.participants.length) lines.push(`People: ${record.participants.join(', ')}`);
  for (const e of event.evidence) {
    const source = index.sources.get(e.source);
    lines.push('', `“${e.quote}”`, source ? `— ${source.outlet}, ${source.title} (${source.published})` : '');
  }
  return lines.join('\n').trimEnd();
}

function vevent(dataset: Dataset, event: NewsEvent, stamp: string): string[] | undefined {
  const [start, end] = dateSpan(event.date);
  if (!representable(start) || !representable(new Date(end.getTime() - 1))) return undefined;
  const record = deriveEventRecord(dataset, event);
  const url = record.source_urls.find((u) => /^https?:\/\/[^\s]+$/i.test(u));
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.id)}@news-event-explorer`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(start)}`,
    `DTEND;VALUE=DATE:${icsDate(end)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(describe(dataset, event, record))}`,
    ...(record.place ? [`LOCATION:${escapeIcsText(record.place)}`] : []),
    ...(record.lat !== undefined && record.lon !== undefined ? [`GEO:${record.lat};${record.lon}`] : []),
    ...(record.topics.length ? [`CATEGORIES:${record.topics.map(escapeIcsText).join(',')}`] : []),
    `STATUS:${event.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
    // News events are not the reader's appointments: never block their free/busy time.
    'TRANSP:TRANSPARENT',
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];
}

export function exportIcs(dataset: Dataset, events: NewsEvent[], options: IcsOptions = {}): string {
  const stamp = icsStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(dataset.title ?? 'News events')}`,
    ...events.flatMap((event) => vevent(dataset, event, stamp) ?? []),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

import { describe, expect, it } from 'vitest';
import { DatasetError } from '../data/load';
import type { Dataset, NewsEvent, Source } from '../data/schema';
import { formatEventDate } from '../lib/calendar-date';
import { readFixture } from './fixtures/read-fixture';
import { importTimelineCsv, importTimelineJson, TIMELINEJS2_MESSAGE } from './timelinejs-import';

const today = '2026-11-22';
const fromJson = (name: string) =>
  importTimelineJson(JSON.parse(readFixture(name)), { fileName: name, today });
const byTitle = (data: Dataset, title: string): NewsEvent => {
  const found = data.events.find((e) => e.title === title);
  if (!found) throw new Error(`no event titled ${title}: ${data.events.map((e) => e.title).join(' | ')}`);
  return found;
};
const quoteOf = (data: Dataset, e: NewsEvent) => {
  const src = data.sources.find((s) => s.id === e.evidence[0].source) as Source;
  const sentence = src.sentences.find((s) => s.id === e.evidence[0].sentence)!;
  return src.text.slice(sentence.start, sentence.end);
};

describe('importTimelineJson: eras template shape', () => {
  const data = fromJson('eras.json');

  it('reads the title and one source holding every slide as plain text', () => {
    expect(data.title).toBe('Ports of the Hanseatic League');
    expect(data.sources).toHaveLength(1);
    expect(data.sources[0]).toMatchObject({ id: 'eras', published: today, language: 'und' });
    expect(data.sources[0].text?.startsWith('Ports of the Hanseatic League\nTrading towns')).toBe(true);
  });

  it('turns string year-only dates into year precision, with end dates', () => {
    expect(byTitle(data, 'Lübeck is founded and refounded').date).toEqual({
      start: '1143',
      end: '1159',
      precision: 'year',
    });
  });

  it('reads zero-padded string months and days as day precision', () => {
    expect(byTitle(data, 'Lübeck and Hamburg agree to protect their road').date).toEqual({
      start: '1241-08-09',
      end: '1241-08-23',
      precision: 'day',
    });
  });

  it('orders events of the same day in file order', () => {
    expect(byTitle(data, 'Treaty of Stralsund').order).toBe(0);
    expect(byTitle(data, 'Denmark cedes fortresses on the Sound').order).toBe(1);
  });

  it('makes eras background spans and past events held', () => {
    const era = byTitle(data, 'The League at its height');
    expect(era).toMatchObject({ kind: 'other', status: 'background', date: { start: '1356', end: '1450' } });
    expect(byTitle(data, 'The last Diet meets').status).toBe('held');
  });

  it('quotes each slide verbatim: headline and text, or the headline alone when text is empty', () => {
    const e = byTitle(data, 'Denmark cedes fortresses on the Sound');
    expect(e.evidence[0].quote).toBe(
      'Denmark cedes fortresses on the Sound\nFor fifteen years the League holds the toll castles.',
    );
    expect(quoteOf(data, e)).toBe(e.evidence[0].quote);
    expect(byTitle(data, 'Treaty of Stralsund').evidence[0].quote).toBe('Treaty of Stralsund');
  });
});

describe('importTimelineJson: media types shape (HTML, groups, ids)', () => {
  const data = fromJson('all-media-types.json');

  it('reduces HTML in titles, headlines and text to safe plain text', () => {
    expect(data.title).toBe('Newsroom media timeline');
    const audio = byTitle(data, 'Audio & sound');
    expect(audio.evidence[0].quote).toBe("Audio & sound\nTo embed a clip, copy the URL of the clip's page.");
    const video = byTitle(data, 'Video pages');
    expect(video.evidence[0].quote).toBe(
      'Video pages\nA video URL is embedded as a player. The protocol part (e.g. https://) is optional.\n' +
        'Start at a point in the video with the t=#m#s parameter: see example.org/time',
    );
    const text = data.sources[0].text;
    expect(text).not.toMatch(/<\/?(p|em|code|a|b|span|script|style)\b/i);
    expect(text).not.toContain('alert');
    expect(text).not.toContain('color:red');
    expect(byTitle(data, 'Image, JPG').evidence[0].quote).toContain('Tricky attribute <not a tag> 3 < 4');
  });

  it('turns groups into topics, case-insensitively, and group "" into none', () => {
    expect(data.topics.map((t) => [t.id, t.label])).toEqual([
      ['video', 'Video'],
      ['audio', 'Audio'],
      ['html', 'HTML'],
      ['image', 'Image'],
    ]);
    expect(byTitle(data, 'Maps, coordinates').topics).toEqual([]);
    expect(byTitle(data, 'Image, JPG').topics).toEqual(['image']);
  });

  it('reads numeric and string date parts alike', () => {
    expect(byTitle(data, 'Audio & sound').date).toEqual({ start: '1905', precision: 'year' });
    expect(byTitle(data, 'Embed code').date).toEqual({ start: '1906-06', precision: 'month' });
    expect(byTitle(data, 'Image, JPG').date).toEqual({ start: '1915-07-04', precision: 'day' });
  });

  it('keeps unique_id as the event id and titles a wordless slide by its media caption', () => {
    expect(byTitle(data, 'Image, JPG').id).toBe('images');
    const banana = byTitle(data, 'A banana');
    expect(banana.evidence[0].quote).toBe('A banana');
    expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
  });
});

describe('importTimelineJson: locations and status', () => {
  const data = fromJson('houston.json');

  it('makes one place per distinct location, numbers or numeric strings', () => {
    expect(data.places.map((p) => [p.id, p.name, p.kind, p.lat, p.lon])).toEqual([
      ['vienna', 'Vienna', 'city', 48.2082, 16.3738],
      ['berlin', 'Berlin', 'city', 52.52, 13.405],
    ]);
    expect(byTitle(data, 'A Musical Heritage').place).toBe('vienna');
    expect(byTitle(data, 'Back in Vienna').place).toBe('vienna');
    expect(data.places[0].mentions).toHaveLength(2);
    expect(byTitle(data, 'Clara Vogt 1931-2011').place).toBeUndefined();
  });

  it('turns <br/> in a headline into a space and keeps paragraphs apart', () => {
    expect(data.title).toBe('Clara Vogt 1931 - 2011');
    expect(byTitle(data, 'Back in Vienna').evidence[0].quote).toBe(
      'Back in Vienna\nAfter ten years abroad she returns.\nShe said: "Home is where the orchestra is."',
    );
  });

  it('marks events after today as planned', () => {
    expect(byTitle(data, 'Centenary concert')).toMatchObject({
      status: 'planned',
      date: { start: '2031-03' },
    });
    expect(byTitle(data, 'A Musical Heritage').status).toBe('held');
  });
});

describe('importTimelineJson: years before the common era', () => {
  const data = fromJson('negative-years.json');

  it('writes negative years padded to four digits and keeps their precision', () => {
    expect(byTitle(data, 'First recorded Olympic Games').date).toEqual({ start: '-0776', precision: 'year' });
    expect(byTitle(data, 'Ides of March').date).toEqual({ start: '-0044-03-15', precision: 'day' });
    expect(byTitle(data, 'Year zero').date.start).toBe('0000');
    expect(byTitle(data, 'Julian calendar in use').date).toEqual({ start: '0045-01', precision: 'month' });
  });

  it('reads as BCE through the shared calendar helpers', () => {
    expect(formatEventDate(byTitle(data, 'Ides of March').date)).toBe('15 March 45 BCE');
    expect(formatEventDate(byTitle(data, 'Roman Republic').date)).toBe('510 BCE – 28 BCE');
  });
});

describe('importTimelineCsv: the spreadsheet template', () => {
  const data = importTimelineCsv(readFixture('women-in-science.csv'), {
    fileName: 'women-in-science.csv',
    today,
  });

  it('takes the title row (no date) as the title, not as an event', () => {
    expect(data.title).toBe('Women in Science');
    expect(data.events.some((e) => e.title === 'Women in Science')).toBe(false);
  });

  it('reads start and end columns with the most precise part given', () => {
    expect(byTitle(data, 'Marie Curie').date).toEqual({
      start: '1867-11-07',
      end: '1934-07-04',
      precision: 'day',
    });
    expect(byTitle(data, '...And the women who made it work').date).toEqual({
      start: '1943-07',
      end: '1946',
      precision: 'month',
    });
    expect(byTitle(data, 'Contributions to space exploration').date).toEqual({
      start: '1956',
      end: '1962',
      precision: 'year',
    });
  });

  it('sanitizes HTML and keeps quotes and accents', () => {
    expect(byTitle(data, '...And the women who made it work').evidence[0].quote).toBe(
      '...And the women who made it work\nThe programmers included Jean Bartik and Frances "Betty" Holberton.\nA video URL. .',
    );
    expect(byTitle(data, 'Rózsa Péter writes recursion').topics).toEqual(['computing']);
    expect(data.topics.map((t) => t.label)).toEqual(['Physics', 'Computing']);
  });

  it('makes era rows background spans and skips blank rows', () => {
    expect(byTitle(data, 'War years')).toMatchObject({
      status: 'background',
      date: { start: '1939', end: '1945' },
    });
    expect(data.events).toHaveLength(6);
  });

  it('refuses a CSV without the template header', () => {
    expect(() => importTimelineCsv('Name,Date\nA,2020\n', { fileName: 'x.csv', today })).toThrow(
      /missing columns Year, Headline, Text/,
    );
  });
});

describe('importTimelineJson: refusals with clear messages', () => {
  const attempt =
    (events: unknown[], extra: object = {}) =>
    () =>
      importTimelineJson({ events, ...extra }, { fileName: 'bad.json', today });

  it('rejects the TimelineJS2 shape', () => {
    const run = () => fromJson('timelinejs2.json');
    expect(run).toThrow(DatasetError);
    expect(run).toThrow(TIMELINEJS2_MESSAGE);
  });

  it('names the slide and the problem for impossible dates', () => {
    const slide = (start_date: object) => ({ start_date, text: { headline: 'H' } });
    expect(attempt([slide({ year: 2020, month: 13 })])).toThrow(
      'bad.json: events[0] (“H”): start_date: month 13',
    );
    expect(attempt([slide({ year: 2023, month: 2, day: 29 })])).toThrow('day 29 does not exist in 2023-02');
    expect(attempt([slide({ year: 2020, day: 3 })])).toThrow('a day is given without a month');
    expect(attempt([slide({ year: 'MMXX' })])).toThrow('year "MMXX" is not a number');
    expect(attempt([slide({ year: 1e7 })])).toThrow('outside ±999999');
    expect(attempt([{ text: { headline: 'No date' } }])).toThrow(
      'events[0] (“No date”): it has no start date',
    );
    expect(attempt([{ ...slide({ year: 2020 }), end_date: { year: 2019 } }])).toThrow(
      'is before the start date',
    );
  });

  it('refuses broken locations, non-arrays and a malformed extension block', () => {
    const base = { start_date: { year: 2020 }, text: { headline: 'H' } };
    expect(attempt([{ ...base, location: { lat: 'north', lon: 3 } }])).toThrow('numeric "lat" and "lon"');
    expect(attempt([{ ...base, location: { lat: 91, lon: 3 } }])).toThrow('outside latitude');
    expect(() => importTimelineJson({ title: {} }, { fileName: 'bad.json' })).toThrow('"events" array');
    expect(attempt([base], { eras: {} })).toThrow('"eras" must be an array');
    expect(attempt([base], { news_explorer: { version: 2 } })).toThrow('news_explorer block is malformed');
    expect(attempt([base], { news_explorer: { version: 2 } })).toThrow(
      expect.objectContaining({ detail: 'news_explorer.version: expected 1' }),
    );
    expect(attempt([{ ...base, news_explorer: { kind: 'party' } }])).toThrow(
      'bad.json: events[0]: news_explorer is malformed',
    );
  });
});

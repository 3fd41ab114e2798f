import { describe, expect, it } from 'vitest';
import type { Dataset, NewsEvent } from '../data/schema';
import { readFixture } from './fixtures/read-fixture';
import { sampleDataset } from './fixtures/sample-dataset';
import { deriveTimelineJson, exportTimelineJson } from './timelinejs-export';
import { importTimelineCsv, importTimelineJson } from './timelinejs-import';

const today = '2026-11-22';
const reimport = (data: Dataset, events = data.events) =>
  importTimelineJson(JSON.parse(exportTimelineJson(data, events)), { fileName: 'export.json', today });

/** What must survive a round trip, with places and topics resolved to comparable values. */
function essentials(data: Dataset, e: NewsEvent) {
  const place = data.places.find((p) => p.id === e.place);
  const origin = data.places.find((p) => p.id === e.origin);
  return {
    title: e.title,
    date: e.date,
    kind: e.kind,
    status: e.status,
    order: e.order,
    place: place && [place.name, place.lat, place.lon, place.kind, place.country],
    origin: origin?.name,
    topics: e.topics.map((id) => data.topics.find((t) => t.id === id)!.label),
    participants: e.participants.map((id) => data.people.find((p) => p.id === id)!.name),
  };
}
const allEssentials = (data: Dataset) =>
  Object.fromEntries(data.events.map((e) => [e.id, essentials(data, e)] as const));

describe('exportTimelineJson', () => {
  it('round-trips through our import: same ids, titles, dates, precision, places, topics, people', () => {
    const back = reimport(sampleDataset);
    expect(allEssentials(back)).toEqual(allEssentials(sampleDataset));
    expect(back.title).toBe(sampleDataset.title);
    // Topic ids and the topic tree survive too, including a parent the events do not name.
    expect(back.topics.map((t) => [t.id, t.parent])).toEqual([
      ['economic-security', undefined],
      ['supply-chains', 'economic-security'],
      ['critical-minerals-semiconductors', 'economic-security'],
      ['g7-hiroshima-summit', undefined],
      ['china', undefined],
    ]);
  });

  it('round-trips a filtered view: only those events and what they reference', () => {
    const view = sampleDataset.events.filter((e) => e.topics.includes('supply-chains'));
    const back = reimport(sampleDataset, view);
    expect(back.events.map((e) => e.id)).toEqual(['consultations']);
    expect(back.places.map((p) => p.id)).toEqual(['tokyo']);
    expect(back.people).toEqual([]);
  });

  it('round-trips imported TimelineJS files (BCE years, eras, HTML, CSV) a second time', () => {
    for (const data of [
      importTimelineJson(JSON.parse(readFixture('negative-years.json')), { fileName: 'n.json', today }),
      importTimelineJson(JSON.parse(readFixture('all-media-types.json')), { fileName: 'm.json', today }),
      importTimelineJson(JSON.parse(readFixture('houston.json')), { fileName: 'h.json', today }),
      importTimelineCsv(readFixture('women-in-science.csv'), { fileName: 'w.csv', today }),
    ]) {
      expect(allEssentials(reimport(data))).toEqual(allEssentials(data));
    }
  });

  it('still gives titles, dates, places and the first topic to a reader that ignores our extension', () => {
    const plain = JSON.parse(exportTimelineJson(sampleDataset, sampleDataset.events), (key, value) =>
      key === 'news_explorer' ? undefined : value,
    );
    const back = importTimelineJson(plain, { fileName: 'plain.json', today });
    const talks = back.events.find((e) => e.id === 'kishida-scholz-talks')!;
    expect(essentials(back, talks)).toMatchObject({
      title: 'Kishida–Scholz talks',
      date: { start: '2023-03-18', precision: 'day' },
      place: ['Tokyo', 35.6895, 139.6917, 'city', undefined],
      topics: ['Economic security'],
    });
    expect(back.events.find((e) => e.id === 'inscription')!.date).toEqual({
      start: '-0500',
      precision: 'year',
    });
  });

  it('writes the TimelineJS3 shape with HTML-escaped text and only http(s) links', () => {
    const json = deriveTimelineJson(sampleDataset, sampleDataset.events);
    const slide = json.events.find((e) => e.unique_id === 'consultations')!;
    expect(slide.start_date).toEqual({ year: 2023, month: 3, day: 18 });
    expect(slide.text.headline).toBe('=HYPERLINK("http://evil.example","First consultations")');
    expect(slide.group).toBe('Supply chains');
    const evil: Dataset = {
      ...sampleDataset,
      sources: sampleDataset.sources.map((s, i) =>
        i === 0 ? { ...s, title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' } : s,
      ),
    };
    const text = deriveTimelineJson(evil, evil.events).events[0].text.text;
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toContain('javascript:');
    expect(deriveTimelineJson(sampleDataset, sampleDataset.events).events[0].text.text).toContain(
      '<a href="https://news.example.org/japan-germany">',
    );
  });
});

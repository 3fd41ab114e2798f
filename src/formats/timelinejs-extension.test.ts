import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventKind, eventStatus, person, place, precision, topic } from '../data/schema';
import { parseSlideExtension, parseTimelineExtension } from './timelinejs-extension';

// The blocks as the schema would define them: the hand-written check must accept and
// return exactly what these do (zod stays out of the browser, not out of the contract).
const zodTimeline = z.object({
  version: z.literal(1),
  topics: z.array(topic).default([]),
  people: z.array(person.omit({ mentions: true })).default([]),
  places: z.array(place.omit({ mentions: true })).default([]),
});
const zodSlide = z.object({
  kind: eventKind.optional(),
  status: eventStatus.optional(),
  precision: precision.optional(),
  topics: z.array(z.string()).optional(),
  participants: z.array(z.string()).default([]),
  place: z.string().optional(),
  origin: z.string().optional(),
});

const topicA = { id: 'trade', label: 'Trade', aliases: ['commerce'] };
const personA = { id: 'ada', name: 'Ada', aliases: [], verified: true, country: 'GB', role: 'Envoy' };
const placeA = { id: 'lubeck', name: 'Lübeck', kind: 'city', lat: 53.87, lon: 10.69, country: 'DE' };

const timelineCases: unknown[] = [
  { version: 1 },
  { version: 1, topics: [topicA], people: [personA], places: [placeA] },
  { version: 1, topics: [{ ...topicA, parent: 'economy', extra: 'dropped' }], note: 'dropped too' },
  { version: 2 },
  { version: '1' },
  null,
  [],
  'news',
  { version: 1, topics: {} },
  { version: 1, topics: [{ ...topicA, label: '' }] },
  { version: 1, topics: [{ id: 'x', label: 'X' }] },
  { version: 1, topics: [{ ...topicA, aliases: [3] }] },
  { version: 1, people: [{ ...personA, verified: 'yes' }] },
  { version: 1, people: [{ ...personA, country: 'GBR' }] },
  { version: 1, people: [{ ...personA, role: null }] },
  { version: 1, places: [{ ...placeA, kind: 'village' }] },
  { version: 1, places: [{ ...placeA, lat: 90.5 }] },
  { version: 1, places: [{ ...placeA, lon: -180 }] },
  { version: 1, places: [{ ...placeA, lon: '10' }] },
  { version: 1, places: [null] },
];

const slideCases: unknown[] = [
  {},
  { kind: 'summit', status: 'planned', precision: 'month', topics: ['trade'], participants: ['ada'] },
  { place: 'lubeck', origin: 'lubeck', unknown: true },
  { topics: [] },
  { kind: 'party' },
  { status: 'cancelled' },
  { precision: 'hour' },
  { topics: 'trade' },
  { participants: [1] },
  { place: 3 },
  { origin: null },
  [],
  7,
];

describe('the TimelineJS extension check', () => {
  it.each(timelineCases.map((c) => [JSON.stringify(c), c]))(
    'agrees with the schema on the timeline block %s',
    (_, raw) => {
      const zodResult = zodTimeline.safeParse(raw);
      const result = parseTimelineExtension(raw);
      expect(result.ok).toBe(zodResult.success);
      if (result.ok) expect(result.value).toEqual(zodResult.data);
    },
  );

  it.each(slideCases.map((c) => [JSON.stringify(c), c]))(
    'agrees with the schema on the slide block %s',
    (_, raw) => {
      const zodResult = zodSlide.safeParse(raw);
      const result = parseSlideExtension(raw);
      expect(result.ok).toBe(zodResult.success);
      if (result.ok) expect(result.value).toEqual(zodResult.data);
    },
  );

  it('drops unknown keys and leaves absent optional fields absent', () => {
    const result = parseTimelineExtension({ version: 1, topics: [{ ...topicA, extra: 1 }], more: 2 });
    expect(result).toEqual({ ok: true, value: { version: 1, topics: [topicA], people: [], places: [] } });
    const slide = parseSlideExtension({ kind: 'visit', x: 1 });
    expect(slide.ok && Object.keys(slide.value)).toEqual(['kind', 'participants']);
  });

  it('names the offending value and what was expected', () => {
    const problem = (r: { ok: boolean; problem?: string }) => (r.ok ? 'ok' : r.problem);
    expect(problem(parseTimelineExtension({ version: 2 }))).toBe('news_explorer.version: expected 1');
    expect(problem(parseTimelineExtension([]))).toBe('news_explorer: expected an object');
    expect(problem(parseTimelineExtension({ version: 1, topics: [topicA, { ...topicA, label: '' }] }))).toBe(
      'news_explorer.topics[1].label: expected a non-empty string',
    );
    expect(problem(parseTimelineExtension({ version: 1, people: [{ ...personA, country: 'GBR' }] }))).toBe(
      'news_explorer.people[0].country: expected exactly 2 characters',
    );
    expect(problem(parseTimelineExtension({ version: 1, places: [{ ...placeA, lat: 91 }] }))).toBe(
      'news_explorer.places[0].lat: expected a number from -90 to 90',
    );
    expect(problem(parseTimelineExtension({ version: 1, places: [{ ...placeA, kind: 'town' }] }))).toBe(
      'news_explorer.places[0].kind: expected one of city, country, region',
    );
    expect(problem(parseSlideExtension({ status: 'cancelled' }))).toBe(
      'news_explorer.status: expected one of held, planned, background',
    );
    expect(problem(parseSlideExtension({ participants: ['ada', 2] }))).toBe(
      'news_explorer.participants[1]: expected a string',
    );
  });
});

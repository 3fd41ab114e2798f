import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../data/schema';
import { deriveMapLayers, indexMap } from './map-index';
import { deriveTravelLines, interpolateGreatCircle, screenAngle, type Route } from './travel-lines';
import { makeFixture } from './test-fixture';

describe('interpolateGreatCircle', () => {
  it('starts and ends at the endpoints and bends towards the pole', () => {
    const path = interpolateGreatCircle([52.52, 13.4], [36.2, 138.25], 20);
    expect(path).toHaveLength(21);
    expect(path[0][0]).toBeCloseTo(52.52);
    expect(path[0][1]).toBeCloseTo(13.4);
    expect(path[20][0]).toBeCloseTo(36.2);
    expect(path[20][1]).toBeCloseTo(138.25);
    // Berlin → Japan passes well north of both ends (over Siberia).
    expect(Math.max(...path.map((p) => p[0]))).toBeGreaterThan(60);
  });

  it('crosses the Pacific with continuous longitudes instead of wrapping around the map', () => {
    const path = interpolateGreatCircle([35.68, 139.69], [37.77, -122.42], 30);
    for (let i = 1; i < path.length; i++) expect(Math.abs(path[i][1] - path[i - 1][1])).toBeLessThan(20);
    expect(path[30][1]).toBeCloseTo(-122.42 + 360);
  });
});

describe('screenAngle', () => {
  it('is 0 going east, 90 going south, 180 going west', () => {
    expect(screenAngle([0, 0], [0, 10])).toBeCloseTo(0);
    expect(screenAngle([10, 0], [0, 0])).toBeCloseTo(90);
    expect(screenAngle([0, 10], [0, 0])).toBeCloseTo(180);
  });
});

describe('deriveMapLayers routes + deriveTravelLines', () => {
  const data = makeFixture();
  const groupRoutes = (events: readonly NewsEvent[]) => deriveMapLayers(indexMap(data), events).routes;

  it('draws a line origin → place for events with an origin, arrow pointing along it', () => {
    const [line, ...rest] = deriveTravelLines(groupRoutes(data.events));
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ id: 'berlin->japan', from: 'berlin', to: 'japan', eventIds: ['visit'] });
    expect(line.fromName).toBe('Berlin');
    // Heading east (and a bit north, mid-way over Siberia): between north-east and south-east.
    expect(Math.abs(line.arrow.angle)).toBeLessThan(60);
  });

  it('shares one line between events on the same route and skips events without both ends', () => {
    const events = [
      ...data.events,
      { ...data.events.find((e) => e.id === 'visit')!, id: 'visit-2' },
      { ...data.events[0], id: 'unknown-origin', origin: 'atlantis' },
    ];
    const lines = deriveTravelLines(groupRoutes(events));
    expect(lines.map((l) => l.eventIds)).toEqual([['visit', 'visit-2']]);
  });

  it('draws only the busiest routes, plus the route of a kept (hovered/selected) event', () => {
    const visit = data.events.find((e) => e.id === 'visit')!;
    const events = [
      visit,
      { ...visit, id: 'v2', origin: 'tokyo', place: 'hiroshima' },
      { ...visit, id: 'v3', origin: 'tokyo', place: 'hiroshima' },
      { ...visit, id: 'v4', origin: 'beijing', place: 'tokyo' },
    ];
    const routes = groupRoutes(events);
    expect(routes).toHaveLength(3);
    expect(deriveTravelLines(routes, { limit: 1 }).map((l) => l.id)).toEqual(['tokyo->hiroshima']);
    expect(deriveTravelLines(routes, { limit: 1, keep: new Set(['v4']) }).map((l) => l.id)).toEqual([
      'tokyo->hiroshima',
      'beijing->tokyo',
    ]);
  });
});

describe('deriveTravelLines ranking', () => {
  const place = (id: string, lon: number) => ({
    id,
    name: id,
    kind: 'city' as const,
    lat: 0,
    lon,
    mentions: [],
  });
  const route = (from: string, to: string, count: number): Route => ({
    id: `${from}->${to}`,
    from: place(from, 0),
    to: place(to, 10),
    eventIds: Array.from({ length: count }, (_, i) => `${from}-${to}-${i}`),
  });

  it('picks the busiest routes, ties by id, with many more routes than the limit', () => {
    // 300 routes: counts cycle 1..7, so the limit falls inside a tie.
    const routes = Array.from({ length: 300 }, (_, i) => route(`a${i}`, `b${i}`, 1 + ((i * 5) % 7)));
    const expected = [...routes]
      .sort((a, b) => b.eventIds.length - a.eventIds.length || a.id.localeCompare(b.id))
      .slice(0, 25)
      .map((r) => r.id);
    expect(deriveTravelLines(routes).map((l) => l.id)).toEqual(expected);
    expect(deriveTravelLines(routes, { limit: 0 })).toEqual([]);
    expect(deriveTravelLines([])).toEqual([]);
  });

  it('adds a kept route below the limit after the busiest ones', () => {
    const routes = [route('x', 'y', 1), route('p', 'q', 5), route('m', 'n', 3)];
    const lines = deriveTravelLines(routes, { limit: 1, keep: new Set(['x-y-0']) });
    expect(lines.map((l) => l.id)).toEqual(['p->q', 'x->y']);
  });
});

describe('deriveTravelLines geometry', () => {
  it('reuses the arc of a route across derivations, so a line still drawn is not redrawn', () => {
    const data = makeFixture();
    const routes = deriveMapLayers(indexMap(data), data.events).routes;
    const [a] = deriveTravelLines(routes);
    const [b] = deriveTravelLines(deriveMapLayers(indexMap(data), [...data.events]).routes);
    expect(b).not.toBe(a);
    expect(b.path).toBe(a.path);
    expect(b.arrow).toBe(a.arrow);
  });
});

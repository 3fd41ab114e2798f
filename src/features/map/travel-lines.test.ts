import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../lib/dataset-index';
import { deriveTravelLines, groupRoutes, interpolateGreatCircle, screenAngle } from './travel-lines';
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

describe('groupRoutes + deriveTravelLines', () => {
  const data = makeFixture();
  const index = indexDataset(data);

  it('draws a line origin → place for events with an origin, arrow pointing along it', () => {
    const [line, ...rest] = deriveTravelLines(groupRoutes(index.places, data.events));
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
    const lines = deriveTravelLines(groupRoutes(index.places, events));
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
    const routes = groupRoutes(index.places, events);
    expect(routes).toHaveLength(3);
    expect(deriveTravelLines(routes, { limit: 1 }).map((l) => l.id)).toEqual(['tokyo->hiroshima']);
    expect(deriveTravelLines(routes, { limit: 1, keep: new Set(['v4']) }).map((l) => l.id)).toEqual([
      'tokyo->hiroshima',
      'beijing->tokyo',
    ]);
  });
});

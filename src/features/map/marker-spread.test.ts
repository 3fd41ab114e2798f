import { describe, expect, it } from 'vitest';
import { spreadMarkers, type SpreadItem } from './marker-spread';
import { projectMercator } from './mercator';

const apart = (a: SpreadItem, b: SpreadItem, offsets: ReturnType<typeof spreadMarkers>) => {
  const oa = offsets.get(a.id)!;
  const ob = offsets.get(b.id)!;
  return Math.hypot(a.x + oa.dx - b.x - ob.dx, a.y + oa.dy - b.y - ob.dy);
};

describe('spreadMarkers', () => {
  it('nudges the Japan marker off Tokyo and leaves Tokyo where it is', () => {
    const zoom = 4;
    const tokyo = { id: 'tokyo', ...projectMercator(35.68, 139.69, zoom), r: 20, movable: false };
    const japan = { id: 'japan', ...projectMercator(36.2, 138.25, zoom), r: 14, movable: true };
    const offsets = spreadMarkers([tokyo, japan]);
    expect(offsets.get('tokyo')).toEqual({ dx: 0, dy: 0 });
    expect(apart(tokyo, japan, offsets)).toBeGreaterThanOrEqual(34 - 1);
    // Japan lies west-north-west of Tokyo, so it moves further that way.
    expect(offsets.get('japan')!.dx).toBeLessThan(0);
  });

  it('does not move markers that do not overlap', () => {
    const offsets = spreadMarkers([
      { id: 'a', x: 0, y: 0, r: 10, movable: true },
      { id: 'b', x: 50, y: 0, r: 10, movable: false },
    ]);
    expect(offsets.get('a')).toEqual({ dx: 0, dy: 0 });
  });

  it('separates markers at the very same spot and caps the shift', () => {
    const offsets = spreadMarkers(
      [
        { id: 'city', x: 100, y: 100, r: 30, movable: false },
        { id: 'country', x: 100, y: 100, r: 30, movable: true },
      ],
      25,
    );
    const o = offsets.get('country')!;
    expect(Math.hypot(o.dx, o.dy)).toBeLessThanOrEqual(25.5);
    expect(o.dx).toBeLessThan(0);
    expect(o.dy).toBeLessThan(0);
  });

  it('separates two movable markers: the later one moves off the one settled before it', () => {
    const a = { id: 'a', x: 0, y: 0, r: 10, movable: true };
    const b = { id: 'b', x: 10, y: 0, r: 10, movable: true };
    const offsets = spreadMarkers([a, b]);
    expect(offsets.get('a')).toEqual({ dx: 0, dy: 0 });
    expect(offsets.get('b')!.dx).toBeGreaterThan(0);
    expect(apart(a, b, offsets)).toBeGreaterThanOrEqual(22 - 1);
  });

  it('prefers a spot over its own country, then the sea, to one over a neighbour', () => {
    const zoom = 4;
    const tokyo = { id: 'tokyo', ...projectMercator(35.68, 139.69, zoom), r: 20, movable: false };
    const japan = { id: 'japan', ...projectMercator(36.65, 137.99, zoom), r: 14, movable: true };
    // A toy coast through Japan's centroid: north-west is the Sea of Japan and Korea, south-east the Pacific.
    const rank = (_id: string, x: number, y: number) => (x - japan.x + (y - japan.y) > 0 ? 1 : 2);
    const offsets = spreadMarkers([tokyo, japan], 40, rank);
    const o = offsets.get('japan')!;
    expect(apart(tokyo, japan, offsets)).toBeGreaterThanOrEqual(36 - 1);
    expect(o.dx + o.dy).toBeGreaterThan(0);
    expect(Math.hypot(o.dx, o.dy)).toBeLessThanOrEqual(40.5);
  });
});

import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/prng';
import { spreadMarkers, type SpreadItem, type SpreadRank } from './marker-spread';
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

/** The search before it learned to stop early: every spot in reach ranked (the reference). */
function exhaustiveSpread(items: readonly SpreadItem[], maxShift: number, rank: SpreadRank) {
  const pos = new Map(items.map((i) => [i.id, { x: i.x, y: i.y }]));
  const settled = items.filter((i) => !i.movable);
  const clear = (a: SpreadItem, p: { x: number; y: number }) =>
    settled.every((b) => Math.hypot(p.x - pos.get(b.id)!.x, p.y - pos.get(b.id)!.y) >= a.r + b.r + 2);
  for (const a of items) {
    if (!a.movable) continue;
    if (!clear(a, a)) {
      let [ax, ay] = [0, 0];
      for (const b of settled) {
        const q = pos.get(b.id)!;
        const d = Math.hypot(a.x - q.x, a.y - q.y);
        if (d >= a.r + b.r + 2) continue;
        if (d < 1e-6) [ax, ay] = [ax - 1, ay - 1];
        else [ax, ay] = [ax + (a.x - q.x) / d, ay + (a.y - q.y) / d];
      }
      const away = Math.atan2(ay, ax || (ay ? 0 : -1));
      let best: { x: number; y: number } | undefined;
      let bestScore = Infinity;
      for (let d = 2; d <= maxShift; d += 2)
        for (let k = 0; k < 16; k++) {
          const angle = away + (k * 2 * Math.PI) / 16;
          const p = { x: a.x + d * Math.cos(angle), y: a.y + d * Math.sin(angle) };
          if (!clear(a, p)) continue;
          const score = rank(a.id, p.x, p.y) * 1e6 + d * 100 + Math.min(k, 16 - k);
          if (score < bestScore) [bestScore, best] = [score, p];
        }
      pos.set(a.id, best ?? { x: a.x + maxShift * Math.cos(away), y: a.y + maxShift * Math.sin(away) });
    }
    settled.push(a);
  }
  return new Map(
    items.map((i) => [
      i.id,
      { dx: Math.round(pos.get(i.id)!.x - i.x), dy: Math.round(pos.get(i.id)!.y - i.y) },
    ]),
  );
}

describe('spreadMarkers stopping early', () => {
  it('finds the same spots as ranking every spot in reach (200 seeded crowded maps)', () => {
    const rand = mulberry32(7);
    let ranked = 0;
    for (let t = 0; t < 200; t++) {
      const items: SpreadItem[] = Array.from({ length: 4 + Math.floor(rand() * 20) }, (_, i) => ({
        id: `m${i}`,
        x: rand() * 200,
        y: rand() * 150,
        r: 4 + rand() * 16,
        movable: rand() < 0.4,
      }));
      // Land and sea as stripes and a disc, so ranks vary from spot to spot.
      const rank: SpreadRank = (_id, x, y) =>
        Math.hypot(x - 100, y - 75) < 40 ? 0 : Math.floor(y / 30) % 2 ? 1 : 2;
      const counting: SpreadRank = (id, x, y) => (ranked++, rank(id, x, y));
      expect(spreadMarkers(items, 40, counting)).toEqual(exhaustiveSpread(items, 40, rank));
    }
    expect(ranked).toBeGreaterThan(0);
  });

  it('finds them also on wide maps with hundreds of markers, most out of each other’s reach', () => {
    const rand = mulberry32(11);
    for (let t = 0; t < 5; t++) {
      const items: SpreadItem[] = Array.from({ length: 200 }, (_, i) => ({
        id: `m${i}`,
        x: rand() * 1000,
        y: rand() * 700,
        r: 3.5 + rand() * 16,
        movable: rand() < 0.3,
      }));
      const rank: SpreadRank = (_id, x, y) => (Math.hypot(x - 500, y - 350) < 200 ? 0 : y < 350 ? 1 : 2);
      expect(spreadMarkers(items, 40, rank)).toEqual(exhaustiveSpread(items, 40, rank));
    }
  });
});

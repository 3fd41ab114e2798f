import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { crossesAntimeridian, cutLines, cutPolygons, cutRing, unwrapRing } from './antimeridian';

const planarArea = (ring: Position[]) => {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(s / 2);
};
const maxStep = (ring: Position[]) =>
  ring.slice(1).reduce((m, p, i) => Math.max(m, Math.abs(p[0] - ring[i][0])), 0);

describe('unwrapRing', () => {
  it('makes longitudes continuous and counts turns around a pole', () => {
    const { points, turns } = unwrapRing([
      [0, -70],
      [179, -70],
      [-179, -70],
      [0, -70],
    ]);
    expect(points.map((p) => p[0])).toEqual([0, 179, 181, 360]);
    expect(turns).toBe(1);
  });
});

describe('cutRing', () => {
  it('leaves a ring that does not cross ±180 untouched', () => {
    const ring = [
      [130, 30],
      [140, 30],
      [140, 40],
      [130, 30],
    ];
    expect([...cutRing(ring)]).toEqual([[0, ring]]);
  });

  it('splits a box over the antimeridian into an eastern and a western piece', () => {
    const pieces = cutRing([
      [170, 60],
      [-170, 60],
      [-170, 70],
      [170, 70],
      [170, 60],
    ]);
    expect(pieces.size).toBe(2);
    for (const ring of pieces.values()) {
      expect(crossesAntimeridian(ring)).toBe(false);
      expect(ring.every((p) => p[0] >= -180 && p[0] <= 180)).toBe(true);
      expect(planarArea(ring)).toBeCloseTo(100);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
    const xs = [...pieces.values()].map((r) => r.map((p) => p[0]).sort((a, b) => a - b));
    expect(xs.map((x) => [x[0], x[x.length - 1]]).sort((a, b) => a[0] - b[0])).toEqual([
      [-180, -170],
      [170, 180],
    ]);
  });

  it('closes a ring around the south pole through the pole, not across the map', () => {
    const pieces = cutRing([
      [0, -70],
      [90, -70],
      [179, -70],
      [-179, -70],
      [-90, -70],
      [0, -70],
    ]);
    const rings = [...pieces.values()];
    let total = 0;
    for (const ring of rings) {
      expect(maxStep(ring)).toBeLessThanOrEqual(180);
      expect(ring.some((p) => p[1] === -90)).toBe(true);
      total += planarArea(ring);
    }
    expect(total).toBeCloseTo(360 * 20); // the whole band from -90 to -70
  });
});

describe('cutPolygons', () => {
  it('keeps holes with the piece of their strip', () => {
    const outer = [
      [170, 0],
      [-170, 0],
      [-170, 20],
      [170, 20],
      [170, 0],
    ];
    const hole = [
      [172, 5],
      [175, 5],
      [175, 8],
      [172, 5],
    ];
    const { coordinates } = cutPolygons({ type: 'Polygon', coordinates: [outer, hole] });
    expect(coordinates).toHaveLength(2);
    const east = coordinates.find((poly) => poly[0].some((p) => p[0] === 170))!;
    const west = coordinates.find((poly) => poly !== east)!;
    expect(east).toHaveLength(2);
    expect(east[1]).toEqual(hole);
    expect(west).toHaveLength(1);
  });

  it('returns polygons that do not cross as they are', () => {
    const poly = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ];
    expect(cutPolygons({ type: 'Polygon', coordinates: poly }).coordinates).toEqual([poly]);
  });
});

describe('cutLines', () => {
  it('splits a line at ±180 with the crossing point on both sides', () => {
    expect(
      cutLines([
        [
          [170, 0],
          [-170, 10],
          [-160, 10],
        ],
      ]).coordinates,
    ).toEqual([
      [
        [170, 0],
        [180, 5],
      ],
      [
        [-180, 5],
        [-170, 10],
        [-160, 10],
      ],
    ]);
  });

  it('never produces NaN for a step along the antimeridian itself', () => {
    const { coordinates } = cutLines([
      [
        [179, 60],
        [-180, 65],
        [180, 66],
        [179, 67],
      ],
    ]);
    for (const line of coordinates) for (const p of line) expect(Number.isFinite(p[1])).toBe(true);
    for (const line of coordinates)
      for (let i = 1; i < line.length; i++)
        expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThanOrEqual(180);
  });

  it('splits westward crossings too', () => {
    const [a, b] = cutLines([
      [
        [-175, 0],
        [175, 10],
      ],
    ]).coordinates;
    expect(a[a.length - 1]).toEqual([-180, 5]);
    expect(b[0]).toEqual([180, 5]);
  });
});

/**
 * A point to pin a country on: the area centroid of its largest polygon.
 * The largest polygon keeps overseas territories (Alaska, French Guiana) from
 * pulling the point into the sea. Planar lon/lat math is enough for a marker.
 */
type Ring = number[][];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum / 2;
}

function ringCentroid(ring: Ring): [number, number] {
  const area = ringArea(ring);
  if (area === 0) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    x += (ring[j][0] + ring[i][0]) * f;
    y += (ring[j][1] + ring[i][1]) * f;
  }
  return [x / (6 * area), y / (6 * area)];
}

/**
 * A ring cut at the antimeridian (Russia's spans -180…180) is shifted east so it
 * is contiguous; the centroid is wrapped back into -180…180 afterwards.
 */
function unwrap(ring: Ring): Ring {
  let min = Infinity;
  let max = -Infinity;
  for (const p of ring) {
    min = Math.min(min, p[0]);
    max = Math.max(max, p[0]);
  }
  return max - min > 180 ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

/** [lon, lat] rounded to 4 decimals (about 10 m), so output stays stable and small. */
export function largestPolygonCentroid(polygons: Ring[][]): [number, number] | undefined {
  let best: Ring | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const area = Math.abs(ringArea(outer));
    if (area > bestArea) {
      best = outer;
      bestArea = area;
    }
  }
  if (!best) return undefined;
  const [x, lat] = ringCentroid(unwrap(best));
  const lon = x > 180 ? x - 360 : x;
  return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}

/**
 * Cutting lon/lat geometry at the antimeridian so a planar map (Leaflet) does not
 * draw it across the whole world. world-atlas stores spherical polygons: Russia,
 * Fiji and Antarctica have rings that jump from +180 to -180, which a planar
 * renderer joins with a horizontal line. We unwrap each ring so its longitudes
 * are continuous, close rings that wind around a pole through that pole, clip
 * the result to 360°-wide strips and shift each piece back into [-180, 180].
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

/** Longitudes made continuous (no step over 180°); `turns` is how often the ring wraps around. */
export function unwrapRing(ring: Ring): { points: Ring; turns: number } {
  if (ring.length === 0) return { points: [], turns: 0 };
  let offset = 0;
  const points: Ring = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    points.push([ring[i][0] + offset, ring[i][1]]);
  }
  return { points, turns: Math.round(offset / 360) };
}

export function crossesAntimeridian(ring: Ring): boolean {
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) return true;
  return false;
}

/** Sutherland–Hodgman against one vertical half-plane (`keep(x)`), boundary at `edge`. */
function clipHalfPlane(ring: Ring, edge: number, keep: (x: number) => boolean): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    const inA = keep(a[0]);
    const inB = keep(b[0]);
    if (inA) out.push(a);
    if (inA !== inB) {
      const t = (edge - a[0]) / (b[0] - a[0]);
      out.push([edge, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

function area(ring: Ring): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/**
 * One ring → its pieces per 360° strip: a map from strip index k (0 = the [-180, 180] world,
 * ±1 = the copies either side) to a closed ring already shifted back into [-180, 180].
 */
export function cutRing(ring: Ring): Map<number, Ring> {
  const pieces = new Map<number, Ring>();
  if (!crossesAntimeridian(ring)) {
    pieces.set(0, ring);
    return pieces;
  }
  const { points, turns } = unwrapRing(ring);
  let open = points.slice(0, -1); // drop the closing point; clipping treats the ring as cyclic
  if (turns !== 0) {
    // The ring goes round a pole (Antarctica): close it along that pole instead of across the map.
    const meanLat = open.reduce((s, p) => s + p[1], 0) / open.length;
    const pole = meanLat < 0 ? -90 : 90;
    const last = points[points.length - 1];
    // Here the last point is the first one shifted by 360°, not a duplicate: keep it.
    open = [...points, [last[0], pole], [points[0][0], pole]];
  }
  let min = Infinity;
  let max = -Infinity;
  for (const p of open) {
    if (p[0] < min) min = p[0];
    if (p[0] > max) max = p[0];
  }
  const first = Math.floor((min + 180) / 360);
  const last = Math.ceil((max + 180) / 360) - 1;
  for (let k = first; k <= last; k++) {
    const lo = -180 + 360 * k;
    const hi = 180 + 360 * k;
    let piece = clipHalfPlane(open, lo, (x) => x >= lo);
    piece = clipHalfPlane(piece, hi, (x) => x <= hi);
    if (piece.length < 3 || Math.abs(area(piece)) < 1e-9) continue;
    const shifted = piece.map((p) => [p[0] - 360 * k, p[1]]);
    shifted.push([...shifted[0]]);
    pieces.set(k, shifted);
  }
  return pieces;
}

/** A polygon or multipolygon cut at the antimeridian, as a multipolygon (holes stay with their strip). */
export function cutPolygons(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    if (!polygon.some(crossesAntimeridian)) {
      out.push(polygon);
      continue;
    }
    const [outer, ...holes] = polygon.map(cutRing);
    for (const [k, ring] of outer) {
      const inner = holes.flatMap((h) => (h.has(k) ? [h.get(k)!] : []));
      out.push([ring, ...inner]);
    }
  }
  return { type: 'MultiPolygon', coordinates: out };
}

/** Lines split where they cross ±180, with the crossing point added on both sides. */
export function cutLines(lines: Position[][]): MultiLineString {
  const out: Position[][] = [];
  for (const line of lines) {
    if (line.length === 0) continue;
    let current: Position[] = [line[0]];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      const d = b[0] - a[0];
      if (Math.abs(d) > 180) {
        const edge = d < 0 ? 180 : -180; // leaving through this side
        const bx = b[0] + (d < 0 ? 360 : -360);
        // A step exactly along the antimeridian (-180 → 180) has no width: cross at its start.
        const t = bx === a[0] ? 0 : (edge - a[0]) / (bx - a[0]);
        const lat = a[1] + t * (b[1] - a[1]);
        current.push([edge, lat]);
        out.push(current);
        current = [[-edge, lat]];
      }
      current.push(b);
    }
    out.push(current);
  }
  return { type: 'MultiLineString', coordinates: out.filter((l) => l.length > 1) };
}

/**
 * Travel lines for events with an `origin` (visits): a great-circle arc from the
 * origin to the event's place, with a direction cue (arrow) in the middle, where
 * it is not hidden under the destination's marker.
 */
import type { Place } from '../../data/schema';
import { projectMercator } from './mercator';

export type LatLon = [number, number];

export interface TravelLine {
  /** `${from}->${to}`; several events along the same route share one line. */
  id: string;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  eventIds: string[];
  path: LatLon[];
  /** Where the arrow sits and which way it points, in screen degrees (0 = east, 90 = south). */
  arrow: { at: LatLon; angle: number };
}

const rad = Math.PI / 180;

/**
 * Points along the great circle from a to b (spherical linear interpolation), with longitudes
 * kept continuous so a route over the Pacific is drawn over the Pacific, not back across the map.
 */
export function interpolateGreatCircle(a: LatLon, b: LatLon, segments = 48): LatLon[] {
  const toVec = ([lat, lon]: LatLon) => [
    Math.cos(lat * rad) * Math.cos(lon * rad),
    Math.cos(lat * rad) * Math.sin(lon * rad),
    Math.sin(lat * rad),
  ];
  const va = toVec(a);
  const vb = toVec(b);
  const dot = Math.min(1, Math.max(-1, va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2]));
  const omega = Math.acos(dot);
  if (omega < 1e-9) return [a, b];
  const out: LatLon[] = [];
  let prevLon = a[1];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const ka = Math.sin((1 - t) * omega) / Math.sin(omega);
    const kb = Math.sin(t * omega) / Math.sin(omega);
    const x = ka * va[0] + kb * vb[0];
    const y = ka * va[1] + kb * vb[1];
    const z = ka * va[2] + kb * vb[2];
    const lat = Math.atan2(z, Math.hypot(x, y)) / rad;
    let lon = Math.atan2(y, x) / rad;
    while (lon - prevLon > 180) lon -= 360;
    while (lon - prevLon < -180) lon += 360;
    prevLon = lon;
    out.push([lat, lon]);
  }
  return out;
}

/** Screen direction of travel from a to b. Mercator is conformal, so it is the same at every zoom. */
export function screenAngle(a: LatLon, b: LatLon): number {
  const pa = projectMercator(a[0], a[1], 0);
  const pb = projectMercator(b[0], b[1], 0);
  return (Math.atan2(pb.y - pa.y, pb.x - pa.x) * 180) / Math.PI;
}

export interface Route {
  id: string;
  from: Place;
  to: Place;
  eventIds: string[];
}

export const MAX_ROUTES = 25;

/**
 * The routes worth drawing: the busiest `limit` (a map with thousands of arcs is a
 * hairball), plus any route of an event in `keep` (the hovered or selected one).
 */
export function deriveTravelLines(
  routes: readonly Route[],
  options: { limit?: number; keep?: ReadonlySet<string> } = {},
): TravelLine[] {
  const { limit = MAX_ROUTES, keep } = options;
  const kept = (r: Route) => keep !== undefined && keep.size > 0 && r.eventIds.some((id) => keep.has(id));
  // Only routes at least as busy as the limit-th can be among the busiest: rank those (and kept
  // ones) rather than sorting thousands of routes by name (100,000 events have ~6,000 routes).
  const least = leastOfTop(routes, limit);
  const ranked = routes
    .filter((r) => r.eventIds.length >= least || kept(r))
    .sort((a, b) => b.eventIds.length - a.eventIds.length || a.id.localeCompare(b.id));
  const chosen = ranked.filter((r, i) => i < limit || kept(r));
  return chosen.map(({ id, from, to, eventIds }) => ({
    id,
    from: from.id,
    to: to.id,
    fromName: from.name,
    toName: to.name,
    eventIds,
    ...routeGeometry(from, to),
  }));
}

type Geometry = Pick<TravelLine, 'path' | 'arrow'>;
const geometries = new WeakMap<Place, Map<Place, Geometry>>();

/**
 * The arc and arrow of a route, computed once per pair of places: a route still drawn after a
 * filter change keeps the same arrays, so its Leaflet line is not re-projected and redrawn.
 */
function routeGeometry(from: Place, to: Place): Geometry {
  let byTarget = geometries.get(from);
  if (!byTarget) geometries.set(from, (byTarget = new Map()));
  const hit = byTarget.get(to);
  if (hit) return hit;
  const path = interpolateGreatCircle([from.lat, from.lon], [to.lat, to.lon]);
  const mid = Math.floor((path.length - 1) / 2);
  const next = path[Math.min(path.length - 1, mid + 1)];
  const geometry = { path, arrow: { at: path[mid], angle: screenAngle(path[mid], next) } };
  byTarget.set(to, geometry);
  return geometry;
}

/** The event count of the limit-th busiest route (Infinity when limit is 0, 0 when all fit). */
function leastOfTop(routes: readonly Route[], limit: number): number {
  if (limit <= 0) return Infinity;
  if (routes.length <= limit) return 0;
  const counts = Int32Array.from(routes, (r) => -r.eventIds.length).sort();
  return -counts[limit - 1];
}

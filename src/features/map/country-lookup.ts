/**
 * Which basemap country a point lies in (planar point-in-polygon on lon/lat, as the
 * rings are drawn): used to move a country's marker over its own land or the sea
 * rather than onto a neighbour. Bounding boxes first, so most countries cost four comparisons.
 */
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';

/** Index of the country feature containing (lon, lat), or -1 over the sea. */
export type CountryLookup = (lon: number, lat: number) => number;

function inRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function buildCountryLookup(countries: FeatureCollection<MultiPolygon, unknown>): CountryLookup {
  const boxes = countries.features.map((f) => {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of f.geometry.coordinates)
      for (const [x, y] of polygon[0] ?? []) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
    return { w, s, e, n };
  });
  return (lon, lat) => {
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i];
      if (lon < b.w || lon > b.e || lat < b.s || lat > b.n) continue;
      for (const [outer, ...holes] of countries.features[i].geometry.coordinates)
        if (outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h))) return i;
    }
    return -1;
  };
}

const lookups = new WeakMap<object, CountryLookup>();

/** `buildCountryLookup`, once per basemap (zooming across 4 switches between two of them). */
export function countryLookupOf(countries: FeatureCollection<MultiPolygon, unknown>): CountryLookup {
  let lookup = lookups.get(countries);
  if (!lookup) lookups.set(countries, (lookup = buildCountryLookup(countries)));
  return lookup;
}

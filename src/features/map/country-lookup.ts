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
  // One box per polygon, not per country: France's or the United States' box spans half the
  // world (overseas territories, Alaska), so per-country boxes sent most points through their rings.
  const polygons: { country: number; w: number; s: number; e: number; n: number; rings: Position[][] }[] = [];
  countries.features.forEach((f, country) => {
    for (const rings of f.geometry.coordinates) {
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of rings[0] ?? []) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
      polygons.push({ country, w, s, e, n, rings });
    }
  });
  return (lon, lat) => {
    for (const p of polygons) {
      if (lon < p.w || lon > p.e || lat < p.s || lat > p.n) continue;
      const [outer, ...holes] = p.rings;
      if (outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h))) return p.country;
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

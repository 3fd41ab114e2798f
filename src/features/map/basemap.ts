/**
 * The offline basemap: Natural Earth admin-0 countries from world-atlas (TopoJSON)
 * turned into GeoJSON that a planar Leaflet map can draw without artefacts.
 * Fills and lines are separate so the cuts at ±180 never get a stroke: countries
 * are filled only, and borders/coasts come from the topology's shared arcs.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutLines, cutPolygons } from './antimeridian';
import { numericToAlpha2 } from './country-codes';

export type BasemapResolution = '110m' | '50m';

export interface CountryProps {
  /** ISO 3166-1 numeric code as world-atlas spells it ("392"), or '' for unrecognised areas. */
  numeric: string;
  alpha2?: string;
  name: string;
}
export type CountryFeature = Feature<MultiPolygon, CountryProps>;

export interface Basemap {
  resolution: BasemapResolution;
  countries: FeatureCollection<MultiPolygon, CountryProps>;
  /** Land borders between two countries. */
  borders: MultiLineString;
  /** Coastlines (arcs used by one country only). */
  coasts: MultiLineString;
}

export class BasemapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BasemapError';
  }
}

/**
 * 110m (about 100 kB) is plenty at world and continent zoom; from zoom 4 on, coasts such as
 * Japan's look crude, so the 50m file (about 750 kB) is loaded then.
 */
export function basemapResolutionFor(zoom: number): BasemapResolution {
  return zoom >= 4 ? '50m' : '110m';
}

function isTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name?: string }> }> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return v.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

export function deriveBasemap(topology: unknown, resolution: BasemapResolution): Basemap {
  if (!isTopology(topology))
    throw new BasemapError('The basemap file is not a world-atlas countries topology.');
  const object = topology.objects.countries;
  const collection = feature(topology, object) as FeatureCollection<
    Polygon | MultiPolygon | null,
    { name?: string }
  >;
  const countries: CountryFeature[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const numeric = f.id === undefined ? '' : String(f.id);
    countries.push({
      type: 'Feature',
      id: numeric || f.properties?.name,
      properties: {
        numeric,
        alpha2: numeric ? numericToAlpha2(numeric) : undefined,
        name: f.properties?.name ?? '',
      },
      geometry: cutPolygons(f.geometry),
    });
  }
  const borders = mesh(topology, object, (a, b) => a !== b);
  const coasts = mesh(topology, object, (a, b) => a === b);
  return {
    resolution,
    countries: { type: 'FeatureCollection', features: countries },
    borders: cutLines(borders.coordinates),
    coasts: cutLines(coasts.coordinates),
  };
}

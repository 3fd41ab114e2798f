/**
 * Place markers: one per place that has filtered events, sized by how many; plus small
 * neutral "context" dots for cities the articles mention that have no filtered
 * event (Berlin, Beijing), so a reader still sees every place named in the text.
 * Countries and regions get markers too when events happen there (at their
 * lat/lon); mentioned-only countries are shown by the shading instead. They are
 * derived in one pass over the filtered events by `deriveMapLayers` (map-index.ts).
 */
import { scaleSqrt } from 'd3-scale';
import type { NewsEvent, PlaceKind } from '../../data/schema';

export interface PlaceMarker {
  placeId: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** Ids of the filtered events at this place, in the order given (date order). */
  eventIds: string[];
  /** Mentioned in the articles (or a travel origin) but without a filtered event here. */
  context: boolean;
}

export const MIN_RADIUS = 7;
export const MAX_RADIUS = 20;
export const CONTEXT_RADIUS = 3.5;

/** Circle radius in pixels for an event count: area proportional to the count (sqrt scale). */
export function deriveRadiusScale(markers: readonly PlaceMarker[]): (count: number) => number {
  const max = markers.reduce((m, x) => Math.max(m, x.eventIds.length), 1);
  const scale = scaleSqrt().domain([0, max]).range([0, MAX_RADIUS]).clamp(true);
  return (count) => (count <= 0 ? CONTEXT_RADIUS : Math.max(MIN_RADIUS, scale(count)));
}

export type LatLonBounds = [[number, number], [number, number]];

/** The place id of an event, for highlighting the hovered/selected event's marker. */
export function placeOfEvent(
  events: ReadonlyMap<string, NewsEvent>,
  id: string | undefined,
): string | undefined {
  return id ? events.get(id)?.place : undefined;
}

/**
 * Whether two markers draw, name and list the same: a filter change gives every place a new
 * object, most with the same events. Compares every field (a field added above must be too).
 */
export function sameMarker(a: PlaceMarker, b: PlaceMarker): boolean {
  return (
    a === b ||
    (a.placeId === b.placeId &&
      a.name === b.name &&
      a.kind === b.kind &&
      a.lat === b.lat &&
      a.lon === b.lon &&
      a.context === b.context &&
      a.eventIds.length === b.eventIds.length &&
      a.eventIds.every((id, i) => id === b.eventIds[i]))
  );
}

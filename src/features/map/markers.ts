/**
 * One marker per place that has filtered events, sized by how many; plus small
 * neutral "context" dots for cities the articles mention that have no filtered
 * event (Berlin, Beijing), so a reader still sees every place named in the text.
 * Countries and regions get markers too when events happen there (at their
 * lat/lon); mentioned-only countries are shown by the shading instead.
 */
import { scaleSqrt } from 'd3-scale';
import type { NewsEvent, Place, PlaceKind } from '../../data/schema';

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

export function derivePlaceMarkers(
  places: ReadonlyMap<string, Place>,
  events: readonly NewsEvent[],
): PlaceMarker[] {
  const byPlace = new Map<string, string[]>();
  const origins = new Set<string>();
  for (const e of events) {
    if (e.origin) origins.add(e.origin);
    if (!e.place || !places.has(e.place)) continue;
    const list = byPlace.get(e.place);
    if (list) list.push(e.id);
    else byPlace.set(e.place, [e.id]);
  }
  const markers: PlaceMarker[] = [];
  for (const place of places.values()) {
    const eventIds = byPlace.get(place.id);
    const context =
      !eventIds && ((place.kind === 'city' && place.mentions.length > 0) || origins.has(place.id));
    if (!eventIds && !context) continue;
    markers.push({
      placeId: place.id,
      name: place.name,
      kind: place.kind,
      lat: place.lat,
      lon: place.lon,
      eventIds: eventIds ?? [],
      context,
    });
  }
  // West to east, so Tab moves across the map in reading order.
  return markers.sort((a, b) => a.lon - b.lon || b.lat - a.lat || a.placeId.localeCompare(b.placeId));
}

/** Circle radius in pixels for an event count: area proportional to the count (sqrt scale). */
export function deriveRadiusScale(markers: readonly PlaceMarker[]): (count: number) => number {
  const max = markers.reduce((m, x) => Math.max(m, x.eventIds.length), 1);
  const scale = scaleSqrt().domain([0, max]).range([0, MAX_RADIUS]).clamp(true);
  return (count) => (count <= 0 ? CONTEXT_RADIUS : Math.max(MIN_RADIUS, scale(count)));
}

export type LatLonBounds = [[number, number], [number, number]];

/**
 * Bounds of the filtered events' places ([[south, west], [north, east]]). Travel origins
 * and arcs are left out on purpose: Berlin → Tokyo would spend most of the view on Siberia
 * and squeeze Japan's cities into a corner; the arc simply leaves the view. Origins count
 * only when no event has a place of its own.
 */
export function deriveFitBounds(
  places: ReadonlyMap<string, Place>,
  events: readonly NewsEvent[],
): LatLonBounds | undefined {
  const bounds = (ids: (string | undefined)[]): LatLonBounds | undefined => {
    let s = Infinity;
    let w = Infinity;
    let n = -Infinity;
    let e = -Infinity;
    for (const id of ids) {
      const p = id ? places.get(id) : undefined;
      if (!p) continue;
      s = Math.min(s, p.lat);
      n = Math.max(n, p.lat);
      w = Math.min(w, p.lon);
      e = Math.max(e, p.lon);
    }
    return s === Infinity
      ? undefined
      : [
          [s, w],
          [n, e],
        ];
  };
  return bounds(events.map((ev) => ev.place)) ?? bounds(events.map((ev) => ev.origin));
}

/** The place id of an event, for highlighting the hovered/selected event's marker. */
export function placeOfEvent(
  events: ReadonlyMap<string, NewsEvent>,
  id: string | undefined,
): string | undefined {
  return id ? events.get(id)?.place : undefined;
}

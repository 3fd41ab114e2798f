/**
 * The map's per-dataset index and its per-filter derivation. Built once per dataset
 * (WeakMap): the places as an array with their west-to-east order sorted once, so a
 * filter change is one pass over the filtered events (each resolved to a place slot
 * through the small place map) and everything else (markers, routes, fit bounds) is
 * derived from the few hundred places, not from the events again.
 *
 * Events are resolved by their `place`/`origin` ids rather than through a per-event table
 * (event object → slot): with the filtered events handed over as objects, a 100,000-entry
 * object map measured no faster than looking the ids up among ~300 places, and cost
 * ~20 ms and a few MB to build at load.
 */
import type { Dataset, NewsEvent, Place } from '../../data/schema';
import { indexDataset } from '../../lib/dataset-index';
import type { LatLonBounds, PlaceMarker } from './markers';
import type { Route } from './travel-lines';

export interface MapIndex {
  /** Every place, in the dataset's order. */
  places: readonly Place[];
  placeSlot: ReadonlyMap<string, number>;
  /** Place slots sorted west to east (the markers' Tab order), computed once. */
  markerOrder: Int32Array;
  /** 1 for a city the articles mention: it gets a context dot even without a filtered event. */
  mentionedCity: Uint8Array;
  /** Event id → event (the dataset index's map, shared). */
  eventsById: ReadonlyMap<string, NewsEvent>;
}

const cache = new WeakMap<Dataset, MapIndex>();

export function indexMap(dataset: Dataset): MapIndex {
  const hit = cache.get(dataset);
  if (hit) return hit;
  // The same places map every other feature resolves ids with (last duplicate wins).
  const shared = indexDataset(dataset);
  const places = [...shared.places.values()];
  const placeSlot = new Map(places.map((p, i) => [p.id, i]));
  const markerOrder = Int32Array.from(places.keys()).sort((a, b) => compareMarkers(places[a], places[b]));
  const mentionedCity = Uint8Array.from(places, (p) => (p.kind === 'city' && p.mentions.length > 0 ? 1 : 0));
  const index: MapIndex = {
    places,
    placeSlot,
    markerOrder,
    mentionedCity,
    // Looked up on first use (a hovered or selected visit), not at load: ~60 ms at 100,000 events.
    get eventsById() {
      return shared.events;
    },
  };
  cache.set(dataset, index);
  return index;
}

const slotOf = (placeSlot: ReadonlyMap<string, number>, id: string | undefined) =>
  id === undefined ? -1 : (placeSlot.get(id) ?? -1);

/** West to east, so Tab moves across the map in reading order. */
function compareMarkers(a: Place, b: Place): number {
  return a.lon - b.lon || b.lat - a.lat || a.id.localeCompare(b.id);
}

export interface MapLayers {
  /** One per place with filtered events, plus context dots; west to east. */
  markers: PlaceMarker[];
  /** Events with an origin grouped by route (origin → place), in order of first appearance. */
  routes: Route[];
  /** The routes by `origin slot * places + place slot`, to find a hovered event's route. */
  routeByPair: ReadonlyMap<number, Route>;
  /**
   * The filtered events' places ([[south, west], [north, east]]); travel origins only when no
   * event has a place of its own. Arcs are left out on purpose: Berlin → Tokyo would spend most
   * of the view on Siberia and squeeze Japan's cities into a corner.
   */
  bounds?: LatLonBounds;
}

const layersCache = new WeakMap<readonly NewsEvent[], { index: MapIndex; layers: MapLayers }>();

/**
 * `deriveMapLayers`, remembered per filtered-events array: clearing a filter hands back the same
 * array of all events every time (and arrays of filtered events are never changed), so toggling
 * a filter off costs nothing at 100,000 events after the first time.
 */
export function deriveMapLayersOnce(index: MapIndex, events: readonly NewsEvent[]): MapLayers {
  const hit = layersCache.get(events);
  if (hit?.index === index) return hit.layers;
  const layers = deriveMapLayers(index, events);
  layersCache.set(events, { index, layers });
  return layers;
}

/** Markers, routes and fit bounds of the filtered events, in one pass over them. */
export function deriveMapLayers(index: MapIndex, events: readonly NewsEvent[]): MapLayers {
  const { places, placeSlot } = index;
  const n = places.length;
  const ids: (string[] | undefined)[] = new Array<string[] | undefined>(n);
  const isOrigin = new Uint8Array(n);
  const routeByPair = new Map<number, Route>();
  const routes: Route[] = [];
  for (const e of events) {
    const p = slotOf(placeSlot, e.place);
    const o = slotOf(placeSlot, e.origin);
    if (o >= 0) isOrigin[o] = 1;
    if (p < 0) continue;
    const list = ids[p];
    if (list) list.push(e.id);
    else ids[p] = [e.id];
    if (o < 0 || o === p) continue;
    const pair = o * n + p;
    const route = routeByPair.get(pair);
    if (route) route.eventIds.push(e.id);
    else {
      const [from, to] = [places[o], places[p]];
      const created = { id: `${from.id}->${to.id}`, from, to, eventIds: [e.id] };
      routeByPair.set(pair, created);
      routes.push(created);
    }
  }
  const markers: PlaceMarker[] = [];
  for (const slot of index.markerOrder) {
    const eventIds = ids[slot];
    const context = !eventIds && (index.mentionedCity[slot] === 1 || isOrigin[slot] === 1);
    if (!eventIds && !context) continue;
    const { id, name, kind, lat, lon } = places[slot];
    markers.push({ placeId: id, name, kind, lat, lon, eventIds: eventIds ?? [], context });
  }
  const bounds =
    boundsOf(places, (slot) => ids[slot] !== undefined) ?? boundsOf(places, (slot) => isOrigin[slot] === 1);
  return { markers, routes, routeByPair, bounds };
}

function boundsOf(places: readonly Place[], include: (slot: number) => boolean): LatLonBounds | undefined {
  let [s, w, n, e] = [Infinity, Infinity, -Infinity, -Infinity];
  places.forEach((p, slot) => {
    if (!include(slot)) return;
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
  });
  return s === Infinity
    ? undefined
    : [
        [s, w],
        [n, e],
      ];
}

/** The routes of the given events (hovered, selected) among the filtered ones, found via the index. */
export function routesOfEvents(
  index: MapIndex,
  layers: Pick<MapLayers, 'routeByPair'>,
  eventIds: Iterable<string>,
): Route[] {
  const out: Route[] = [];
  for (const id of eventIds) {
    const event = index.eventsById.get(id);
    if (!event) continue;
    const [o, p] = [slotOf(index.placeSlot, event.origin), slotOf(index.placeSlot, event.place)];
    if (o < 0 || p < 0 || o === p) continue;
    const route = layers.routeByPair.get(o * index.places.length + p);
    // The route may exist for other filtered events while this one is filtered out.
    if (route && !out.includes(route) && route.eventIds.includes(id)) out.push(route);
  }
  return out;
}

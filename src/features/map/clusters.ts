/**
 * What the map draws at the current view. Up to CLUSTER_THRESHOLD places every
 * place is its own marker (label placement resolves crowding); beyond that,
 * places are clustered with supercluster, and in both cases only items inside
 * the (padded) view are returned, so 100,000 events never mean 100,000 DOM nodes.
 * Context dots are dropped when clustering: at that scale they would be noise.
 */
import Supercluster from 'supercluster';
import type { PlaceMarker } from './markers';

export const CLUSTER_THRESHOLD = 200;

export interface PlaceItem {
  type: 'place';
  marker: PlaceMarker;
}
export interface ClusterItem {
  type: 'cluster';
  clusterId: number;
  /**
   * The smallest place id among the cluster's places: a key that survives a filter change. Cluster
   * ids are positions in one Supercluster index, and a filter that changes which places have
   * events builds another index; keyed by the id, every cluster marker would be rebuilt.
   */
  key: string;
  lat: number;
  lon: number;
  places: number;
  events: number;
}
export type MapItem = PlaceItem | ClusterItem;

/** [west, south, east, north], as Leaflet's bounds give them (may exceed ±180 when zoomed out). */
export type BBox = [number, number, number, number];

interface PointProps {
  /** Index into `PlaceLayer.markers`. */
  i: number;
}

export interface PlaceLayer {
  markers: readonly PlaceMarker[];
  cluster?: Supercluster<PointProps>;
}

/** Cluster indexes by the clustered places' ids; a few are kept (a filter toggled on and off). */
export type ClusterCache = Map<string, Supercluster<PointProps>>;
const CACHED_INDEXES = 4;

/**
 * The places to draw, clustered when there are many. Clusters depend only on where the places
 * are, so an index from `cache` is reused when the same places have events (a filter change
 * usually only changes counts); cluster event counts are summed from the markers when queried.
 */
export function buildPlaceLayer(
  markers: readonly PlaceMarker[],
  threshold = CLUSTER_THRESHOLD,
  cache?: ClusterCache,
): PlaceLayer {
  const withEvents = markers.filter((m) => !m.context);
  if (withEvents.length <= threshold) return { markers };
  const key = withEvents.map((m) => m.placeId).join('\n');
  const hit = cache?.get(key);
  if (hit) return { markers: withEvents, cluster: hit };
  const cluster = new Supercluster<PointProps>({ radius: 48, maxZoom: 9 });
  cluster.load(
    withEvents.map((m, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
    })),
  );
  if (cache) {
    if (cache.size >= CACHED_INDEXES) cache.delete(cache.keys().next().value!);
    cache.set(key, cluster);
  }
  return { markers: withEvents, cluster };
}

/** Pads a bbox by a fraction of its size, so markers just off-screen are ready when panning. */
export function padBBox([w, s, e, n]: BBox, fraction: number): BBox {
  const dx = (e - w) * fraction;
  const dy = (n - s) * fraction;
  return [w - dx, Math.max(-90, s - dy), e + dx, Math.min(90, n + dy)];
}

export function deriveVisibleItems(layer: PlaceLayer, bbox: BBox, zoom: number): MapItem[] {
  const [w, s, e, n] = padBBox(bbox, 0.25);
  if (!layer.cluster) {
    return layer.markers
      .filter((m) => m.lat >= s && m.lat <= n && m.lon >= w && m.lon <= e)
      .map((marker) => ({ type: 'place', marker }));
  }
  const west = Math.max(-180, w);
  const east = Math.min(180, e);
  return layer.cluster.getClusters([west, s, east, n], Math.floor(zoom)).map((f): MapItem => {
    const [lon, lat] = f.geometry.coordinates;
    if ('cluster' in f.properties && f.properties.cluster) {
      const { events, key } = clusterLeaves(layer, f.properties.cluster_id);
      return {
        type: 'cluster',
        clusterId: f.properties.cluster_id,
        key,
        lat,
        lon,
        places: f.properties.point_count,
        events,
      };
    }
    return { type: 'place', marker: layer.markers[(f.properties as PointProps).i] };
  });
}

/** A cluster's event count (summed from the current markers) and its key (see ClusterItem). */
function clusterLeaves(layer: PlaceLayer, clusterId: number): { events: number; key: string } {
  let events = 0;
  let key = '';
  for (const leaf of layer.cluster?.getLeaves(clusterId, Infinity) ?? []) {
    const m = layer.markers[leaf.properties.i];
    events += m.eventIds.length;
    if (key === '' || m.placeId < key) key = m.placeId;
  }
  return { events, key };
}

/** The zoom at which a cluster falls apart, for click/Enter on a cluster. */
export function clusterExpansionZoom(layer: PlaceLayer, clusterId: number): number | undefined {
  return layer.cluster?.getClusterExpansionZoom(clusterId);
}

/**
 * A drawn item's identity: a place (a new one when it turns into a context dot, which Leaflet
 * builds differently) or a cluster (by its key).
 */
export function itemKey(item: MapItem): string {
  return item.type === 'cluster'
    ? `c:${item.key}`
    : `${item.marker.placeId}:${item.marker.context ? 'context' : 'events'}`;
}

/** The items drawn now, and those drawn before and gone, most recently gone first (by key). */
export interface RetainedItems<T = MapItem> {
  shown: ReadonlyMap<string, T>;
  hidden: ReadonlyMap<string, T>;
}

/**
 * Which gone items to keep (hidden) for later. A filter toggled off and on again, or a count
 * dropping to zero and back, brings back the same places, clusters and routes: a kept marker is
 * shown again and updated in place, far cheaper than removing one (its element, listeners, popup)
 * and building it again. At most `limit` are kept, the most recently gone.
 */
export function retainItems<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  previous: RetainedItems<T> | undefined,
  limit: number,
): RetainedItems<T> {
  const shown = new Map(items.map((item) => [keyOf(item), item]));
  const hidden = new Map<string, T>();
  for (const before of [previous?.shown, previous?.hidden])
    for (const [key, item] of before ?? []) {
      if (hidden.size >= limit) break;
      if (!shown.has(key) && !hidden.has(key)) hidden.set(key, item);
    }
  return { shown, hidden };
}

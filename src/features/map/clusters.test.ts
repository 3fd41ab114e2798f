import { describe, expect, it } from 'vitest';
import {
  buildPlaceLayer,
  clusterExpansionZoom,
  deriveVisibleItems,
  itemKey,
  padBBox,
  retainItems,
  type MapItem,
  type ClusterItem,
  type ClusterCache,
} from './clusters';
import type { PlaceMarker } from './markers';

const marker = (i: number, lat: number, lon: number, events = 1, context = false): PlaceMarker => ({
  placeId: `p${i}`,
  name: `Place ${i}`,
  kind: 'city',
  lat,
  lon,
  eventIds: Array.from({ length: events }, (_, k) => `e${i}-${k}`),
  context,
});

/** A deterministic scatter of n places over the land-ish middle of the world. */
const scatter = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    marker(i, ((i * 7919) % 120) - 55, ((i * 104729) % 340) - 170, 1 + (i % 3)),
  );

describe('buildPlaceLayer / deriveVisibleItems', () => {
  it('shows every place as itself below the threshold, context dots included, limited to the view', () => {
    const layer = buildPlaceLayer([marker(1, 35, 139), marker(2, 34, 132), marker(3, 52, 13, 0, true)]);
    expect(layer.cluster).toBeUndefined();
    const world = deriveVisibleItems(layer, [-180, -85, 180, 85], 2);
    expect(world.map((i) => (i.type === 'place' ? i.marker.placeId : 'cluster'))).toEqual(['p1', 'p2', 'p3']);
    const japan = deriveVisibleItems(layer, [128, 30, 146, 45], 5);
    expect(japan.map((i) => (i.type === 'place' ? i.marker.placeId : ''))).toEqual(['p1', 'p2']);
  });

  it('clusters many places, keeps all events in the counts, and returns few items at world zoom', () => {
    const markers = scatter(5000);
    const layer = buildPlaceLayer(markers);
    expect(layer.cluster).toBeDefined();
    const items = deriveVisibleItems(layer, [-180, -85, 180, 85], 1);
    expect(items.length).toBeLessThan(300);
    const total = items.reduce((s, i) => s + (i.type === 'cluster' ? i.events : i.marker.eventIds.length), 0);
    expect(total).toBe(markers.reduce((s, m) => s + m.eventIds.length, 0));
    const cluster = items.find((i): i is ClusterItem => i.type === 'cluster')!;
    expect(clusterExpansionZoom(layer, cluster.clusterId)).toBeGreaterThan(1);
  });

  it('returns only what is near the view when zoomed in', () => {
    const layer = buildPlaceLayer(scatter(5000));
    const world = deriveVisibleItems(layer, [-180, -85, 180, 85], 9).length;
    const local = deriveVisibleItems(layer, [0, 0, 10, 10], 9).length;
    expect(local).toBeLessThan(world / 20);
  });

  it('handles 100,000 events over 20,000 places quickly', () => {
    const markers = Array.from({ length: 20000 }, (_, i) =>
      marker(i, ((i * 7919) % 140) - 60, ((i * 104729) % 358) - 179, 5),
    );
    const t0 = performance.now();
    const layer = buildPlaceLayer(markers);
    const items = deriveVisibleItems(layer, [-180, -85, 180, 85], 2);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(items.length).toBeLessThan(1000);
  });
});

describe('buildPlaceLayer with a cache', () => {
  const world: [number, number, number, number] = [-180, -85, 180, 85];
  const counts = (items: ReturnType<typeof deriveVisibleItems>) =>
    items.map((i) => (i.type === 'cluster' ? i.events : i.marker.eventIds.length));

  it('keeps the cluster index when the same places have events, with the new counts', () => {
    const cache: ClusterCache = new Map();
    const before = buildPlaceLayer(scatter(500), undefined, cache);
    const recounted = scatter(500).map((m, i) => ({ ...m, eventIds: m.eventIds.slice(0, 1 + (i % 2)) }));
    const after = buildPlaceLayer(recounted, undefined, cache);
    expect(after.cluster).toBe(before.cluster);
    // Same clusters as a fresh index, counted from the new markers.
    const fresh = buildPlaceLayer(recounted);
    expect(fresh.cluster).not.toBe(before.cluster);
    for (const zoom of [1, 3, 6])
      expect(counts(deriveVisibleItems(after, world, zoom))).toEqual(
        counts(deriveVisibleItems(fresh, world, zoom)),
      );
    expect(counts(deriveVisibleItems(after, world, 1)).reduce((a, b) => a + b)).toBe(
      recounted.reduce((s, m) => s + m.eventIds.length, 0),
    );
  });

  it('builds a new index when the set of places with events changes, and keeps a few', () => {
    const cache: ClusterCache = new Map();
    const all = buildPlaceLayer(scatter(500), undefined, cache);
    const fewer = scatter(500).map((m, i) => (i === 3 ? { ...m, eventIds: [], context: true } : m));
    const some = buildPlaceLayer(fewer, undefined, cache);
    expect(some.cluster).not.toBe(all.cluster);
    expect(some.markers).toHaveLength(499);
    // Toggling back finds both again.
    expect(buildPlaceLayer(scatter(500), undefined, cache).cluster).toBe(all.cluster);
    expect(buildPlaceLayer(fewer, undefined, cache).cluster).toBe(some.cluster);
    expect(buildPlaceLayer(scatter(10), undefined, cache).cluster).toBeUndefined();
    for (let n = 300; n < 310; n++) buildPlaceLayer(scatter(n), undefined, cache);
    expect(cache.size).toBeLessThanOrEqual(4);
  });
});

describe('cluster keys', () => {
  const world: [number, number, number, number] = [-180, -85, 180, 85];
  const clusters = (layer: ReturnType<typeof buildPlaceLayer>) =>
    deriveVisibleItems(layer, world, 2).filter((i): i is ClusterItem => i.type === 'cluster');

  it('are unique, and survive a filter that builds another index (cluster ids do not)', () => {
    const all = clusters(buildPlaceLayer(scatter(500)));
    const fewer = clusters(
      buildPlaceLayer(scatter(500).map((m, i) => (i === 3 ? { ...m, eventIds: [], context: true } : m))),
    );
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((c) => c.key)).size).toBe(all.length);
    const before = new Map(all.map((c) => [c.key, c.clusterId]));
    const kept = fewer.filter((c) => before.has(c.key));
    expect(kept.length).toBeGreaterThan(fewer.length * 0.8);
    expect(kept.some((c) => before.get(c.key) !== c.clusterId)).toBe(true);
  });

  it('name one of the cluster’s own places', () => {
    const layer = buildPlaceLayer(scatter(500));
    for (const c of clusters(layer)) {
      const places = layer
        .cluster!.getLeaves(c.clusterId, Infinity)
        .map((l) => layer.markers[l.properties.i]);
      expect(places.map((m) => m.placeId)).toContain(c.key);
    }
  });
});

describe('padBBox', () => {
  it('grows the box by a fraction on each side and clamps latitude', () => {
    expect(padBBox([0, -80, 10, 80], 0.1)).toEqual([-1, -90, 11, 90]);
  });
});

describe('retainItems', () => {
  const place = (i: number, context = false): MapItem => ({
    type: 'place',
    marker: marker(i, 0, i, 1, context),
  });
  const keys = (m: ReadonlyMap<string, MapItem>) => [...m.keys()];

  it('keys places by id and kind of marker, clusters by their key', () => {
    expect(itemKey(place(1))).toBe('p1:events');
    expect(itemKey(place(1, true))).toBe('p1:context');
    const cluster: MapItem = {
      type: 'cluster',
      clusterId: 7,
      key: 'p3',
      lat: 0,
      lon: 0,
      places: 2,
      events: 5,
    };
    expect(itemKey(cluster)).toBe('c:p3');
  });

  it('keeps the items gone since the last call hidden, most recently gone first, up to a limit', () => {
    const first = retainItems([place(1), place(2), place(3)], itemKey, undefined, 3);
    expect(keys(first.shown)).toEqual(['p1:events', 'p2:events', 'p3:events']);
    expect(keys(first.hidden)).toEqual([]);
    const second = retainItems([place(2), place(4)], itemKey, first, 3);
    expect(keys(second.shown)).toEqual(['p2:events', 'p4:events']);
    expect(keys(second.hidden)).toEqual(['p1:events', 'p3:events']);
    // p4 and p2 just went; p1 and p3 went before: only 3 are kept, the oldest gone is dropped.
    const third = retainItems([place(5)], itemKey, second, 3);
    expect(keys(third.hidden)).toEqual(['p2:events', 'p4:events', 'p1:events']);
  });

  it('shows a kept item again (not hidden) when it comes back, with its new data', () => {
    const first = retainItems([place(1), place(2)], itemKey, undefined, 10);
    const second = retainItems([place(2)], itemKey, first, 10);
    const back = { type: 'place', marker: marker(1, 0, 1, 5) } as const;
    const third = retainItems([back, place(2)], itemKey, second, 10);
    expect(third.shown.get('p1:events')).toBe(back);
    expect(keys(third.hidden)).toEqual([]);
  });

  it('keeps nothing with a limit of 0', () => {
    const first = retainItems([place(1)], itemKey, undefined, 0);
    expect(retainItems([], itemKey, first, 0).hidden.size).toBe(0);
  });
});

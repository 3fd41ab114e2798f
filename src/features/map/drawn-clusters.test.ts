// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import L from 'leaflet';
import type { ClusterItem, MapItem } from './clusters';
import { updateDrawnClusters, type DrawnClusters } from './drawn-clusters';
import { createClusterIcon } from './place-icon';

const radiusOf = (events: number) => Math.min(26, 10 + events / 10);

function cluster(key: string, places: number, events: number, lat = 10, lon = 20): ClusterItem {
  return { type: 'cluster', clusterId: 1, key, lat, lon, places, events };
}

/** A map with the clusters drawn as ClusterMarkerView creates them, registered by key. */
function drawnMap(items: ClusterItem[]) {
  const container = document.createElement('div');
  document.body.append(container);
  const map = L.map(container, { center: [0, 0], zoom: 2 });
  const drawn: DrawnClusters = new Map();
  for (const c of items) {
    const icon = createClusterIcon(c.places, c.events, radiusOf(c.events));
    const marker = L.marker([c.lat, c.lon], { icon, zIndexOffset: c.events }).addTo(map);
    drawn.set(`c:${c.key}`, { marker, icon });
  }
  return { map, drawn, el: (key: string) => drawn.get(key)!.marker.getElement()! };
}

const byKey = (items: MapItem[]) =>
  new Map(items.map((i) => [i.type === 'cluster' ? `c:${i.key}` : `${i.marker.placeId}:events`, i]));

describe('updateDrawnClusters', () => {
  it('writes the new count, size, name and stacking into the drawn element, keeping it', () => {
    const { drawn, el } = drawnMap([cluster('a', 3, 40), cluster('b', 2, 90)]);
    const before = el('c:a');
    const zB = Number(el('c:b').style.zIndex);
    updateDrawnClusters(drawn, byKey([cluster('a', 5, 120), cluster('b', 2, 90)]), new Map(), radiusOf);
    expect(el('c:a')).toBe(before);
    expect(before.textContent).toBe('120');
    expect(before.getAttribute('aria-label')).toBe('5 places with 120 events; zoom in');
    expect(before.style.width).toBe(`${radiusOf(120) * 2}px`);
    // Now above b (more events), exactly as Leaflet stacks a marker made with that offset.
    expect(Number(before.style.zIndex)).toBeGreaterThan(zB);
    expect(Number(before.style.zIndex) - zB).toBe(120 - 90);
  });

  it('moves a cluster whose centre moved, and leaves an unchanged one alone', () => {
    const { drawn, el } = drawnMap([cluster('a', 3, 40), cluster('b', 2, 90)]);
    const styleB = el('c:b').getAttribute('style');
    updateDrawnClusters(
      drawn,
      byKey([cluster('a', 3, 40, -30, 100), cluster('b', 2, 90)]),
      new Map(),
      radiusOf,
    );
    expect(drawn.get('c:a')!.marker.getLatLng()).toEqual(L.latLng(-30, 100));
    expect(el('c:b').getAttribute('style')).toBe(styleB);
  });

  it('hides kept clusters without updating them, and shows them again up to date', () => {
    const { drawn, el } = drawnMap([cluster('a', 3, 40), cluster('b', 2, 90)]);
    const b = cluster('b', 2, 90);
    updateDrawnClusters(drawn, byKey([cluster('a', 3, 40)]), byKey([b]), radiusOf);
    expect(el('c:b').style.visibility).toBe('hidden');
    expect(el('c:a').style.visibility).toBe('');
    updateDrawnClusters(drawn, byKey([cluster('b', 4, 7)]), byKey([cluster('a', 3, 40)]), radiusOf);
    expect(el('c:b').style.visibility).toBe('');
    expect(el('c:b').getAttribute('aria-label')).toBe('4 places with 7 events; zoom in');
    expect(el('c:a').style.visibility).toBe('hidden');
  });

  it('skips places and keys with no drawn marker (not created yet)', () => {
    const { drawn, el } = drawnMap([cluster('a', 3, 40)]);
    const place: MapItem = {
      type: 'place',
      marker: {
        placeId: 'tokyo',
        name: 'Tokyo',
        kind: 'city',
        lat: 35.7,
        lon: 139.7,
        eventIds: ['e1'],
        context: false,
      },
    };
    expect(() =>
      updateDrawnClusters(
        drawn,
        byKey([place, cluster('new', 2, 5), cluster('a', 3, 41)]),
        new Map(),
        radiusOf,
      ),
    ).not.toThrow();
    expect(el('c:a').textContent).toBe('41');
  });
});

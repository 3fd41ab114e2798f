// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import L from 'leaflet';
import {
  applyZIndexOffset,
  createArrowIcon,
  createClusterIcon,
  createPlaceIcon,
  updateArrowIcon,
  updateClusterIcon,
  updatePlaceIcon,
  setMarkerHidden,
  type PlaceIconSpec,
} from './place-icon';

const tokyo: PlaceIconSpec = { name: 'Tokyo', count: 12, radius: 11, kind: 'city', context: false };

/** What Leaflet would draw for the icon (the element `setIcon` would rebuild). */
const drawn = (icon: ReturnType<typeof createPlaceIcon>) => icon.createIcon();

/** The element's markup with each style's declarations sorted (their order does not change the look). */
function canonical(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('[style]')]) {
    const style = node.getAttribute('style');
    if (style !== null)
      node.setAttribute(
        'style',
        style
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .sort()
          .join('; '),
      );
  }
  return copy.outerHTML;
}

describe('updating an icon in place', () => {
  it('gives a drawn place marker exactly the element and options a new icon would have', () => {
    const changes: Partial<PlaceIconSpec>[] = [
      { count: 1, radius: 7 },
      { count: 340, radius: 20, dx: -6, dy: 9 },
      { count: 2, radius: 8.5 },
    ];
    for (const change of changes) {
      const icon = createPlaceIcon(tokyo);
      const el = drawn(icon);
      const next = { ...tokyo, ...change };
      updatePlaceIcon(icon, next, el);
      const fresh = createPlaceIcon(next);
      expect(canonical(el)).toBe(canonical(drawn(fresh)));
      expect(icon.options).toEqual(fresh.options);
    }
  });

  it('keeps the element, so focus and Leaflet’s listeners stay on it', () => {
    const icon = createPlaceIcon(tokyo);
    const el = drawn(icon);
    const dot = el.querySelector('.map-dot');
    updatePlaceIcon(icon, { ...tokyo, count: 3, radius: 9 }, el);
    expect(el.querySelector('.map-dot')).toBe(dot);
    expect(el.getAttribute('aria-label')).toBe('Tokyo: 3 events');
    expect(dot?.textContent).toBe('3');
  });

  it('updates an icon not drawn yet, so Leaflet draws the new state', () => {
    const icon = createPlaceIcon(tokyo);
    updatePlaceIcon(icon, { ...tokyo, count: 1, radius: 7 });
    expect(canonical(drawn(icon))).toBe(canonical(drawn(createPlaceIcon({ ...tokyo, count: 1, radius: 7 }))));
  });

  it('does the same for clusters', () => {
    const icon = createClusterIcon(12, 480, 18);
    const el = drawn(icon);
    updateClusterIcon(icon, 9, 2345, 26, el);
    const fresh = createClusterIcon(9, 2345, 26);
    expect(canonical(el)).toBe(canonical(drawn(fresh)));
    expect(el.getAttribute('aria-label')).toBe('9 places with 2345 events; zoom in');
    expect(el.textContent).toBe('2.3k');
    expect(icon.options).toEqual(fresh.options);
  });

  it('turns a drawn travel arrow', () => {
    const icon = createArrowIcon(10);
    const el = drawn(icon);
    updateArrowIcon(icon, -135.04);
    expect(canonical(el)).toBe(canonical(drawn(createArrowIcon(-135.04))));
    expect(el.querySelector<HTMLElement>('.map-arrow')?.style.transform).toBe('rotate(-135.0deg)');
  });
});

describe('markers on a map', () => {
  function drawnMarker(zIndexOffset: number) {
    const container = document.createElement('div');
    document.body.append(container);
    const map = L.map(container, { center: [0, 0], zoom: 2 });
    const marker = L.marker([10, 20], { icon: createClusterIcon(3, 40, 14), zIndexOffset }).addTo(map);
    marker.bindPopup('Three places');
    return { map, marker, el: marker.getElement()! };
  }

  it('applyZIndexOffset gives the z-index Leaflet would, writing only the z-index', () => {
    const { marker, el } = drawnMarker(40);
    const transform = el.style.transform;
    applyZIndexOffset(marker, 75);
    const ours = el.style.zIndex;
    expect(Number(ours)).toBe(Number(el.style.zIndex));
    expect(el.style.transform).toBe(transform);
    // Leaflet's own way (update(): transform and z-index written again) gives the same z-index.
    marker.setZIndexOffset(75);
    expect(el.style.zIndex).toBe(ours);
    marker.setZIndexOffset(40);
    applyZIndexOffset(marker, -200);
    const fromOurs = el.style.zIndex;
    marker.setZIndexOffset(-200);
    expect(fromOurs).toBe(el.style.zIndex);
    // Unchanged: nothing written.
    const before = el.getAttribute('style');
    applyZIndexOffset(marker, -200);
    expect(el.getAttribute('style')).toBe(before);
    applyZIndexOffset(marker, 75);
    expect(marker.options.zIndexOffset).toBe(75);
  });

  it('applyZIndexOffset before the marker is drawn only records the offset', () => {
    const marker = L.marker([0, 0], { icon: createClusterIcon(2, 5, 14) });
    applyZIndexOffset(marker, 9);
    expect(marker.options.zIndexOffset).toBe(9);
  });

  it('setMarkerHidden hides the element (not focusable, not shown) and closes its popup; shows it again', () => {
    const { marker, el } = drawnMarker(0);
    marker.openPopup();
    expect(marker.isPopupOpen()).toBe(true);
    setMarkerHidden(marker, true);
    expect(el.style.visibility).toBe('hidden');
    expect(marker.isPopupOpen()).toBe(false);
    expect(el.isConnected).toBe(true);
    setMarkerHidden(marker, false);
    expect(el.style.visibility).toBe('');
    expect(el.getAttribute('aria-label')).toBe('3 places with 40 events; zoom in');
  });
});

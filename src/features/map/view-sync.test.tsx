// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { MapContainer } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { LatLonBounds } from './markers';
import { ViewSync } from './view-sync';

// jsdom lays nothing out: Leaflet reads the map's size from these.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(cleanup);

const scope = {};
const noop = () => {};

/** A map with ViewSync fitting `bounds`; returns the map and a rerender with other bounds. */
function syncedMap(bounds: LatLonBounds) {
  let map: LeafletMap | undefined;
  const tree = (b: LatLonBounds) => (
    <MapContainer center={[0, 0]} zoom={2} minZoom={2} ref={(m) => void (m && (map = m))}>
      <ViewSync bounds={b} fitRequest={0} scope={scope} onViewChange={noop} />
    </MapContainer>
  );
  const { rerender } = render(tree(bounds));
  return { map: map!, setBounds: (b: LatLonBounds) => rerender(tree(b)) };
}

describe('ViewSync on a filter change', () => {
  it('keeps the view when events wider than the map at its lowest zoom would refit a few pixels off', () => {
    // From Alaska to New Zealand: never fits 800 px at zoom 2.
    const { map, setBounds } = syncedMap([
      [-45, -170],
      [70, 175],
    ]);
    const moves = vi.fn();
    map.on('moveend', moves);
    const center = map.getCenter();
    setBounds([
      [-44, -170],
      [70, 175],
    ]);
    expect(moves).not.toHaveBeenCalled();
    expect(map.getCenter()).toEqual(center);
  });

  it('still refits when the filtered events are out of view', () => {
    const { map, setBounds } = syncedMap([
      [-45, -170],
      [70, 175],
    ]);
    const moves = vi.fn();
    map.on('moveend', moves);
    setBounds([
      [30, 130],
      [45, 145],
    ]);
    expect(moves).toHaveBeenCalled();
    expect(map.getZoom()).toBeGreaterThan(2);
    expect(map.getBounds().contains([37, 137])).toBe(true);
  });
});

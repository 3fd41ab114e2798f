// @vitest-environment jsdom
/**
 * The dashboard waits for the map's chunk that main.tsx started loading, so the timeline, the
 * map's markers and the facet counts are drawn in one frame; the chunk's arrival also starts
 * decoding the coarse basemap with the page's query client.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let arrive: (() => void) | undefined;
let fail: ((e: Error) => void) | undefined;
const prefetchBasemap = vi.fn(() => Promise.resolve());
/** preload-map.ts keeps one preload per page: each test gets a fresh copy and a fresh chunk. */
async function freshModule() {
  vi.resetModules();
  vi.doMock('../features/map/map-view', async () => {
    await new Promise<void>((resolve, reject) => {
      arrive = resolve;
      fail = reject;
    });
    return { MapView: () => null, prefetchBasemap };
  });
  return { ...(await import('./preload-map')), ...(await import('./use-map-module')) };
}

function Probe({ useSettled }: { useSettled(): boolean }) {
  return <p>{useSettled() ? 'settled' : 'waiting'}</p>;
}

beforeEach(() => {
  prefetchBasemap.mockClear();
  arrive = fail = undefined;
});
afterEach(cleanup);

describe('useMapPreloadSettled', () => {
  it('is settled when no preload was started (the list view)', async () => {
    const { useMapPreloadSettled } = await freshModule();
    render(<Probe useSettled={useMapPreloadSettled} />);
    expect(screen.getByText('settled')).toBeTruthy();
  });

  it('waits for the chunk, then prefetches the basemap with the page client', async () => {
    const { preloadMap, useMapPreloadSettled } = await freshModule();
    const client = new QueryClient();
    preloadMap(client);
    render(<Probe useSettled={useMapPreloadSettled} />);
    expect(screen.getByText('waiting')).toBeTruthy();
    await vi.waitFor(() => expect(arrive).toBeDefined());
    await act(async () => arrive!());
    await vi.waitFor(() => expect(screen.getByText('settled')).toBeTruthy());
    // In idle time (here: the fallback timeout).
    await vi.waitFor(() => expect(prefetchBasemap).toHaveBeenCalledWith(client));
  });

  it('once the data is here, waits for a chunk that does not arrive only a short while', async () => {
    const { preloadMap, useMapPreloadSettled, MAX_MAP_WAIT_MS } = await freshModule();
    preloadMap(new QueryClient());
    const { rerender } = render(<Probe useSettled={() => useMapPreloadSettled(false)} />);
    await new Promise((r) => setTimeout(r, MAX_MAP_WAIT_MS + 50));
    // Without data there is nothing to hold back: it keeps waiting for the chunk.
    expect(screen.getByText('waiting')).toBeTruthy();
    rerender(<Probe useSettled={() => useMapPreloadSettled(true)} />);
    expect(screen.getByText('waiting')).toBeTruthy();
    await vi.waitFor(() => expect(screen.getByText('settled')).toBeTruthy(), {
      timeout: MAX_MAP_WAIT_MS + 500,
    });
    expect(arrive).toBeDefined(); // the chunk is still on its way
  });

  it('lets the dashboard through when the chunk fails (the map panel then reports it)', async () => {
    const { preloadMap, useMapPreloadSettled } = await freshModule();
    preloadMap(new QueryClient());
    render(<Probe useSettled={useMapPreloadSettled} />);
    await vi.waitFor(() => expect(fail).toBeDefined());
    await act(async () => fail!(new Error('chunk failed')));
    await vi.waitFor(() => expect(screen.getByText('settled')).toBeTruthy());
    expect(prefetchBasemap).not.toHaveBeenCalled();
  });
});

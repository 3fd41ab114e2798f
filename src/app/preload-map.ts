/**
 * Start loading the map before the dashboard asks for it, and hand the loaded module to the
 * dashboard without a Suspense boundary: `React.lazy` suspends on its first render even when
 * the chunk is already here, and React then holds the revealed map back for its fallback
 * throttle (300 ms) — the map used to be drawn ~0.3 s after the timeline for that alone. The
 * basemap's fetch is answered from the preload.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import basemapUrl from 'world-atlas/countries-110m.json?url';
import { runWhenIdle } from '../lib/run-when-idle';

type MapModule = typeof import('../features/map/map-view');

let pending: Promise<MapModule> | undefined;
let loaded: MapModule | undefined;

/** The map's chunk (one request per page; a failed one is retried on the next call). */
export function loadMapModule(): Promise<MapModule> {
  pending ??= import('../features/map/map-view').then(
    (m) => (loaded = m),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The preload main.tsx started (settles when the chunk has loaded or failed), if any. */
let preload: Promise<void> | undefined;
let preloadSettled = false;
/** How long the data, once here, waits for a map chunk that has not arrived. */
export const MAX_MAP_WAIT_MS = 300;

/**
 * Load the map's chunk and its coarse basemap while the dataset downloads. `client`: the page's
 * query client, so the basemap's query finds its data decoded when the map first renders.
 */
export function preloadMap(client?: QueryClient): void {
  if (preload) return;
  // A failure here is not the reader's concern yet: the dashboard's own load reports it.
  preload = loadMapModule().then(
    (m) => {
      preloadSettled = true;
      // In idle time: while the dataset downloads, not in the way of its parse when it has arrived.
      if (client) runWhenIdle([() => void m.prefetchBasemap(client)]);
    },
    () => void (preloadSettled = true),
  );
  preloadFetch(basemapUrl);
}

/**
 * False while the map's preload is still under way. The app holds the dashboard back until then
 * (the chunk usually arrives long before the dataset), so the timeline, the map's markers and the
 * facet counts are drawn in one frame: a dashboard drawn without the map would draw the map in a
 * second long task, 0.1–0.25 s later, after the chunk is evaluated behind the dataset's parse.
 * `dataReady`: once the data is here, a slow chunk (a stalled connection) holds the other panels
 * back for at most `MAX_MAP_WAIT_MS`; the map panel then shows its own loading state.
 */
export function useMapPreloadSettled(dataReady = false): boolean {
  const [settled, setSettled] = useState(() => !preload || preloadSettled);
  useEffect(
    function waitForPreload() {
      if (settled || !preload) return;
      let live = true;
      void preload.then(() => live && setSettled(true));
      const timer = dataReady ? setTimeout(() => setSettled(true), MAX_MAP_WAIT_MS) : undefined;
      return () => {
        live = false;
        clearTimeout(timer);
      };
    },
    [settled, dataReady],
  );
  return settled;
}

/**
 * The map module: at once when the preload has finished (the usual case: it downloads while
 * the dataset does), otherwise undefined until it arrives. A failed load is thrown during
 * render, so the panel's error boundary shows it.
 */
export function useMapModule(): MapModule | undefined {
  const [module, setModule] = useState(() => loaded);
  const [error, setError] = useState<{ error: unknown }>();
  useEffect(
    function loadWhenMissing() {
      if (module) return;
      let live = true;
      loadMapModule().then(
        (m) => live && setModule(m),
        (e: unknown) => live && setError({ error: e }),
      );
      return () => {
        live = false;
      };
    },
    [module],
  );
  if (error) throw error.error;
  return module;
}

/** `<link rel=preload as=fetch crossorigin>` matches the map's same-origin `fetch()` of that URL. */
export function preloadFetch(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

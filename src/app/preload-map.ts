/**
 * Start loading the map before the dashboard asks for it, and hand the loaded module to the
 * dashboard without a Suspense boundary: `React.lazy` suspends on its first render even when
 * the chunk is already here, and React then holds the revealed map back for its fallback
 * throttle (300 ms) — the map used to be drawn ~0.3 s after the timeline for that alone. The
 * basemap's fetch is answered from the preload.
 */
import type { QueryClient } from '@tanstack/react-query';
import basemapUrl from 'world-atlas/countries-110m.json?url';
import { runWhenIdle } from '../lib/run-when-idle';

export type MapModule = typeof import('../features/map/map-view');

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
 * Where the preload stands, for the dashboard's hooks (use-map-module.ts, kept apart so that an
 * embed, which only starts the preload, does not download them).
 */
export function mapPreloadState(): {
  preload: Promise<void> | undefined;
  settled: boolean;
  loaded: MapModule | undefined;
} {
  return { preload, settled: preloadSettled, loaded };
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

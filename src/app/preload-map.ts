/**
 * Start loading the map before the dashboard asks for it. The dashboard's `lazy(() =>
 * import('../features/map/map-view'))` then resolves to the module this request already
 * fetched (one module record per page), and the basemap's fetch is answered from the preload.
 */
import basemapUrl from 'world-atlas/countries-110m.json?url';

let started = false;

export function preloadMap(): void {
  if (started) return;
  started = true;
  // A failure here is not the reader's concern yet: the dashboard's own import reports it.
  import('../features/map/map-view').catch(() => undefined);
  preloadFetch(basemapUrl);
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

/**
 * Loads the basemap for a zoom level. The TopoJSON files are static assets of the
 * app (emitted by Vite from world-atlas via `?url`), fetched only when the map is
 * shown, never part of the main bundle, and never from another origin.
 */
import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import url110m from 'world-atlas/countries-110m.json?url';
import url50m from 'world-atlas/countries-50m.json?url';
import { BasemapError, deriveBasemap, type Basemap, type BasemapResolution } from './basemap';

const URLS: Record<BasemapResolution, string> = { '110m': url110m, '50m': url50m };

async function fetchBasemap(resolution: BasemapResolution, signal: AbortSignal): Promise<Basemap> {
  const response = await fetch(URLS[resolution], { signal });
  if (!response.ok) throw new BasemapError(`The basemap could not be loaded (${response.status}).`);
  return deriveBasemap(await response.json(), resolution);
}

export const basemapKeys = {
  all: ['basemap'] as const,
  resolution: (r: BasemapResolution) => [...basemapKeys.all, r] as const,
};

function basemapQuery(resolution: BasemapResolution) {
  return queryOptions({
    queryKey: basemapKeys.resolution(resolution),
    queryFn: ({ signal }) => fetchBasemap(resolution, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}

/**
 * Fetch and decode the coarse basemap before the map is shown (app/preload-map.ts, in idle time):
 * decoding the TopoJSON takes tens of milliseconds that then fall while the dataset downloads,
 * not between the dashboard's first render and its first frame. A failure is left for the
 * layer's own query.
 */
export function prefetchBasemap(client: QueryClient): Promise<void> {
  return client.prefetchQuery(basemapQuery('110m'));
}

export function useBasemap(resolution: BasemapResolution) {
  return useQuery({
    ...basemapQuery(resolution),
    // While the detailed file loads, keep drawing the coarse one.
    placeholderData: keepPreviousData,
  });
}

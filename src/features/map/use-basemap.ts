/**
 * Loads the basemap for a zoom level. The TopoJSON files are static assets of the
 * app (emitted by Vite from world-atlas via `?url`), fetched only when the map is
 * shown, never part of the main bundle, and never from another origin.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
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

export function useBasemap(resolution: BasemapResolution) {
  return useQuery({
    queryKey: basemapKeys.resolution(resolution),
    queryFn: ({ signal }) => fetchBasemap(resolution, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    // While the detailed file loads, keep drawing the coarse one.
    placeholderData: keepPreviousData,
  });
}

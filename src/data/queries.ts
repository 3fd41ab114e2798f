import { queryOptions } from '@tanstack/react-query';
import { defaultDatasetUrl, fetchDataset } from './load';

export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => [...datasetKeys.all, url] as const,
};

/** The dataset is static: fetched once, never stale; filtering happens after loading. */
export function datasetQuery(url: string = defaultDatasetUrl()) {
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // The app starts the request before it renders (main.tsx): a failure must reach the error
    // panel (with its "Try again"), not be silently re-fetched when the page first subscribes.
    retryOnMount: false,
  });
}

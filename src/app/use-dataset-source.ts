/**
 * Which dataset the dashboard shows: the built-in one, a `?data=URL` one, or a
 * file the reader opened locally (never uploaded). A local file wins until closed.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { DatasetError, fetchDataset } from '../data/load';
import { dataAllowlist, resolveDatasetUrl } from '../data/dataset-url';
import { datasetKeys, datasetQuery } from '../data/queries';
import type { Dataset } from '../data/schema';

export interface LocalDataset {
  dataset: Dataset;
  name: string;
}

function remoteQuery(search: string) {
  const params = new URLSearchParams(search);
  const resolved = resolveDatasetUrl(params, window.location, dataAllowlist());
  const url = 'url' in resolved ? resolved.url : '';
  return queryOptions({
    ...datasetQuery(url),
    queryKey: 'url' in resolved ? datasetKeys.byUrl(url) : datasetKeys.byUrl(`refused:${resolved.error}`),
    queryFn: ({ signal }): Promise<Dataset> => {
      if ('error' in resolved) return Promise.reject(new DatasetError(resolved.error));
      if (!params.has('data')) return fetchDataset(url, signal);
      // A ?data= URL may hold TimelineJS3 JSON or CSV as well as our format: the importers
      // (CSV parser, HTML entities) load only for such a link.
      return import('../features/formats/fetch-any-dataset').then((m) => m.fetchAnyDataset(url, signal));
    },
  });
}

/**
 * Start the page's dataset request before React first renders, so the download does not wait
 * for the app's first render; `useDatasetSource` then finds the request under the same key.
 */
export function prefetchDatasetSource(client: QueryClient): void {
  void client.prefetchQuery(remoteQuery(window.location.search));
}

export function useDatasetSource() {
  const options = useMemo(() => remoteQuery(window.location.search), []);
  const query = useQuery(options);
  const [local, setLocal] = useState<LocalDataset>();
  return { query, local, openLocal: setLocal, closeLocal: () => setLocal(undefined) };
}

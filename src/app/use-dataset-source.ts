/**
 * Which dataset the dashboard shows: the built-in one, a `?data=URL` one, or a
 * file the reader opened locally (never uploaded). A local file wins until closed.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { checkDeferredReferences, DatasetError, fetchDataset, referencesPending } from '../data/load';
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
      // The built-in dataset's cross-references are checked after the first draw (below).
      if (!params.has('data')) return fetchDataset(url, signal, { deferReferences: true });
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

/** What the deferred checks found, per dataset (null: they passed). */
const referenceErrors = new WeakMap<Dataset, DatasetError | null>();

/**
 * The cross-reference checks the load left for later (at 100,000 events, tens of milliseconds
 * the first draw need not wait for), run when the browser is next idle after the dashboard has
 * drawn. A failure takes the dashboard down to the error panel with its "Try again": a broken
 * dataset is never left on screen as if it were sound.
 */
function useDeferredReferenceCheck(data: Dataset | undefined): DatasetError | undefined {
  const [, setChecked] = useState(0);
  useEffect(() => {
    if (!data || !referencesPending(data)) return;
    const run = () => {
      referenceErrors.set(data, checkDeferredReferences(data) ?? null);
      setChecked((n) => n + 1);
    };
    if (window.requestIdleCallback) {
      const id = window.requestIdleCallback(run, { timeout: 1000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(run, 100);
    return () => window.clearTimeout(id);
  }, [data]);
  return (data && referenceErrors.get(data)) ?? undefined;
}

export function useDatasetSource() {
  const options = useMemo(() => remoteQuery(window.location.search), []);
  const fetched = useQuery(options);
  const broken = useDeferredReferenceCheck(fetched.data);
  const query = broken ? { ...fetched, data: undefined, isError: true as const, error: broken } : fetched;
  const [local, setLocal] = useState<LocalDataset>();
  return { query, local, openLocal: setLocal, closeLocal: () => setLocal(undefined) };
}

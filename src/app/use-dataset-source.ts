/**
 * Which dataset the dashboard shows: the built-in one, a `?data=URL` one, or a
 * file the reader opened locally (never uploaded). A local file wins until closed.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { DatasetError, deferredReferenceCheck, fetchDataset } from '../data/load';
import { runIteratorWhenIdle } from '../lib/run-when-idle';
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
    const check = data && deferredReferenceCheck(data);
    if (!data || !check) return;
    function* checkThenReport(shown: Dataset, { steps, result }: NonNullable<typeof check>) {
      yield* steps;
      referenceErrors.set(shown, result() ?? null);
      setChecked((n) => n + 1);
    }
    // Slices of a few milliseconds (~25 at 100,000 events): one ~0.1 s idle callback right after
    // the first frame would hold back the next frame, and a click made just then.
    return runIteratorWhenIdle(checkThenReport(data, check));
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

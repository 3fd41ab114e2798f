/**
 * Sources with their text, for the reader and the details: inline ones at once, the others from
 * their files (data format version 2) through TanStack Query — fetched once per page, shared
 * between the details (which ask early, so "Read in context" opens at once) and the reader.
 */
import { QueryClient, QueryClientContext, useQueries } from '@tanstack/react-query';
import { useContext } from 'react';
import type { Dataset, DatasetSource, Source } from '../../data/schema';
import { fetchSource, inlineSource } from '../../data/source-files';
import { indexDataset } from '../../lib/dataset-index';

export type SourceState =
  | { status: 'ready'; source: Source }
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry(): void };

/** The embeds' details panel has no query provider of its own: one client for the page then. */
let pageClient: QueryClient | undefined;

/** One key per dataset object: a source file is checked against the dataset that names it. */
const datasetKeys = new WeakMap<Dataset, number>();
let datasetCount = 0;
function datasetKey(dataset: Dataset): number {
  let key = datasetKeys.get(dataset);
  if (key === undefined) datasetKeys.set(dataset, (key = ++datasetCount));
  return key;
}

function sourceQuery(dataset: Dataset, source: DatasetSource) {
  return {
    queryKey: ['source-file', datasetKey(dataset), source.id],
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchSource(dataset, source, signal),
    enabled: !inlineSource(source),
    staleTime: Infinity,
    retry: false,
  };
}

/** The state of each of `ids` (unknown ids are left out), in the order given. */
export function useSources(dataset: Dataset, ids: readonly string[]): Map<string, SourceState> {
  const client = useContext(QueryClientContext) ?? (pageClient ??= new QueryClient());
  const index = indexDataset(dataset);
  const sources = ids.flatMap((id) => index.sources.get(id) ?? []);
  const results = useQueries({ queries: sources.map((s) => sourceQuery(dataset, s)) }, client);
  const retry = (source: DatasetSource) =>
    void client.refetchQueries({ queryKey: sourceQuery(dataset, source).queryKey });
  const states = new Map<string, SourceState>();
  sources.forEach((s, i) => {
    const inline = inlineSource(s);
    const result = results[i];
    if (inline) states.set(s.id, { status: 'ready', source: inline });
    else if (result.data) states.set(s.id, { status: 'ready', source: result.data });
    else if (result.isError && !result.isFetching)
      states.set(s.id, { status: 'error', error: result.error, retry: () => retry(s) });
    else states.set(s.id, { status: 'loading' });
  });
  return states;
}

/**
 * The embed's dataset, without TanStack Query (which only the dashboard and the map panels
 * load): one request per page and attempt — StrictMode's second mount reuses it — and a retry
 * that keeps the error on screen until the new attempt settles, as the dashboard's query does.
 */
import { useCallback, useEffect, useState } from 'react';
import { defaultDatasetUrl, fetchDataset } from '../data/load';
import type { Dataset } from '../data/schema';

type Settled = { data: Dataset; error?: undefined } | { data?: undefined; error: unknown };

const requests = new Map<string, Promise<Dataset>>();

function request(url: string, attempt: number): Promise<Dataset> {
  const key = `${attempt} ${url}`;
  let pending = requests.get(key);
  if (!pending) {
    pending = fetchDataset(url);
    // Handled here so a failure before the page subscribes is not an unhandled rejection.
    pending.catch(() => undefined);
    requests.set(key, pending);
  }
  return pending;
}

/** Start the request before React first renders (embed main.tsx); the hook picks it up. */
export function prefetchEmbedDataset(url: string = defaultDatasetUrl()): void {
  request(url, 0);
}

export function useEmbedDataset(url: string = defaultDatasetUrl()) {
  const [settled, setSettled] = useState<Settled>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    request(url, attempt).then(
      (data) => live && setSettled({ data }),
      (error: unknown) => live && setSettled({ error }),
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: settled?.data, error: settled?.error, isPending: !settled, retry };
}

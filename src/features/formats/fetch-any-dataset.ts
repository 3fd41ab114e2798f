/**
 * For `?data=URL`: fetch a dataset that may be in our format or TimelineJS3
 * JSON/CSV, and validate it like a file the reader opens. Errors are
 * DatasetErrors, so the error panel shows them with their details.
 */
import { DatasetError } from '../../data/load';
import type { Dataset } from '../../data/schema';
import { detectAndParse } from '../../formats/detect';

export async function fetchAnyDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new DatasetError(`Could not reach ${url}.`, String(err));
  }
  if (!response.ok)
    throw new DatasetError(
      `Could not load ${url}: the server answered ${response.status} ${response.statusText}.`,
    );
  const name = new URL(url, 'http://x/').pathname.split('/').pop() || url;
  return detectAndParse(await response.text(), name, {}, response.url || url);
}

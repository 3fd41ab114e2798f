/**
 * For `?data=URL`: fetch a dataset that may be in our format or TimelineJS3
 * JSON/CSV, and validate it like a file the reader opens. Errors are
 * DatasetErrors, so the error panel shows them with their details.
 */
import { fetchOk } from '../../data/load';
import type { Dataset } from '../../data/schema';
import { detectAndParse } from '../../formats/detect';

export async function fetchAnyDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const response = await fetchOk(url, signal, 'application/json, text/csv;q=0.9, */*;q=0.1');
  const name = new URL(url, 'http://x/').pathname.split('/').pop() || url;
  return detectAndParse(await response.text(), name, {}, response.url || url);
}

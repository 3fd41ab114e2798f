/**
 * Fetch the dataset and validate it: the app's one edge. The checks are the schema's
 * (`schema.ts`), run by the zod-free `validate.ts` so the browser never loads zod.
 */
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { formatIssues } from './validate-kit';
import { SCHEMA_VERSIONS } from './vocabulary';

const VERSIONS: readonly unknown[] = SCHEMA_VERSIONS;

/** Where each loaded dataset came from: its source files (version 2) are beside it. */
const datasetUrls = new WeakMap<Dataset, string>();

/** The URL a dataset was loaded from; undefined for files opened on this device and imports. */
export function datasetUrlOf(data: Dataset): string | undefined {
  return datasetUrls.get(data);
}

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** Where the built app finds the dataset, relative to its base path so sub-path deploys work. */
export function defaultDatasetUrl(): string {
  return `${import.meta.env.BASE_URL}data/dataset.json`;
}

/**
 * Validate already-parsed JSON; throws a DatasetError that names the problem. `url`: where it was
 * fetched from, so the files its sources name can be fetched from beside it.
 */
export function parseDataset(json: unknown, origin = 'the dataset', url?: string): Dataset {
  if (json && typeof json === 'object' && 'schemaVersion' in json && !VERSIONS.includes(json.schemaVersion)) {
    throw new DatasetError(
      `${origin} has schema version ${String(json.schemaVersion)}; this app reads versions ${SCHEMA_VERSIONS.join(' and ')}.`,
    );
  }
  const result = validateDataset(json);
  if (!result.ok) {
    throw new DatasetError(`${origin} does not match the data format.`, formatIssues(result.issues));
  }
  if (url) datasetUrls.set(result.data, url);
  return result.data;
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new DatasetError(`Could not reach ${url}.`, String(err));
  }
  if (!response.ok) {
    throw new DatasetError(
      `Could not load ${url}: the server answered ${response.status} ${response.statusText}.`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (err) {
    throw new DatasetError(`${url} is not valid JSON.`, String(err));
  }
  return parseDataset(json, url, response.url || url);
}

/**
 * Fetch the dataset and validate it: the app's one edge. The checks are the schema's
 * (`schema.ts`), run by the zod-free `validate.ts` so the browser never loads zod.
 */
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { formatIssues } from './validate-kit';
import { SCHEMA_VERSION } from './vocabulary';

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

/** Validate already-parsed JSON; throws a DatasetError that names the problem. */
export function parseDataset(json: unknown, origin = 'the dataset'): Dataset {
  if (json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== SCHEMA_VERSION) {
    throw new DatasetError(
      `${origin} has schema version ${String(json.schemaVersion)}; this app reads version ${SCHEMA_VERSION}.`,
    );
  }
  const result = validateDataset(json);
  if (!result.ok) {
    throw new DatasetError(`${origin} does not match the data format.`, formatIssues(result.issues));
  }
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
  return parseDataset(json, url);
}

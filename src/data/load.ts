/** Fetch the dataset and validate it against the shared schema: the app's one edge. */
import { dataset, describeIssues, SCHEMA_VERSION, type Dataset } from './schema';

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
  const result = dataset.safeParse(json);
  if (!result.success) {
    throw new DatasetError(`${origin} does not match the data format.`, describeIssues(result.error));
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

/**
 * Fetch the dataset and validate it: the app's one edge. The checks are the schema's
 * (`schema.ts`), run by the zod-free `validate.ts` so the browser never loads zod.
 */
import type { Dataset } from './schema';
import { referenceCheckSteps } from './references';
import { validateDataset } from './validate';
import { formatIssues, type Issue } from './validate-kit';
import { SCHEMA_VERSIONS } from './vocabulary';

const VERSIONS: readonly unknown[] = SCHEMA_VERSIONS;

/** Where each loaded dataset came from: its source files (version 2) are beside it. */
const datasetUrls = new WeakMap<Dataset, string>();
/** Datasets whose cross-reference checks were left for later (`deferReferences`), with their origin. */
const uncheckedReferences = new WeakMap<Dataset, string>();

export interface ParseOptions {
  /**
   * Check only the shape now, the cross-references (`references.ts`) when the caller runs
   * `checkDeferredReferences`: at 100,000 events they take tens of milliseconds the first draw
   * need not wait for. The caller must hold the dataset's view back if they fail.
   */
  deferReferences?: boolean;
}

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
 * fetched from, so the files its sources name (version 2) can be fetched from beside it.
 */
export function parseDataset(
  json: unknown,
  origin = 'the dataset',
  url?: string,
  { deferReferences = false }: ParseOptions = {},
): Dataset {
  if (json && typeof json === 'object' && 'schemaVersion' in json && !VERSIONS.includes(json.schemaVersion)) {
    throw new DatasetError(
      `${origin} has schema version ${String(json.schemaVersion)}; this app reads versions ${SCHEMA_VERSIONS.join(' and ')}.`,
    );
  }
  const result = validateDataset(json, { references: !deferReferences });
  if (!result.ok) throw invalid(origin, result.issues);
  if (url) datasetUrls.set(result.data, url);
  if (deferReferences) uncheckedReferences.set(result.data, origin);
  return result.data;
}

function invalid(origin: string, issues: readonly Issue[]): DatasetError {
  return new DatasetError(`${origin} does not match the data format.`, formatIssues(issues));
}

/**
 * The checks `deferReferences` skipped, once: the DatasetError `parseDataset` would have thrown,
 * or undefined when they pass (and for a dataset that was checked in full).
 */
export function checkDeferredReferences(data: Dataset): DatasetError | undefined {
  const check = deferredReferenceCheck(data);
  if (!check) return undefined;
  while (!check.steps.next().done);
  return check.result();
}

/**
 * `checkDeferredReferences` in steps of a few milliseconds (`referenceCheckSteps`), for idle
 * periods: call `steps.next()` until it is done, then `result()`. Undefined when nothing is left
 * to check. A check dropped half-way leaves the dataset pending, so a new one starts afresh.
 */
export function deferredReferenceCheck(
  data: Dataset,
): { steps: Generator<void, void, void>; result(): DatasetError | undefined } | undefined {
  const origin = uncheckedReferences.get(data);
  if (origin === undefined) return undefined;
  const issues: Issue[] = [];
  const steps = referenceCheckSteps(data, (path, message) => issues.push({ path, message }));
  return {
    steps,
    result() {
      uncheckedReferences.delete(data);
      return issues.length ? invalid(origin, issues) : undefined;
    },
  };
}

/** GET `url`; a DatasetError naming the address when it cannot be reached or answers an error. */
export async function fetchOk(
  url: string,
  signal?: AbortSignal,
  accept = 'application/json',
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new DatasetError(`Could not reach ${url}.`, String(err));
  }
  if (!response.ok)
    throw new DatasetError(
      `Could not load ${url}: the server answered ${response.status} ${response.statusText}.`,
    );
  return response;
}

/** The response's body as JSON; a DatasetError naming the address when it is not JSON. */
export async function readJson(response: Response, url: string): Promise<unknown> {
  try {
    return await response.json();
  } catch (err) {
    throw new DatasetError(`${url} is not valid JSON.`, String(err));
  }
}

export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  { deferReferences = false }: ParseOptions = {},
): Promise<Dataset> {
  const response = await fetchOk(url, signal);
  const json = await readJson(response, url);
  return parseDataset(json, url, response.url || url, { deferReferences });
}

/**
 * Fetch the dataset and validate it: the app's one edge. The checks are the schema's
 * (`schema.ts`), run by the zod-free `validate.ts` so the browser never loads zod.
 */
import type { Dataset } from './schema';
import { referenceCheckSteps } from './references';
import { DatasetStreamParser, type StreamEnd, type StreamPart } from './stream-dataset';
import { BatchValidation, validateDataset, type ValidationResult } from './validate';
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
  checkVersion(json, origin);
  return accept(validateDataset(json, { references: !deferReferences }), origin, url, deferReferences);
}

/** An unsupported schema version is named as such rather than listed among the field issues. */
function checkVersion(json: unknown, origin: string): void {
  if (json && typeof json === 'object' && 'schemaVersion' in json && !VERSIONS.includes(json.schemaVersion)) {
    throw new DatasetError(
      `${origin} has schema version ${String(json.schemaVersion)}; this app reads versions ${SCHEMA_VERSIONS.join(' and ')}.`,
    );
  }
}

function accept(
  result: ValidationResult,
  origin: string,
  url: string | undefined,
  deferred: boolean,
): Dataset {
  if (!result.ok) throw invalid(origin, result.issues);
  if (url) datasetUrls.set(result.data, url);
  if (deferred) uncheckedReferences.set(result.data, origin);
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
  const from = response.url || url;
  if (!response.body) return parseDataset(await readJson(response, url), url, from, { deferReferences });
  return readDatasetStream(response.body, url, from, signal, deferReferences);
}

/**
 * Parse and check the dataset while it downloads (`stream-dataset.ts`): each batch of events is
 * parsed and validated as it arrives, one short task each, instead of one `JSON.parse` and one
 * validation of the whole file after the last byte. Same dataset, same errors as `readJson` and
 * `parseDataset` give on the whole file.
 */
async function readDatasetStream(
  body: ReadableStream<Uint8Array>,
  url: string,
  from: string,
  signal: AbortSignal | undefined,
  deferReferences: boolean,
): Promise<Dataset> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new DatasetStreamParser();
  let validation: BatchValidation | undefined;
  // Thrown at the end, as `parseDataset` would after the parse: a file that is not JSON says so.
  let wrongVersion: DatasetError | undefined;
  const take = (parts: StreamPart[]) => {
    for (const part of parts) {
      if ('header' in part) {
        try {
          checkVersion(part.header, url);
          validation = new BatchValidation(part.header);
        } catch (err) {
          wrongVersion = err as DatasetError;
        }
      } else validation?.events(part.events, part.offset);
    }
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      signal?.throwIfAborted();
      const parts = parser.push(decoder.decode(value, { stream: true }));
      if (parser.rereadWhole) break;
      if (parts.length) {
        take(parts);
        // Let input and rendering in between batches, even when the bytes came faster.
        await yieldToMain();
      }
    }
  } catch (err) {
    reader.cancel().catch(() => undefined);
    if (signal?.aborted) throw err;
    throw new DatasetError(`Could not load ${url}: the download broke off.`, String(err));
  }
  let end: StreamEnd | undefined;
  try {
    if (!parser.rereadWhole) parser.push(decoder.decode());
    end = parser.end();
  } catch (err) {
    throw new DatasetError(`${url} is not valid JSON.`, String(err));
  }
  if (!end) {
    // Events that did not have the layout (or JSON that is not valid): read the file again, whole
    // (usually from the HTTP cache), rather than keep all its text for this rare case.
    reader.cancel().catch(() => undefined);
    return parseDataset(await readJson(await fetchOk(url, signal), url), url, from, { deferReferences });
  }
  if (!end.streamed) return parseDataset(end.json, url, from, { deferReferences });
  take(end.parts);
  // A streamed read always handed out the header first: without a validation, its version was wrong.
  if (!validation) throw wrongVersion ?? new DatasetError(`${url} does not match the data format.`);
  return accept(validation.result(end.json, { references: !deferReferences }), url, from, deferReferences);
}

/** A new task, so the browser can paint and handle input (`scheduler.yield` where there is one). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

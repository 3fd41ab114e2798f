/**
 * A source's text and sentences: inline in the dataset, or (version 2) fetched from the file the
 * source names, beside the dataset file, and checked against the dataset when it arrives (its
 * offsets, and the evidence that quotes it: source-file-checks.ts).
 */
import { DatasetError, datasetUrlOf, fetchOk, readJson } from './load';
import type { Dataset, DatasetSource, Source } from './schema';
import { validateSourceFile } from './source-file-checks';
import { formatIssues } from './validate-kit';

/** The absolute URL of a source's file; undefined when inline or when the dataset has no URL. */
export function sourceFileUrl(data: Dataset, source: DatasetSource): string | undefined {
  const base = datasetUrlOf(data);
  if (source.file === undefined || base === undefined) return undefined;
  const page = typeof location === 'undefined' ? undefined : location.href;
  return new URL(source.file, new URL(base, page)).href;
}

/** The source with its text, when the dataset holds it inline. */
export function inlineSource(source: DatasetSource): Source | undefined {
  return source.text !== undefined && source.sentences !== undefined ? (source as Source) : undefined;
}

/** The source with its text: at once when inline, else from its file. Throws DatasetErrors. */
export async function fetchSource(
  data: Dataset,
  source: DatasetSource,
  signal?: AbortSignal,
): Promise<Source> {
  const inline = inlineSource(source);
  if (inline) return inline;
  const url = sourceFileUrl(data, source);
  if (url === undefined)
    throw new DatasetError(
      `The text of “${source.title || source.id}” is in ${source.file ?? 'a separate file'}, beside the dataset file; ` +
        'a dataset opened from this device brings no such file. Open the dataset from its web address to read it.',
    );
  const json = await readJson(await fetchOk(url, signal), url);
  const result = validateSourceFile(json, data, source.id);
  if (!result.ok) throw new DatasetError(`${url} does not match the dataset.`, formatIssues(result.issues));
  return { ...source, text: result.data.text, sentences: result.data.sentences };
}

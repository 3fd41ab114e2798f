/**
 * The whole pipeline as one function, so the CLI (cli.ts), the dev watcher and
 * the tests run exactly the same thing:
 * read + validate articles → extract each (cached) → merge → overrides →
 * validate against the shared schema → write atomically (temp file + rename).
 * Any bad input stops the run before anything is written.
 *
 * This module reads the inputs only (bytes, no parsing) and, with a cache,
 * ends a run whose inputs equal the last successful run's (last-run.ts); the
 * rest (full-run.ts) and its packages are loaded only when there is work.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { EditorialFiles } from './editorial';
import { cacheKey } from './cache';
import { ArticleError, EditorialError } from './errors';
import { pipelineFingerprint } from './fingerprint';
import { filesBeside, readLastRun, runKey, unchangedResult, writeLastRun, type RunInputs } from './last-run';

export { serializeDataset, writeAtomically } from './write';

export interface RunOptions {
  seedsDir: string;
  outFile: string;
  /** Folder with people.yaml, topics.yaml, places.yaml, overrides.yaml; missing files count as empty. */
  editorialDir?: string;
  /** Folder for the extraction cache and the last run's record; `false` disables both. */
  cacheDir?: string | false;
  /** Called after each article, for a progress line. */
  onProgress?(done: number, total: number): void;
  /** Worker threads for extraction (default 1: none). */
  threads?: number;
  /** Use threads only from this many uncached articles on (a thread costs start-up time). */
  parallelFrom?: number;
  /** Write each source's text to its own file beside the dataset (write.ts `writeDataset`). */
  splitSources?: boolean;
}

export interface RunSummary {
  articles: number;
  events: number;
  places: number;
  people: number;
  topics: number;
  cached: number;
  /** The output already had these exact bytes, so it was not rewritten. */
  unchanged: boolean;
}

export type RunResult =
  { ok: true; summary: RunSummary; warnings: string[] } | { ok: false; error: string; warnings: string[] };

const EDITORIAL_FILES = ['people.yaml', 'topics.yaml', 'places.yaml', 'overrides.yaml'] as const;

/** The editorial files' text (unparsed) and a string that changes when any of them does. */
export function readEditorialFiles(dir: string | undefined): { files: EditorialFiles; raw: string } {
  const files: EditorialFiles = {};
  let raw = '';
  for (const name of EDITORIAL_FILES) {
    const file = dir ? join(dir, name) : '';
    if (file && existsSync(file)) {
      files[name] = readFileSync(file, 'utf8');
      raw += `${name}\0${files[name]}\0`;
    }
  }
  return { files, raw };
}

/** The article files of a folder (`.md`, `.txt`), sorted by name, with their bytes. */
export function listArticles(dir: string): { file: string; bytes: Uint8Array }[] {
  if (!existsSync(dir)) throw new ArticleError(dir, 'the articles folder does not exist');
  return readdirSync(dir)
    .filter((f) => ['.md', '.txt'].includes(extname(f)))
    .sort()
    .map((name) => ({ file: join(dir, name), bytes: readFileSync(join(dir, name)) }));
}

export async function runPipeline(options: RunOptions): Promise<RunResult> {
  let inputs: RunInputs & { editorialFiles: EditorialFiles };
  try {
    const editorial = readEditorialFiles(options.editorialDir);
    inputs = {
      version: `${pipelineFingerprint()}\0${editorial.raw}`,
      editorialFiles: editorial.files,
      files: listArticles(options.seedsDir),
    };
  } catch (err) {
    if (err instanceof ArticleError || err instanceof EditorialError)
      return { ok: false, error: err.message, warnings: [] };
    throw err;
  }
  const cacheDir = options.cacheDir || undefined;
  // Each article's extraction cache key, hashed once: the run's key is made of them.
  const keys = inputs.files.map(({ file, bytes }) => cacheKey([inputs.version, file, bytes]));
  const key = cacheDir
    ? runKey(inputs, keys, `${options.outFile}${options.splitSources ? '\0split' : ''}`)
    : '';
  const last = cacheDir ? readLastRun(cacheDir) : undefined;
  const unchanged = unchangedResult(last, key, options.outFile);
  if (unchanged) return unchanged;

  // Extraction (if any is needed) starts before the rest of the run's code loads.
  const started = await (await import('./start-extraction')).startExtraction(options, inputs, keys);
  let fullRun: typeof import('./full-run').fullRun;
  try {
    ({ fullRun } = await import('./full-run'));
  } catch (err) {
    await started.pool?.close();
    throw err;
  }
  const { result, files } = await fullRun(options, inputs, started, filesBeside(last, options.outFile));
  if (cacheDir && result.ok && files)
    writeLastRun(cacheDir, {
      key,
      out: resolve(options.outFile),
      files,
      summary: result.summary,
      warnings: result.warnings,
    });
  return result;
}

/** The one summary line printed at the end of every run. */
export function formatSummary(s: RunSummary, warnings: number, out: string): string {
  return (
    `preprocess: ${s.articles} articles, ${s.events} events, ${s.places} places, ${s.people} people, ` +
    `${s.topics} topics, ${warnings} warnings → ${out}${s.unchanged ? ' (unchanged)' : ''}` +
    (s.cached ? ` [${s.cached} from cache]` : '')
  );
}

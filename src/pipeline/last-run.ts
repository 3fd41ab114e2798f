/**
 * Short-circuit for a run whose inputs are those of the last successful run
 * (same article files and bytes, same editorial files, same pipeline version,
 * same output path): the dataset it would write is already there, so the run
 * only checks that the output file still has the bytes it wrote (and that the
 * source files it names are still beside it) and repeats the summary and
 * warnings. If the output is missing or was changed, the run goes ahead (from
 * the extraction cache) and writes it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { replaceFile } from './cache';
import type { RunResult, RunSummary } from './run';

export interface RunInputs {
  /** Pipeline fingerprint + editorial file names and contents. */
  version: string;
  files: { file: string; bytes: Uint8Array }[];
}

interface LastRun {
  key: string;
  /** sha256 of the bytes written to (or found unchanged in) the output file. */
  output: string;
  summary: RunSummary;
  warnings: string[];
}

const FILE = 'last-run.json';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Everything the output depends on, hashed; file names count (they appear in warnings). */
export function runKey(inputs: RunInputs, outFile: string): string {
  const hash = createHash('sha256').update(inputs.version).update('\0').update(resolve(outFile)).update('\0');
  for (const { file, bytes } of inputs.files)
    hash.update(file).update('\0').update(String(bytes.length)).update('\0').update(bytes);
  return hash.digest('hex');
}

/** The last run's result if `key` matches it and the output file still holds its bytes. */
export function readLastRun(cacheDir: string, key: string, outFile: string): RunResult | undefined {
  let last: LastRun;
  try {
    last = JSON.parse(readFileSync(join(cacheDir, FILE), 'utf8')) as LastRun;
    if (last.key !== key) return undefined;
    const bytes = readFileSync(outFile);
    if (sha256(bytes) !== last.output || !sourceFilesPresent(outFile, bytes)) return undefined;
  } catch {
    return undefined;
  }
  return {
    ok: true,
    warnings: last.warnings,
    summary: { ...last.summary, cached: last.summary.articles, unchanged: true },
  };
}

/**
 * A split dataset names a file per source (`"file": "sources/….json"` in the fixed layout of
 * write.ts; only sources have a `file` key, and a quote inside a string value is escaped): a
 * deleted one would leave the reader without that article's text until the inputs change.
 */
function sourceFilesPresent(outFile: string, bytes: Buffer): boolean {
  const dir = dirname(outFile);
  for (const m of bytes.toString('utf8').matchAll(/"file": "([^"\\]+)"/g))
    if (!existsSync(join(dir, m[1]))) return false;
  return true;
}

export function writeLastRun(cacheDir: string, record: LastRun): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    replaceFile(join(cacheDir, FILE), JSON.stringify(record));
  } catch {
    /* only a cache */
  }
}

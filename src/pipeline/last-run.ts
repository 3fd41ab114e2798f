/**
 * The record of the last successful run: its inputs' key, every file it wrote
 * or found in place (write.ts `WrittenFile`: path, content hash, size, time),
 * its summary and warnings.
 *
 * A run whose inputs are those of the last one (same article files and bytes,
 * same editorial files, same pipeline version, same output path) ends here if
 * every recorded file is still intact, repeating the summary and warnings. A
 * file missing or edited by hand lets the run go ahead (from the extraction
 * cache), and it writes the file again. A run with other inputs passes the
 * recorded files to the write, which keeps the source files whose content
 * has not changed instead of serialising and comparing them again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { replaceFile } from './cache';
import type { RunResult, RunSummary } from './run';
import { isIntact, type WrittenFile } from './write';

export { sha256 } from './write';

export interface RunInputs {
  /** Pipeline fingerprint + editorial file names and contents. */
  version: string;
  files: { file: string; bytes: Uint8Array }[];
}

export interface LastRun {
  key: string;
  /** The dataset file, resolved: `files` are relative to its folder. */
  out: string;
  /** The dataset file and (split) its source files, as the write returned them. */
  files: WrittenFile[];
  summary: RunSummary;
  warnings: string[];
}

const FILE = 'last-run.json';

/**
 * Everything the output depends on, hashed: the version, the output path, and each article's
 * file name and extraction cache key (which covers the version, its name and its bytes).
 */
export function runKey(inputs: RunInputs, keys: readonly string[], outFile: string): string {
  const hash = createHash('sha256').update(inputs.version).update('\0').update(resolve(outFile)).update('\0');
  inputs.files.forEach(({ file }, i) => hash.update(file).update('\0').update(keys[i]).update('\0'));
  return hash.digest('hex');
}

/** The last run's record, whatever its inputs were. */
export function readLastRun(cacheDir: string): LastRun | undefined {
  try {
    const last = JSON.parse(readFileSync(join(cacheDir, FILE), 'utf8')) as LastRun;
    // A record of an earlier layout (no files) is not used.
    return typeof last.out === 'string' && Array.isArray(last.files) ? last : undefined;
  } catch {
    return undefined;
  }
}

/** The files the last run left beside `outFile` (none if it wrote elsewhere). */
export function filesBeside(last: LastRun | undefined, outFile: string): WrittenFile[] | undefined {
  return last?.out === resolve(outFile) ? last.files : undefined;
}

/** The last run's result if `key` is its key and every file it left is still intact. */
export function unchangedResult(
  last: LastRun | undefined,
  key: string,
  outFile: string,
): RunResult | undefined {
  const files = last?.key === key ? filesBeside(last, outFile) : undefined;
  if (!last || !files?.length) return undefined;
  const dir = dirname(resolve(outFile));
  try {
    if (!files.every((f) => isIntact(dir, f))) return undefined;
  } catch {
    return undefined;
  }
  return {
    ok: true,
    warnings: last.warnings,
    summary: { ...last.summary, cached: last.summary.articles, unchanged: true },
  };
}

export function writeLastRun(cacheDir: string, record: LastRun): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    replaceFile(join(cacheDir, FILE), JSON.stringify(record));
  } catch {
    /* only a cache */
  }
}

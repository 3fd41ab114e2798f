/**
 * The output files: a fixed JSON layout, written atomically and only when their bytes change.
 * `writeDataset` returns every file it wrote or found in place with its content hash, so the next
 * run can check them (`isIntact`) and skip the source files whose content has not changed.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../data/schema';
import { serializeDataset } from '../data/serialize-dataset';
import { SOURCES_DIR, splitSources } from '../data/split-sources';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A file a write left behind: what the next run checks before relying on it. */
export interface WrittenFile {
  /** Relative to the dataset file's folder (the dataset file: its name). */
  path: string;
  /** sha256 of its bytes. */
  hash: string;
  size: number;
  mtimeMs: number;
  /** What its bytes were made from (a source file: the caller's `sourceKeys` entry). */
  key?: string;
}

/**
 * Whether `dir`/`f.path` still holds the bytes recorded: missing or another size, no; the recorded
 * size and modification time, yes (an edit, by hand or by a tool, sets a new one); otherwise (touched,
 * copied back) its bytes are hashed. Stat first: 1,000 source files cost ~8 ms instead of ~20.
 */
export function isIntact(dir: string, f: WrittenFile): boolean {
  const file = join(dir, f.path);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size !== f.size) return false;
  return stat.mtimeMs === f.mtimeMs || sha256(readFileSync(file)) === f.hash;
}

function record(dir: string, path: string, bytes: Uint8Array, key?: string): WrittenFile {
  const { mtimeMs } = statSync(join(dir, path));
  return {
    path,
    hash: sha256(bytes),
    size: bytes.byteLength,
    mtimeMs,
    ...(key === undefined ? {} : { key }),
  };
}

/**
 * The fixed layout (`serialize-dataset.ts`: one event per line, which the app parses as it
 * downloads; source files one-space indented); key order follows object construction, which is
 * deterministic.
 */
export { serializeDataset };

/**
 * Temp file + rename, so the app never reads half a dataset; false when the file already had `content`.
 * Pass bytes (Buffer.from(text)) when the caller also hashes them: a 10 MB text is encoded once.
 */
export function writeAtomically(file: string, content: string | Uint8Array): boolean {
  const bytes =
    typeof content === 'string'
      ? Buffer.from(content)
      : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  // Same size first: a rebuild that changed the dataset need not read the old one.
  const same = existsSync(file) && statSync(file).size === bytes.length && readFileSync(file).equals(bytes);
  if (same) return false;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  return true;
}

export interface WriteOptions {
  /** Each source's text and sentences in its own file beside the dataset (data format version 2). */
  split?: boolean;
  /** Also write `<file>.gz` beside each file, for servers that send precompressed files. */
  gzip?: boolean;
  /** The JSON layout: `serializeDataset`'s by default. */
  serialize?: (data: unknown) => string;
  /**
   * Split: per source, in the dataset's order, a key that changes whenever its file's bytes would
   * (the pipeline: its extraction's cache key, which covers the article, the editorial files and
   * the pipeline's code, this layout included).
   */
  sourceKeys?: readonly (string | undefined)[];
  /**
   * The files an earlier write returned (same dataset file): a source file with the same path and
   * key that is still intact (`isIntact`) is kept as it is, neither serialised nor compared.
   */
  previous?: readonly WrittenFile[];
}

/**
 * Writes the dataset to `outFile` (split: its source files first, then the dataset file, so the
 * dataset never names a file that is not there yet; source files no longer named are removed).
 * Returns the dataset file's bytes, whether any file changed, and every file it wrote or kept.
 */
export function writeDataset(
  outFile: string,
  data: Dataset,
  options: WriteOptions = {},
): { output: Buffer; unchanged: boolean; files: WrittenFile[] } {
  const serialize = options.serialize ?? serializeDataset;
  const dir = dirname(outFile);
  const files: WrittenFile[] = [];
  let changed = false;
  const write = (path: string, text: string, key?: string) => {
    const bytes = Buffer.from(text);
    if (writeAtomically(join(dir, path), bytes)) changed = true;
    files.push(record(dir, path, bytes, key));
    if (options.gzip) {
      const gz = gzipSync(bytes);
      if (writeAtomically(join(dir, `${path}.gz`), gz)) changed = true;
      files.push(record(dir, `${path}.gz`, gz, key));
    }
    return bytes;
  };
  let main: Dataset = data;
  const keep = new Set<string>();
  if (options.split) {
    const split = splitSources(data);
    main = split.dataset;
    const previous = new Map(
      options.gzip ? [] : (options.previous ?? []).filter((f) => f.key !== undefined).map((f) => [f.path, f]),
    );
    // Only inline sources become files, so the files' keys are found by source id.
    const keyOf = new Map(data.sources.map((s, i) => [s.id, options.sourceKeys?.[i]]));
    for (const f of split.files) {
      const key = keyOf.get(f.content.source);
      const before = key === undefined ? undefined : previous.get(f.path);
      if (before && before.key === key && isIntact(dir, before)) files.push(before);
      else write(f.path, serialize(f.content), key);
      keep.add(f.path.slice(SOURCES_DIR.length + 1));
    }
  }
  const output = write(basename(outFile), serialize(main));
  if (!options.gzip && existsSync(`${outFile}.gz`)) rmSync(`${outFile}.gz`); // never a stale copy
  // Only a split write owns the sources folder: an unsplit one leaves whatever is there alone.
  if (options.split) changed = removeStale(join(dir, SOURCES_DIR), keep, !!options.gzip) || changed;
  return { output, unchanged: !changed, files };
}

/** Source files of an earlier dataset (and stale `.gz` copies) in the sources folder. */
function removeStale(folder: string, keep: Set<string>, gzip: boolean): boolean {
  if (!existsSync(folder)) return false;
  let removed = false;
  for (const name of readdirSync(folder)) {
    const base = name.endsWith('.gz') ? name.slice(0, -3) : name;
    if (!base.endsWith('.json') || (keep.has(base) && (gzip || base === name))) continue;
    rmSync(join(folder, name));
    removed = true;
  }
  return removed;
}

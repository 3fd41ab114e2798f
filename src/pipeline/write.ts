/** The output files: a fixed JSON layout, written atomically and only when their bytes change. */
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
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../data/schema';
import { SOURCES_DIR, splitSources } from '../data/split-sources';

/** Serialize with a fixed layout; key order follows object construction, which is deterministic. */
export function serializeDataset(data: unknown): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

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
}

/**
 * Writes the dataset to `outFile` (split: its source files first, then the dataset file, so the
 * dataset never names a file that is not there yet; source files no longer named are removed).
 * Returns the dataset file's bytes and whether any file changed.
 */
export function writeDataset(
  outFile: string,
  data: Dataset,
  options: WriteOptions = {},
): { output: Buffer; unchanged: boolean } {
  const serialize = options.serialize ?? serializeDataset;
  let changed = false;
  const write = (file: string, text: string) => {
    const bytes = Buffer.from(text);
    if (writeAtomically(file, bytes)) changed = true;
    if (options.gzip && writeAtomically(`${file}.gz`, gzipSync(bytes))) changed = true;
    return bytes;
  };
  const dir = dirname(outFile);
  let main: Dataset = data;
  const keep = new Set<string>();
  if (options.split) {
    const split = splitSources(data);
    main = split.dataset;
    for (const f of split.files) {
      write(join(dir, f.path), serialize(f.content));
      keep.add(f.path.slice(SOURCES_DIR.length + 1));
    }
  }
  const output = write(outFile, serialize(main));
  if (!options.gzip && existsSync(`${outFile}.gz`)) rmSync(`${outFile}.gz`); // never a stale copy
  // Only a split write owns the sources folder: an unsplit one leaves whatever is there alone.
  if (options.split) changed = removeStale(join(dir, SOURCES_DIR), keep, !!options.gzip) || changed;
  return { output, unchanged: !changed };
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

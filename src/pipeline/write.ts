/** The output file: a fixed JSON layout, written atomically and only when its bytes change. */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Serialize with a fixed layout; key order follows object construction, which is deterministic. */
export function serializeDataset(data: unknown): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** Temp file + rename, so the app never reads half a dataset; false when the file already had `content`. */
export function writeAtomically(file: string, content: string): boolean {
  // Same size first: a rebuild that changed the dataset need not read the old one.
  const same =
    existsSync(file) &&
    statSync(file).size === Buffer.byteLength(content) &&
    readFileSync(file, 'utf8') === content;
  if (same) return false;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
  return true;
}

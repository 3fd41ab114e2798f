/** The output file: a fixed JSON layout, written atomically and only when its bytes change. */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

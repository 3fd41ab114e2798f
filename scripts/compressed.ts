/**
 * gzip for the static server: a precompressed `<file>.gz` written by the build when it is there
 * and up to date, else the file compressed once (off the main thread) and kept in memory until it
 * changes. JSON compresses about tenfold, which matters over a real network.
 */
import { existsSync, statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

/** Types worth compressing: text formats (images and fonts are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|javascript|xml))|^image\/svg\+xml/;
/** Too small to gain from compression. */
const MIN_BYTES = 1024;
/** What the in-memory cache may hold, compressed; beyond it, the oldest entries go. */
const CACHE_BYTES = 256 * 1024 * 1024;

export function isCompressible(type: string): boolean {
  return COMPRESSIBLE.test(type);
}

/** Whether an Accept-Encoding header allows gzip (`gzip`, `*`, not `q=0`). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let gzipQ: number | undefined;
  let anyQ: number | undefined;
  for (const part of value.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (name === 'gzip' || name === 'x-gzip') gzipQ = weight;
    else if (name === '*') anyQ = weight;
  }
  return (gzipQ ?? anyQ ?? 0) > 0;
}

interface Entry {
  mtimeMs: number;
  size: number;
  body: Promise<Buffer>;
  bytes: number;
}

export class GzipCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  /**
   * The gzip body for `file` (stats `stat`): `<file>.gz` when it is at least as new as the file,
   * else a cached compression of it. Undefined when the file is too small to bother.
   */
  body(file: string, stat: Stats): { path: string; size: number } | Promise<Buffer> | undefined {
    if (stat.size < MIN_BYTES) return undefined;
    const pre = `${file}.gz`;
    if (existsSync(pre)) {
      const gz = statSync(pre);
      if (gz.isFile() && gz.mtimeMs >= stat.mtimeMs) return { path: pre, size: gz.size };
    }
    const cached = this.entries.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.body;
    if (cached) this.drop(file, cached);
    const entry: Entry = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      bytes: 0,
      body: readFile(file).then((raw) => gzipAsync(raw)),
    };
    this.entries.set(file, entry);
    entry.body.then(
      (gz) => {
        if (this.entries.get(file) !== entry) return;
        entry.bytes = gz.length;
        this.bytes += gz.length;
        for (const [key, old] of this.entries) {
          if (this.bytes <= CACHE_BYTES || old === entry) break;
          this.drop(key, old);
        }
      },
      () => this.entries.get(file) === entry && this.drop(file, entry),
    );
    return entry.body;
  }

  private drop(file: string, entry: Entry): void {
    this.entries.delete(file);
    this.bytes -= entry.bytes;
  }
}

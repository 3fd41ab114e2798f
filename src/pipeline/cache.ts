/**
 * Content-hash cache of per-article extractions in `.cache/pipeline/`. The key
 * covers the article bytes, the editorial files and the pipeline's fingerprint
 * (fingerprint.ts), so any change that could alter an extraction misses the
 * cache; nothing needs to be invalidated by hand.
 *
 * All extractions of one version live in one file, a line per article
 * (`key<TAB>json`): a rebuild reads one file instead of one per article, knows
 * which articles are cached before parsing any extraction (so extraction can
 * start at once), and a run that adds a few articles appends a few lines
 * instead of rewriting megabytes. A line a reader cannot use (cut short by a
 * concurrent append, corrupt) counts as missing; the next run that adds
 * something then rewrites the file whole, atomically (temp file + rename).
 */
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleExtraction } from './extract-article';

export function cacheKey(parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 40);
}

export interface ExtractionCache {
  /** Whether `key` is stored (without parsing its extraction). */
  has(key: string): boolean;
  get(key: string): ArticleExtraction | undefined;
  set(key: string, value: ArticleExtraction): void;
  /** Write what was added since the cache was opened (no-op when nothing was). */
  flush(): void;
}

export const noCache: ExtractionCache = {
  has: () => false,
  get: () => undefined,
  set: () => undefined,
  flush: () => undefined,
};

/** Bump when the stored layout changes (it is part of the file name). */
const FORMAT = 2;
const KEY = /^[0-9a-f]{40}$/;
const NEWLINE = 0x0a;
const TAB = 0x09;

/** Write a file via a temp file and a rename, so a reader never sees half of it. */
export function replaceFile(file: string, content: string): void {
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/** Where a stored line lies in the file's bytes (after the key and tab), or a line added by this run. */
type Stored = { start: number; end: number } | string;

/**
 * The stored lines by key, unparsed and undecoded: only the 40-byte keys are read, so opening a
 * cache of thousands of extractions costs a file read, not decoding megabytes of text that a
 * rebuild mostly never looks at. `clean` when every line had the layout and the file ended whole.
 */
function readLines(file: string): { bytes: Buffer; lines: Map<string, Stored>; clean: boolean } {
  const lines = new Map<string, Stored>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { bytes: Buffer.alloc(0), lines, clean: true }; // missing: start empty
  }
  let clean = bytes.length === 0 || bytes[bytes.length - 1] === NEWLINE;
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    if (end > start) {
      const key = bytes.toString('latin1', start, start + 40);
      if (end > start + 40 && bytes[start + 40] === TAB && KEY.test(key))
        lines.set(key, { start: start + 41, end });
      else clean = false;
    }
    start = end + 1;
  }
  return { bytes, lines, clean };
}

/** A cache in one file; write failures are ignored (it is only a cache). */
export function fileCache(file: string): ExtractionCache {
  const stored = readLines(file);
  const { bytes, lines } = stored;
  let clean = stored.clean;
  const added: string[] = [];
  const json = (value: Stored) =>
    typeof value === 'string' ? value : bytes.toString('utf8', value.start, value.end);
  return {
    has: (key) => lines.has(key),
    get(key) {
      const value = lines.get(key);
      if (value === undefined) return undefined;
      try {
        return JSON.parse(json(value)) as ArticleExtraction;
      } catch {
        lines.delete(key);
        clean = false;
        return undefined;
      }
    },
    set(key, value) {
      const text = JSON.stringify(value);
      lines.set(key, text);
      added.push(`${key}\t${text}\n`);
    },
    flush() {
      if (!added.length) return;
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        if (clean) appendFileSync(file, added.join(''));
        else replaceFile(file, [...lines].map(([key, value]) => `${key}\t${json(value)}\n`).join(''));
        clean = true;
      } catch {
        /* a read-only checkout still builds, only slower */
      }
      added.length = 0;
    },
  };
}

/**
 * The extraction cache for one pipeline version and one set of editorial
 * files: a file `x-<hash>.jsonl` under `root`, and the editorial files as parsed
 * (`e-<hash>.json`). Caches of other versions can never be hit again, so they
 * are removed: the cache does not grow with every edit.
 */
export function versionedCache(root: string, version: string): ExtractionCache {
  const hash = versionHash(version);
  const keep = new Set([`x-${hash}.jsonl`, `e-${hash}.json`]);
  try {
    for (const entry of readdirSync(root))
      if ((entry.startsWith('x-') || entry.startsWith('e-')) && !keep.has(entry))
        rmSync(join(root, entry), { recursive: true, force: true });
  } catch {
    /* no cache folder yet */
  }
  return fileCache(join(root, `x-${hash}.jsonl`));
}

const versionHash = (version: string) =>
  createHash('sha256').update(`${FORMAT}\0${version}`).digest('hex').slice(0, 16);

/**
 * The editorial files as parsed and checked (`parse`), stored for their version:
 * parsing the YAML and checking it costs a rebuild more than reading the result.
 * The value is always the stored JSON's, so a run that parses and one that reads
 * get the same data.
 */
export function cachedEditorial<T>(root: string, version: string, parse: () => T): T {
  const file = join(root, `e-${versionHash(version)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    /* not stored yet (or damaged): parse */
  }
  const text = JSON.stringify(parse());
  try {
    mkdirSync(root, { recursive: true });
    replaceFile(file, text);
  } catch {
    /* only a cache */
  }
  return JSON.parse(text) as T;
}

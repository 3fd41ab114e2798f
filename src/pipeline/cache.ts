/**
 * Content-hash cache of per-article extractions in `.cache/pipeline/`. The key
 * covers the article bytes, the editorial files and the pipeline's fingerprint
 * (fingerprint.ts), so any change that could alter an extraction misses the
 * cache; nothing needs to be invalidated by hand.
 *
 * All extractions of one version live in one JSON file: a rebuild reads one
 * file instead of one per article. It is replaced atomically (temp file +
 * rename) and only when something was added; an unreadable or corrupt file
 * counts as empty, so the run re-extracts and writes a good one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleExtraction } from './extract-article';

export function cacheKey(parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 40);
}

export interface ExtractionCache {
  get(key: string): ArticleExtraction | undefined;
  set(key: string, value: ArticleExtraction): void;
  /** Write what was added since the cache was opened (no-op when nothing was). */
  flush(): void;
}

export const noCache: ExtractionCache = {
  get: () => undefined,
  set: () => undefined,
  flush: () => undefined,
};

/** Bump when the stored layout changes. */
const FORMAT = 1;

interface Stored {
  format: number;
  entries: Record<string, ArticleExtraction>;
}

function readStored(file: string): Record<string, ArticleExtraction> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored?.format === FORMAT && stored.entries && typeof stored.entries === 'object')
      return Object.assign(Object.create(null) as Record<string, ArticleExtraction>, stored.entries);
  } catch {
    /* missing or corrupt: start empty */
  }
  return Object.create(null) as Record<string, ArticleExtraction>;
}

/** Write a file via a temp file and a rename, so a reader never sees half of it. */
export function replaceFile(file: string, content: string): void {
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/** A cache in one file; write failures are ignored (it is only a cache). */
export function fileCache(file: string): ExtractionCache {
  const entries = readStored(file);
  let added = 0;
  return {
    get: (key) => entries[key],
    set(key, value) {
      entries[key] = value;
      added++;
    },
    flush() {
      if (!added) return;
      added = 0;
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        replaceFile(file, JSON.stringify({ format: FORMAT, entries } satisfies Stored));
      } catch {
        /* a read-only checkout still builds, only slower */
      }
    },
  };
}

/**
 * The extraction cache for one pipeline version and one set of editorial
 * files: a file `x-<hash>.json` under `root`. Caches of other versions can
 * never be hit again, so they are removed: the cache does not grow with every
 * edit.
 */
export function versionedCache(root: string, version: string): ExtractionCache {
  const name = `x-${createHash('sha256').update(version).digest('hex').slice(0, 16)}.json`;
  try {
    for (const entry of readdirSync(root))
      if (entry.startsWith('x-') && entry !== name)
        rmSync(join(root, entry), { recursive: true, force: true });
  } catch {
    /* no cache folder yet */
  }
  return fileCache(join(root, name));
}

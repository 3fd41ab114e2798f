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

/** Write a file via a temp file and a rename, so a reader never sees half of it. */
export function replaceFile(file: string, content: string): void {
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/** The stored lines by key, unparsed; `clean` when every line had the layout and the file ended whole. */
function readLines(file: string): { lines: Map<string, string>; clean: boolean } {
  const lines = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { lines, clean: true }; // missing: start empty
  }
  let clean = text === '' || text.endsWith('\n');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const key = line.slice(0, 40);
    if (line[40] === '\t' && KEY.test(key)) lines.set(key, line);
    else clean = false;
  }
  return { lines, clean };
}

/** A cache in one file; write failures are ignored (it is only a cache). */
export function fileCache(file: string): ExtractionCache {
  const stored = readLines(file);
  const lines = stored.lines;
  let clean = stored.clean;
  const added: string[] = [];
  return {
    has: (key) => lines.has(key),
    get(key) {
      const line = lines.get(key);
      if (line === undefined) return undefined;
      try {
        return JSON.parse(line.slice(41)) as ArticleExtraction;
      } catch {
        lines.delete(key);
        clean = false;
        return undefined;
      }
    },
    set(key, value) {
      const line = `${key}\t${JSON.stringify(value)}`;
      lines.set(key, line);
      added.push(`${line}\n`);
    },
    flush() {
      if (!added.length) return;
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        if (clean) appendFileSync(file, added.join(''));
        else replaceFile(file, [...lines.values()].map((l) => `${l}\n`).join(''));
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
 * files: a file `x-<hash>.jsonl` under `root`. Caches of other versions can
 * never be hit again, so they are removed: the cache does not grow with every
 * edit.
 */
export function versionedCache(root: string, version: string): ExtractionCache {
  const hash = createHash('sha256').update(`${FORMAT}\0${version}`).digest('hex').slice(0, 16);
  const name = `x-${hash}.jsonl`;
  try {
    for (const entry of readdirSync(root))
      if (entry.startsWith('x-') && entry !== name)
        rmSync(join(root, entry), { recursive: true, force: true });
  } catch {
    /* no cache folder yet */
  }
  return fileCache(join(root, name));
}

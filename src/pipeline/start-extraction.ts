/**
 * The first step of a run that has work to do: which articles the cache holds
 * and, when some are missing, extraction started beside this thread at once,
 * before the rest of the run's code loads (full-run.ts), so the extraction
 * process or the workers boot while this thread reads the cache and builds.
 */
import { noCache, versionedCache, type ExtractionCache } from './cache';
import type { RunInputs } from './last-run';
import type { WorkerPool } from './parallel';
import type { RunOptions } from './run';

/** Below this many uncached articles, worker threads cost more to start than they save. */
const PARALLEL_FROM = 100;
/**
 * Without the extraction snapshot: from this many cached articles, a run that
 * must extract a few starts one worker at once: it loads the NLP packages and
 * extracts while this thread parses the cached extractions (~0.2 ms per article),
 * so on two cores the wait is the longer of the two, not their sum. Below it, the
 * worker's start-up (~0.1 s) would cost more than the overlap saves.
 */
const OVERLAP_FROM = 500;

export interface StartedRun {
  /** Each article's cache key, in input order. */
  keys: string[];
  cache: ExtractionCache;
  /** How many of the articles the cache holds. */
  stored: number;
  /** Extraction beside this thread, if any; whoever gets it must close it. */
  pool?: WorkerPool;
  workers: number;
}

/**
 * Extraction beside this thread: a process started from the extraction snapshot
 * when few articles need it and the snapshot was built (it boots in ~0.1 s, so it
 * pays even for a handful), otherwise worker threads. Undefined: extract here.
 */
async function startPool(options: RunOptions, stored: number, uncached: number) {
  const threads = options.threads ?? 1;
  if (threads <= 1 || !uncached) return undefined;
  const many = uncached >= (options.parallelFrom ?? PARALLEL_FROM);
  if (!many) {
    const { snapshotBlob, startSnapshotProcess } = await import('./extract-process');
    const blob = snapshotBlob();
    if (blob) return { pool: startSnapshotProcess(blob), workers: 1 };
  }
  const workers = many ? threads : stored >= OVERLAP_FROM ? 1 : 0;
  if (!workers) return undefined;
  return { pool: (await import('./parallel')).startWorkers(workers, uncached), workers };
}

/** `keys`: each article's cache key (`cacheKey([version, file, bytes])`), in input order. */
export async function startExtraction(
  options: RunOptions,
  inputs: RunInputs,
  keys: string[],
): Promise<StartedRun> {
  const { files, version } = inputs;
  const cache = options.cacheDir ? versionedCache(options.cacheDir, version) : noCache;
  const stored = keys.reduce((n, key) => (cache.has(key) ? n + 1 : n), 0);
  const started = await startPool(options, stored, files.length - stored);
  return { keys, cache, stored, workers: started?.workers ?? 0, ...(started ? { pool: started.pool } : {}) };
}

/**
 * Parallel extraction on worker threads. Articles are independent, so they are
 * handed out in small batches from one queue (fast workers take more); results
 * are put back in input order, so the output does not depend on timing.
 *
 * The workers are started first (`startWorkers`) and boot — load the code,
 * the NLP packages and the editorial data — while the main thread parses the
 * articles and builds the shared city index; `run` then hands out the work.
 */
import { Worker } from 'node:worker_threads';
import type { EditorialFiles } from './editorial';
import type { ArticleExtraction } from './extract-article';
import type { Article } from './read-article';

const BATCH = 8;

/** What each worker needs: the editorial files. */
export interface WorkerSetup {
  editorial: EditorialFiles;
}

type Reply = { batch: number; extractions?: ArticleExtraction[]; error?: string };

export interface WorkerPool {
  run(articles: Article[], onDone: (index: number, extraction: ArticleExtraction) => void): Promise<void>;
  close(): Promise<void>;
}

/** `threads` workers (at most one per batch of `articles` articles). */
export function startWorkers(setup: WorkerSetup, threads: number, articles: number): WorkerPool {
  // From the bundle (bundle.ts) the worker entry is a sibling .mjs file; from source, tsx must be registered first.
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './extract-worker.ts' : './extract-worker.mjs', import.meta.url);
  const script = fromSource ? new URL('./extract-worker-boot.mjs', import.meta.url) : entry;
  const count = Math.max(1, Math.min(threads, Math.ceil(articles / BATCH)));
  // A worker that fails while booting is reported by `run`, not as an uncaught error.
  const failures: Error[] = [];
  const workers = Array.from({ length: count }, () => {
    // No inherited preloads (execArgv: []): a benchmark's or profiler's hooks stay in the main thread.
    const worker = new Worker(script, { workerData: { entry: entry.href, ...setup }, execArgv: [] });
    worker.on('error', (err) => failures.push(err));
    return worker;
  });

  async function run(list: Article[], onDone: (index: number, x: ArticleExtraction) => void): Promise<void> {
    if (failures.length) throw failures[0];
    const batches: { start: number; articles: Article[] }[] = [];
    for (let i = 0; i < list.length; i += BATCH)
      batches.push({ start: i, articles: list.slice(i, i + BATCH) });
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              worker.postMessage({ batch, articles: batches[batch].articles });
            };
            worker.on('message', (msg: Reply) => {
              if (msg.error) return reject(new Error(`extraction failed: ${msg.error}`));
              msg.extractions!.forEach((x, k) => onDone(batches[msg.batch].start + k, x));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  }

  return {
    run,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

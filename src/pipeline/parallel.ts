/**
 * Parallel extraction on worker threads. Articles are independent, so they are
 * handed out in small batches from one queue (fast workers take more); results
 * are put back in input order, so the output does not depend on timing.
 *
 * The workers are started first (`startWorkers`) and boot — load the code and
 * the NLP packages — while the main thread parses the editorial files and the
 * articles and builds the shared city index; `run` then sends each worker the
 * parsed editorial data and hands out the work.
 */
import { Worker } from 'node:worker_threads';
import type { Editorial } from './editorial';
import type { ArticleExtraction } from './extract-article';
import type { WorkerRequest } from './extract-worker';
import type { Article } from './read-article';

const BATCH = 8;

type Reply = { batch: number; extractions?: ArticleExtraction[]; error?: string };

/** Extraction elsewhere (worker threads, or a process started from the extraction snapshot). */
export interface WorkerPool {
  run(
    editorial: Editorial,
    articles: Article[],
    onDone: (index: number, extraction: ArticleExtraction) => void,
  ): Promise<void>;
  close(): Promise<void>;
}

/** `threads` workers (at most one per batch of `articles` articles). */
export function startWorkers(threads: number, articles: number): WorkerPool {
  // From the bundle (bundle.ts) the worker entry is a sibling .mjs file; from source, tsx must be registered first.
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './extract-worker.ts' : './extract-worker.mjs', import.meta.url);
  const script = fromSource ? new URL('./extract-worker-boot.mjs', import.meta.url) : entry;
  const count = Math.max(1, Math.min(threads, Math.ceil(articles / BATCH)));
  // A worker that fails while booting is reported by `run`, not as an uncaught error.
  const failures: Error[] = [];
  const workers = Array.from({ length: count }, () => {
    // No inherited preloads (execArgv: []): a benchmark's or profiler's hooks stay in the main thread.
    const worker = new Worker(script, { workerData: { entry: entry.href }, execArgv: [] });
    worker.on('error', (err) => failures.push(err));
    return worker;
  });

  async function run(
    editorial: Editorial,
    list: Article[],
    onDone: (index: number, x: ArticleExtraction) => void,
  ): Promise<void> {
    if (failures.length) throw failures[0];
    const send = (worker: Worker, req: WorkerRequest) => worker.postMessage(req);
    for (const worker of workers) send(worker, { editorial });
    const batches: { start: number; articles: Article[] }[] = [];
    for (let i = 0; i < list.length; i += BATCH)
      batches.push({ start: i, articles: list.slice(i, i + BATCH) });
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              send(worker, { batch, articles: batches[batch].articles });
            };
            worker.on('message', (msg: Reply) => {
              if (msg.error) return reject(new Error(`extraction failed: ${msg.error}`));
              msg.extractions!.forEach((x, k) => onDone(batches[msg.batch].start + k, x));
              sendNext();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
            });
            sendNext();
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

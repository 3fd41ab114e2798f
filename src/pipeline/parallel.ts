/**
 * Parallel extraction on worker threads. Articles are independent, so they are
 * handed out in small batches from one queue (fast workers take more); results
 * are put back in input order, so the output does not depend on timing.
 */
import { Worker } from 'node:worker_threads';
import type { EditorialFiles } from './editorial';
import type { ArticleExtraction } from './extract-article';
import type { Article } from './read-article';

const BATCH = 8;

/** What each worker needs: the editorial files and where the city index is cached. */
export interface WorkerSetup {
  editorial: EditorialFiles;
  cacheDir?: string;
}

export async function extractInParallel(
  articles: Article[],
  setup: WorkerSetup,
  threads: number,
  onDone: (index: number, extraction: ArticleExtraction) => void,
): Promise<void> {
  const batches: { start: number; articles: Article[] }[] = [];
  for (let i = 0; i < articles.length; i += BATCH)
    batches.push({ start: i, articles: articles.slice(i, i + BATCH) });
  let next = 0;
  // From the bundle (bundle.ts) the worker entry is a sibling .mjs file; from source, tsx must be registered first.
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './extract-worker.ts' : './extract-worker.mjs', import.meta.url);
  const script = fromSource ? new URL('./extract-worker-boot.mjs', import.meta.url) : entry;
  // No inherited preloads (execArgv: []): a benchmark's or profiler's hooks stay in the main thread.
  const workers = Array.from(
    { length: Math.max(1, Math.min(threads, batches.length)) },
    () => new Worker(script, { workerData: { entry: entry.href, ...setup }, execArgv: [] }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              worker.postMessage({ batch, articles: batches[batch].articles });
            };
            worker.on(
              'message',
              (msg: { batch: number; extractions?: ArticleExtraction[]; error?: string }) => {
                if (msg.error) return reject(new Error(`extraction failed: ${msg.error}`));
                msg.extractions!.forEach((x, k) => onDone(batches[msg.batch].start + k, x));
                send();
              },
            );
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Worker thread for parallel extraction: loads the NLP packages at once (while
 * the main thread reads the inputs), then takes the parsed editorial data and
 * extracts the articles it is sent, in batches.
 */
import { parentPort } from 'node:worker_threads';
import type { Editorial } from './editorial';
import type { ArticleExtraction } from './extract-article';
import { makeExtractor } from './extractor';
import type { Article } from './read-article';

export type WorkerRequest = { editorial: Editorial } | { batch: number; articles: Article[] };

let extract: ((article: Article) => ArticleExtraction) | undefined;

parentPort!.on('message', (req: WorkerRequest) => {
  if ('editorial' in req) {
    extract = makeExtractor(req.editorial);
    return;
  }
  try {
    parentPort!.postMessage({ batch: req.batch, extractions: req.articles.map((a) => extract!(a)) });
  } catch (err) {
    parentPort!.postMessage({ batch: req.batch, error: (err as Error).stack ?? String(err) });
  }
});

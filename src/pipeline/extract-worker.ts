/**
 * Worker thread for parallel extraction: loads the editorial data and the NLP
 * packages once, then extracts the articles it is sent, in batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseEditorial } from './editorial';
import { extractArticle, type Resources } from './extract-article';
import { loadGazetteer } from './gazetteer';
import type { WorkerSetup } from './parallel';
import { compileRegistry } from './people';
import type { Article } from './read-article';
import { compileTopics } from './topics';

export interface WorkerRequest {
  batch: number;
  articles: Article[];
}

const setup = workerData as WorkerSetup;
const editorial = parseEditorial(setup.editorial);
const res: Resources = {
  gazetteer: () => loadGazetteer(editorial.places),
  registry: compileRegistry(editorial.people),
  topics: compileTopics(editorial.topics),
};

parentPort!.on('message', (req: WorkerRequest) => {
  try {
    parentPort!.postMessage({
      batch: req.batch,
      extractions: req.articles.map((a) => extractArticle(a, res)),
    });
  } catch (err) {
    parentPort!.postMessage({ batch: req.batch, error: (err as Error).stack ?? String(err) });
  }
});

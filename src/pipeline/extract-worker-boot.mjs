/**
 * Entry of an extraction worker thread. The pipeline is TypeScript run by tsx;
 * tsx's loader is not inherited by worker threads, so the worker registers it
 * itself before importing the real worker module.
 */
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);

/**
 * npm run dev: build the dataset, start the Vite dev server, and rebuild the
 * dataset whenever an article in seeds/ or a file in editorial/ changes; the
 * browser reloads when the dataset's bytes change. A bad article is reported
 * and the last good dataset keeps being served.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { createServer } from 'vite';
import { formatSummary, runPipeline } from '../src/pipeline/run';

const SEEDS = 'seeds';
const EDITORIAL = 'editorial';
const OUT = 'public/data/dataset.json';
const DEBOUNCE_MS = 150;

async function preprocess(): Promise<boolean> {
  const result = await runPipeline({
    seedsDir: SEEDS,
    outFile: OUT,
    editorialDir: EDITORIAL,
    cacheDir: '.cache/pipeline',
  });
  for (const w of result.warnings) console.warn(`preprocess: warning: ${w}`);
  if (!result.ok) {
    console.error(`preprocess: ${result.error}\npreprocess: the previous dataset is still served.`);
    return false;
  }
  console.log(formatSummary(result.summary, result.warnings.length, OUT));
  return !result.summary.unchanged;
}

await preprocess();
// PORT overrides the config's dev port (several checkouts on one machine).
const server = await createServer(process.env.PORT ? { server: { port: Number(process.env.PORT) } } : {});
await server.listen();
server.printUrls();

/** Rebuilds never overlap: a change during a run schedules one more run after it. */
let timer: NodeJS.Timeout | undefined;
let running = false;
let again = false;
async function rebuild(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    if (await preprocess()) server.ws.send({ type: 'full-reload' });
  } finally {
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  }
}
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
}

const watchers: FSWatcher[] = [SEEDS, EDITORIAL]
  .filter((dir) => existsSync(dir))
  .map((dir) => watch(dir, { recursive: true }, schedule));
console.log(`preprocess: watching ${SEEDS}/ and ${EDITORIAL}/`);

async function shutdown(): Promise<void> {
  for (const w of watchers) w.close();
  clearTimeout(timer);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

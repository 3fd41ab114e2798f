/**
 * npm run preprocess [-- --seeds DIR --out FILE --editorial DIR --no-cache --threads N]
 * Articles in seeds/ → public/data/dataset.json, validated and written atomically.
 * Exits 1 naming the file and the reason on bad input; the previous dataset stays.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { formatSummary, runPipeline } from '../src/pipeline/run';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data/dataset.json' },
    editorial: { type: 'string', default: 'editorial' },
    cache: { type: 'string', default: '.cache/pipeline' },
    'no-cache': { type: 'boolean', default: false },
    /** Worker threads for large corpora (default: one per core); 1 disables them. */
    threads: { type: 'string', default: String(availableParallelism()) },
    /** Use threads from this many uncached articles on. */
    'parallel-from': { type: 'string' },
  },
});

/** A progress line on a terminal, for corpora large enough to wait for. */
const PROGRESS_FROM = 50;
const tty = process.stderr.isTTY;
let lastDraw = 0;
function progress(done: number, total: number): void {
  if (!tty || total < PROGRESS_FROM) return;
  const now = Date.now();
  if (done < total && now - lastDraw < 100) return;
  lastDraw = now;
  process.stderr.write(`\rpreprocess: ${done}/${total} articles${done === total ? '\n' : ''}`);
}

const result = await runPipeline({
  seedsDir: values.seeds!,
  outFile: values.out!,
  editorialDir: values.editorial,
  cacheDir: values['no-cache'] ? false : values.cache,
  onProgress: progress,
  threads: Math.max(1, Number(values.threads) || 1),
  ...(values['parallel-from'] ? { parallelFrom: Number(values['parallel-from']) } : {}),
});
for (const w of result.warnings) console.warn(`preprocess: warning: ${w}`);
if (!result.ok) {
  console.error(
    `preprocess: ${result.error}\npreprocess: nothing was written; the previous dataset was left in place.`,
  );
  process.exit(1);
}
console.log(formatSummary(result.summary, result.warnings.length, values.out!));

/**
 * The preprocess command (scripts/preprocess.ts runs it, normally from the
 * pre-built bundle, see bundle.ts):
 * npm run preprocess [-- --seeds DIR --out FILE --editorial DIR --cache DIR --no-cache --threads N --split-sources]
 * Articles in seeds/ → public/data/dataset.json, validated and written atomically.
 * Returns 1 after naming the file and the reason on bad input; the previous dataset stays.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { formatSummary, runPipeline } from './run';

/** A progress line on a terminal, for corpora large enough to wait for. */
const PROGRESS_FROM = 50;

function progressLine(): (done: number, total: number) => void {
  let lastDraw = 0;
  return (done, total) => {
    if (!process.stderr.isTTY || total < PROGRESS_FROM) return;
    const now = Date.now();
    if (done < total && now - lastDraw < 100) return;
    lastDraw = now;
    process.stderr.write(`\rpreprocess: ${done}/${total} articles${done === total ? '\n' : ''}`);
  };
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
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
      /** Each source's text in its own file beside the dataset (docs/data-format.md, "Source files"). */
      'split-sources': { type: 'boolean', default: false },
    },
  });
  const result = await runPipeline({
    seedsDir: values.seeds!,
    outFile: values.out!,
    editorialDir: values.editorial,
    cacheDir: values['no-cache'] ? false : values.cache,
    onProgress: progressLine(),
    threads: Math.max(1, Number(values.threads) || 1),
    splitSources: values['split-sources'],
    ...(values['parallel-from'] ? { parallelFrom: Number(values['parallel-from']) } : {}),
  });
  for (const w of result.warnings) console.warn(`preprocess: warning: ${w}`);
  if (!result.ok) {
    console.error(
      `preprocess: ${result.error}\npreprocess: nothing was written; the previous dataset was left in place.`,
    );
    return 1;
  }
  console.log(formatSummary(result.summary, result.warnings.length, values.out!));
  return 0;
}

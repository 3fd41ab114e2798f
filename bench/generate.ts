/**
 * The synthetic generators, and a CLI for using them by hand:
 *   npx tsx bench/generate.ts --events 10000 [--seed 1] [--split] --out /tmp/dataset.json
 *   npx tsx bench/generate.ts --articles 1000 [--seed 1] --out /tmp/corpus
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateCorpus, writeCorpus } from './generate-corpus';
import type { Dataset } from '../src/data/schema';
import { serializeDataset } from '../src/data/serialize-dataset';
import { writeDataset } from '../src/pipeline/write';
import { generateDataset } from './generate-dataset';
import { loadTaxonomy } from './taxonomy';

export { generateDataset, type DatasetOptions } from './generate-dataset';
export { formatArticle, generateCorpus, writeCorpus, type SyntheticArticle } from './generate-corpus';

/**
 * The benchmark's dataset, as the pipeline ships one (data format version 2): `data/dataset.json`
 * in `dir` with each source's text in `data/sources/`, and a `.gz` copy of each file for the
 * server to send. In the pipeline's layout (`serializeDataset`), which the app reads as it arrives.
 */
export function writeBenchDataset(dir: string, data: Dataset): void {
  writeDataset(join(dir, 'data/dataset.json'), data, { split: true, gzip: true });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      /** Split form: each source's text in `sources/` beside the output (what the pipeline writes). */
      split: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  if (!values.out || !values.events === !values.articles || !Number.isInteger(seed)) {
    console.error('usage: generate.ts (--events N | --articles N) [--seed S] --out PATH');
    process.exit(2);
  }
  if (values.events) {
    const data = generateDataset({ events: Number(values.events), seed, topics: loadTaxonomy().topics });
    if (values.split) writeDataset(values.out, data, { split: true });
    else writeFileSync(values.out, serializeDataset(data));
    console.log(`${data.events.length} events, ${data.sources.length} sources → ${values.out}`);
  } else {
    const articles = generateCorpus({ articles: Number(values.articles), seed });
    writeCorpus(values.out, articles);
    console.log(`${articles.length} articles → ${values.out}/`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

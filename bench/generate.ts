/**
 * The synthetic generators, and a CLI for using them by hand:
 *   npx tsx bench/generate.ts --events 10000 [--seed 1] --out /tmp/dataset.json
 *   npx tsx bench/generate.ts --articles 1000 [--seed 1] --out /tmp/corpus
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateCorpus, writeCorpus } from './generate-corpus';
import { generateDataset } from './generate-dataset';
import { loadTaxonomy } from './taxonomy';

export { generateDataset, type DatasetOptions } from './generate-dataset';
export { formatArticle, generateCorpus, writeCorpus, type SyntheticArticle } from './generate-corpus';

function main(): void {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const seed = Number(values.seed);
  if (!values.out || !values.events === !values.articles || !Number.isInteger(seed)) {
    console.error('usage: generate.ts (--events N | --articles N) [--seed S] --out PATH');
    process.exit(2);
  }
  if (values.events) {
    const data = generateDataset({ events: Number(values.events), seed, topics: loadTaxonomy().topics });
    writeFileSync(values.out, JSON.stringify(data));
    console.log(`${data.events.length} events, ${data.sources.length} sources → ${values.out}`);
  } else {
    const articles = generateCorpus({ articles: Number(values.articles), seed });
    writeCorpus(values.out, articles);
    console.log(`${articles.length} articles → ${values.out}/`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

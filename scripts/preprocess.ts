/**
 * npm run preprocess [-- --seeds DIR --out FILE]
 * Reads every article in seeds/, validates, writes public/data/dataset.json atomically.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleError, decodeUtf8, parseArticle, type Article } from '../src/pipeline/read-article';
import { dataset, describeIssues, SCHEMA_VERSION, type Dataset } from '../src/data/schema';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data/dataset.json' },
  },
});

function readArticles(dir: string): Article[] {
  const files = readdirSync(dir)
    .filter((f) => ['.md', '.txt'].includes(extname(f)))
    .sort();
  const seen = new Map<string, string>();
  return files.map((name) => {
    const file = join(dir, name);
    const article = parseArticle(file, decodeUtf8(file, readFileSync(file)), basename(name, extname(name)));
    const other = seen.get(article.id);
    if (other) throw new ArticleError(file, `duplicate id "${article.id}" (also in ${other})`);
    seen.set(article.id, file);
    return article;
  });
}

function main(): void {
  let articles: Article[];
  try {
    articles = readArticles(values.seeds!);
  } catch (err) {
    if (err instanceof ArticleError) {
      console.error(`preprocess: ${err.message}\npreprocess: the previous dataset was left in place.`);
      process.exit(1);
    }
    throw err;
  }
  const data: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    sources: articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      language: a.language,
      ...(a.url ? { url: a.url } : {}),
      ...(a.byline ? { byline: a.byline } : {}),
      ...(a.note ? { note: a.note } : {}),
      text: a.text,
      sentences: [],
    })),
    places: [],
    people: [],
    topics: [],
    events: [],
  };
  const checked = dataset.safeParse(data);
  if (!checked.success) {
    console.error(`preprocess: the dataset failed validation:\n${describeIssues(checked.error)}`);
    process.exit(1);
  }
  const out = values.out!;
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 1) + '\n');
  renameSync(tmp, out);
  console.log(`preprocess: ${articles.length} articles → ${out}`);
}

main();

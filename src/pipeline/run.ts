/**
 * The whole pipeline as one function, so the CLI (scripts/preprocess.ts), the
 * dev watcher and the tests run exactly the same thing:
 * read + validate articles → extract each (cached) → merge → overrides →
 * validate against the shared schema → write atomically (temp file + rename).
 * Any bad input stops the run before anything is written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { dataset, describeIssues } from '../data/schema';
import { buildDataset } from './build-dataset';
import { cacheKey, diskCache, noCache, pipelineFingerprint } from './cache';
import { EditorialError, parseEditorial, type Editorial, type EditorialFiles } from './editorial';
import type { ArticleExtraction, Resources } from './extract-article';
import { applyOverrides } from './overrides';
import { ArticleError, decodeUtf8, parseArticle, type Article } from './read-article';
import { compileTopics } from './topics';

export interface RunOptions {
  seedsDir: string;
  outFile: string;
  /** Folder with people.yaml, topics.yaml, places.yaml, overrides.yaml; missing files count as empty. */
  editorialDir?: string;
  /** Folder for the extraction cache; `false` disables it. */
  cacheDir?: string | false;
  /** Called after each article, for a progress line. */
  onProgress?(done: number, total: number): void;
}

export interface RunSummary {
  articles: number;
  events: number;
  places: number;
  people: number;
  topics: number;
  cached: number;
  /** The output already had these exact bytes, so it was not rewritten. */
  unchanged: boolean;
}

export type RunResult =
  { ok: true; summary: RunSummary; warnings: string[] } | { ok: false; error: string; warnings: string[] };

const EDITORIAL_FILES = ['people.yaml', 'topics.yaml', 'places.yaml', 'overrides.yaml'] as const;

export function readEditorial(dir: string | undefined): { editorial: Editorial; raw: string } {
  const files: EditorialFiles = {};
  let raw = '';
  for (const name of EDITORIAL_FILES) {
    const file = dir ? join(dir, name) : '';
    if (file && existsSync(file)) {
      files[name] = readFileSync(file, 'utf8');
      raw += `${name}\0${files[name]}\0`;
    }
  }
  try {
    return { editorial: parseEditorial(files), raw };
  } catch (err) {
    if (err instanceof EditorialError && dir) throw new EditorialError(join(dir, err.file), err.reason);
    throw err;
  }
}

interface ReadArticle {
  article: Article;
  bytes: Uint8Array;
}

export function readArticles(dir: string): ReadArticle[] {
  if (!existsSync(dir)) throw new ArticleError(dir, 'the articles folder does not exist');
  const names = readdirSync(dir)
    .filter((f) => ['.md', '.txt'].includes(extname(f)))
    .sort();
  const seen = new Map<string, string>();
  return names.map((name) => {
    const file = join(dir, name);
    const bytes = readFileSync(file);
    const article = parseArticle(file, decodeUtf8(file, bytes), basename(name, extname(name)));
    const other = seen.get(article.id);
    if (other) throw new ArticleError(file, `duplicate id "${article.id}" (also in ${other})`);
    seen.set(article.id, file);
    return { article, bytes };
  });
}

/**
 * The extraction code and its NLP packages (compromise, chrono-node, the
 * gazetteer) load only when an article misses the cache: a rebuild from cache
 * skips them entirely.
 */
async function loadExtractor(editorial: Editorial) {
  const [{ extractArticle }, { loadGazetteer }, { compileRegistry }] = await Promise.all([
    import('./extract-article'),
    import('./gazetteer'),
    import('./people'),
  ]);
  const res: Resources = {
    gazetteer: () => loadGazetteer(editorial.places),
    registry: compileRegistry(editorial.people),
    topics: compileTopics(editorial.topics),
  };
  return (article: Article) => extractArticle(article, res);
}

/** Serialize with a fixed layout; key order follows object construction, which is deterministic. */
export function serializeDataset(data: unknown): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

export function writeAtomically(file: string, content: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
  return true;
}

export async function runPipeline(options: RunOptions): Promise<RunResult> {
  const warnings: string[] = [];
  let editorial: { editorial: Editorial; raw: string };
  let articles: ReadArticle[];
  try {
    editorial = readEditorial(options.editorialDir);
    articles = readArticles(options.seedsDir);
  } catch (err) {
    if (err instanceof ArticleError || err instanceof EditorialError)
      return { ok: false, error: err.message, warnings };
    throw err;
  }

  const cache = options.cacheDir ? diskCache(options.cacheDir) : noCache;
  const fingerprint = pipelineFingerprint();
  let extract: ((article: Article) => ArticleExtraction) | undefined;
  let cached = 0;
  const extractions: ArticleExtraction[] = [];
  for (const [i, { article, bytes }] of articles.entries()) {
    const key = cacheKey([fingerprint, editorial.raw, article.file, bytes]);
    let x = cache.get(key);
    if (x) cached++;
    else {
      extract ??= await loadExtractor(editorial.editorial);
      x = extract(article);
      cache.set(key, x);
    }
    options.onProgress?.(i + 1, articles.length);
    extractions.push(x);
  }
  for (const x of extractions) warnings.push(...x.warnings);

  const built = buildDataset(extractions, compileTopics(editorial.editorial.topics).topics);
  const { data, warnings: overrideWarnings } = applyOverrides(built, editorial.editorial.overrides);
  warnings.push(...overrideWarnings);
  const checked = dataset.safeParse(data);
  if (!checked.success) {
    return { ok: false, error: `the dataset failed validation:\n${describeIssues(checked.error)}`, warnings };
  }
  const unchanged = !writeAtomically(options.outFile, serializeDataset(data));
  return {
    ok: true,
    warnings,
    summary: {
      articles: data.sources.length,
      events: data.events.length,
      places: data.places.length,
      people: data.people.length,
      topics: data.topics.length,
      cached,
      unchanged,
    },
  };
}

/** The one summary line printed at the end of every run. */
export function formatSummary(s: RunSummary, warnings: number, out: string): string {
  return (
    `preprocess: ${s.articles} articles, ${s.events} events, ${s.places} places, ${s.people} people, ` +
    `${s.topics} topics, ${warnings} warnings → ${out}${s.unchanged ? ' (unchanged)' : ''}` +
    (s.cached ? ` [${s.cached} from cache]` : '')
  );
}

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
import { cacheKey, noCache, pipelineFingerprint, versionedCache } from './cache';
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
  /** Worker threads for extraction (default 1: none). */
  threads?: number;
  /** Use threads only from this many uncached articles on (start-up costs ~1 s per thread). */
  parallelFrom?: number;
}

const PARALLEL_FROM = 100;

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

export function readEditorial(dir: string | undefined): {
  editorial: Editorial;
  files: EditorialFiles;
  raw: string;
} {
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
    return { editorial: parseEditorial(files), files, raw };
  } catch (err) {
    if (err instanceof EditorialError && dir) throw new EditorialError(join(dir, err.file), err.reason);
    throw err;
  }
}

interface ArticleFile {
  file: string;
  bytes: Uint8Array;
}

/** The article files of a folder (`.md`, `.txt`), sorted by name, with their bytes. */
export function listArticles(dir: string): ArticleFile[] {
  if (!existsSync(dir)) throw new ArticleError(dir, 'the articles folder does not exist');
  return readdirSync(dir)
    .filter((f) => ['.md', '.txt'].includes(extname(f)))
    .sort()
    .map((name) => ({ file: join(dir, name), bytes: readFileSync(join(dir, name)) }));
}

export function parseArticleFile({ file, bytes }: ArticleFile): Article {
  return parseArticle(file, decodeUtf8(file, bytes), basename(file, extname(file)));
}

/** Two files with one id: the second one named is the error. */
function checkDuplicateIds(files: ArticleFile[], ids: string[]): void {
  const seen = new Map<string, string>();
  ids.forEach((id, i) => {
    const other = seen.get(id);
    if (other) throw new ArticleError(files[i].file, `duplicate id "${id}" (also in ${other})`);
    seen.set(id, files[i].file);
  });
}

/**
 * The extraction code and its NLP packages (compromise, chrono-node, the
 * gazetteer) load only when an article misses the cache: a rebuild from cache
 * skips them entirely.
 */
async function loadExtractor(editorial: Editorial, cacheDir: string | undefined) {
  const [{ extractArticle }, { loadGazetteer }, { compileRegistry }] = await Promise.all([
    import('./extract-article'),
    import('./gazetteer'),
    import('./people'),
  ]);
  const res: Resources = {
    gazetteer: () => loadGazetteer(editorial.places, cacheDir),
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
  let editorial: ReturnType<typeof readEditorial>;
  let files: ArticleFile[];
  let cache = noCache;
  let keys: string[];
  let extractions: (ArticleExtraction | undefined)[];
  let missing: number[];
  const articles: Article[] = [];
  try {
    editorial = readEditorial(options.editorialDir);
    files = listArticles(options.seedsDir);
    const version = `${pipelineFingerprint()}\0${editorial.raw}`;
    if (options.cacheDir) cache = versionedCache(options.cacheDir, version);
    keys = files.map(({ file, bytes }) => cacheKey([version, file, bytes]));
    // A cached extraction stands for a file with these exact bytes that parsed before: only the rest is parsed.
    extractions = keys.map((key) => cache.get(key));
    missing = extractions.flatMap((x, i) => (x ? [] : [i]));
    for (const i of missing) articles[i] = parseArticleFile(files[i]);
    checkDuplicateIds(
      files,
      files.map((_, i) => extractions[i]?.source.id ?? articles[i].id),
    );
  } catch (err) {
    if (err instanceof ArticleError || err instanceof EditorialError)
      return { ok: false, error: err.message, warnings };
    throw err;
  }
  const cached = files.length - missing.length;
  let done = cached;
  const store = (i: number, x: ArticleExtraction) => {
    extractions[i] = x;
    cache.set(keys[i], x);
    options.onProgress?.(++done, files.length);
  };
  const threads = options.threads ?? 1;
  let parallel = threads > 1 && missing.length >= (options.parallelFrom ?? PARALLEL_FROM);
  if (parallel) {
    const { extractInParallel } = await import('./parallel');
    const batch = missing.map((i) => articles[i]);
    try {
      const cacheDir = options.cacheDir || undefined;
      await extractInParallel(batch, { editorial: editorial.files, cacheDir }, threads, (k, x) =>
        store(missing[k], x),
      );
    } catch (err) {
      warnings.push(
        `parallel extraction failed, continuing on one thread (${(err as Error).message.split('\n')[0]})`,
      );
      parallel = false;
    }
  }
  if (!parallel) {
    const extract = missing.some((i) => !extractions[i])
      ? await loadExtractor(editorial.editorial, options.cacheDir || undefined)
      : undefined;
    for (const i of missing) if (!extractions[i]) store(i, extract!(articles[i]));
  }
  const all = extractions as ArticleExtraction[];
  for (const x of all) warnings.push(...x.warnings);

  const built = buildDataset(all, compileTopics(editorial.editorial.topics).topics);
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

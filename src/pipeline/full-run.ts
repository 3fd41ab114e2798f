/**
 * The part of a run after its inputs are known to have changed: parse the
 * editorial files and the uncached articles, extract (in-process, or on worker
 * threads for many uncached articles), merge, apply overrides, validate
 * against the shared schema (with the app's zod-free validator) and write
 * atomically. Loaded by run.ts only when the run cannot be short-circuited, so
 * an unchanged run never loads yaml or the NLP packages.
 */
import { basename, extname, join } from 'node:path';
import { validateDataset } from '../data/validate';
import { formatIssues } from '../data/validate-kit';
import { DatasetBuilder } from './build-dataset';
import { cachedEditorial, type ExtractionCache } from './cache';
import { EditorialError, parseEditorial, type Editorial, type EditorialFiles } from './editorial';
import type { ArticleExtraction } from './extract-article';
import type { RunInputs } from './last-run';
import { applyOverrides } from './overrides';
import { ArticleError, decodeUtf8, parseArticle, type Article } from './read-article';
import type { RunOptions, RunResult } from './run';
import type { StartedRun } from './start-extraction';
import { writeDataset, type WriteOptions, type WrittenFile } from './write';
import { topicList } from './topics';

export function parseEditorialIn(dir: string | undefined, files: EditorialFiles): Editorial {
  try {
    return parseEditorial(files);
  } catch (err) {
    if (err instanceof EditorialError && dir) throw new EditorialError(join(dir, err.file), err.reason);
    throw err;
  }
}

function parseArticleFile({ file, bytes }: { file: string; bytes: Uint8Array }): Article {
  return parseArticle(file, decodeUtf8(file, bytes), basename(file, extname(file)));
}

/** Two files with one id: the second one named is the error. */
function checkDuplicateIds(files: { file: string }[], ids: string[]): void {
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
async function loadExtractor(editorial: Editorial) {
  return (await import('./extractor')).makeExtractor(editorial);
}

/**
 * The result, and on success every file the write left (`previous`: those of the last run, beside
 * the same dataset file, which the write keeps where they are intact and their content unchanged).
 */
export async function fullRun(
  options: RunOptions,
  inputs: RunInputs & { editorialFiles: EditorialFiles },
  started: StartedRun,
  previous?: readonly WrittenFile[],
): Promise<{ result: RunResult; files?: WrittenFile[] }> {
  const warnings: string[] = [];
  const { files, version } = inputs;
  // The extraction beside this thread (if any) started before this module loaded (start-extraction.ts).
  const { keys, cache, stored, pool, workers } = started;
  // A cached extraction stands for a file with these exact bytes that parsed before: only the rest is parsed.
  const missing = keys.flatMap((key, i) => (cache.has(key) ? [] : [i]));
  const extractions: (ArticleExtraction | undefined)[] = [];
  const articles: Article[] = [];
  try {
    let editorial: Editorial;
    try {
      const parse = () => parseEditorialIn(options.editorialDir, inputs.editorialFiles);
      editorial = options.cacheDir ? cachedEditorial(options.cacheDir, version, parse) : parse();
      for (const i of missing) articles[i] = parseArticleFile(files[i]);
    } catch (err) {
      if (err instanceof ArticleError || err instanceof EditorialError)
        return { result: { ok: false, error: err.message, warnings } };
      throw err;
    }
    let done = stored;
    const store = (i: number, x: ArticleExtraction) => {
      extractions[i] = x;
      cache.set(keys[i], x);
      options.onProgress?.(++done, files.length);
    };
    // The uncached articles are sent off first; the cached extractions are parsed while they are extracted.
    let extracting: Promise<Error | undefined> | undefined;
    if (pool) {
      // On first use, built once here (while the workers boot), not by every worker.
      if (workers > 1) (await import('./city-index')).readIndex();
      extracting = pool
        .run(
          editorial,
          missing.map((i) => articles[i]),
          (k, x) => store(missing[k], x),
        )
        .then(
          () => undefined,
          (err: Error) => err,
        );
    }
    // A stored line that no longer parses counts as missing too: its article is extracted here.
    const broken: number[] = [];
    keys.forEach((key, i) => {
      if (articles[i]) return;
      const x = cache.get(key);
      if (x) extractions[i] = x;
      else broken.push(i);
    });
    try {
      for (const i of broken) articles[i] = parseArticleFile(files[i]);
      checkDuplicateIds(
        files,
        files.map((_, i) => extractions[i]?.source.id ?? articles[i].id),
      );
    } catch (err) {
      if (err instanceof ArticleError) return { result: { ok: false, error: err.message, warnings } };
      throw err;
    }
    // The dataset is built in source id order; the articles before the first new one are added while
    // the new ones are extracted (all of them when those sort last, as dated or numbered names do).
    const idOf = (i: number) => extractions[i]?.source.id ?? articles[i].id;
    const order = files.map((_, i) => i).sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
    const builder = new DatasetBuilder();
    let next = 0;
    if (extracting)
      for (; next < order.length && extractions[order[next]]; next++) builder.add(extractions[order[next]]!);
    const failed = await extracting;
    if (failed)
      warnings.push(
        `parallel extraction failed, continuing on one thread (${failed.message.split('\n')[0]})`,
      );
    const cached = stored - broken.length;
    const left = [...missing, ...broken].filter((i) => !extractions[i]);
    if (left.length) {
      const extract = await loadExtractor(editorial);
      for (const i of left) store(i, extract(articles[i]));
    }
    for (; next < order.length; next++) builder.add(extractions[order[next]]!);
    // A source file's bytes follow from its extraction, so the extraction's cache key is its key.
    const write = { previous, sourceKeys: order.map((i) => keys[i]) };
    return finish(
      options,
      cache,
      extractions as ArticleExtraction[],
      builder,
      editorial,
      cached,
      warnings,
      write,
    );
  } finally {
    await pool?.close();
  }
}

/** Merge, apply overrides, validate and write: the part every non-short-circuited run shares. */
function finish(
  options: RunOptions,
  cache: ExtractionCache,
  all: ArticleExtraction[],
  builder: DatasetBuilder,
  editorial: Editorial,
  cached: number,
  warnings: string[],
  write: Pick<WriteOptions, 'previous' | 'sourceKeys'>,
): { result: RunResult; files?: WrittenFile[] } {
  cache.flush();
  for (const x of all) warnings.push(...x.warnings);

  const built = builder.build(topicList(editorial.topics));
  const { data, warnings: overrideWarnings } = applyOverrides(built, editorial.overrides);
  warnings.push(...overrideWarnings);
  // The app's validator: the zod schema's checks and messages (validate.test.ts holds them to the
  // same verdicts) at a fraction of zod's time on thousands of events.
  const checked = validateDataset(data);
  if (!checked.ok) {
    return {
      result: {
        ok: false,
        error: `the dataset failed validation:\n${formatIssues(checked.issues)}`,
        warnings,
      },
    };
  }
  const { files, unchanged } = writeDataset(options.outFile, data, { split: options.splitSources, ...write });
  return {
    files,
    result: {
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
    },
  };
}

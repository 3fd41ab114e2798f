/**
 * One article's extraction with the editorial data compiled once: what the
 * in-process run, the worker threads and the extraction snapshot all call, from
 * the parsed editorial (so only the main thread parses the YAML).
 */
import type { Editorial } from './editorial';
import { extractArticle, type ArticleExtraction, type Resources } from './extract-article';
import { loadGazetteer } from './gazetteer';
import { compileRegistry } from './people';
import type { Article } from './read-article';
import { compileTopics } from './topics';

export function makeExtractor(editorial: Editorial): (article: Article) => ArticleExtraction {
  const res: Resources = {
    // Lazy: only articles missing from the cache need the gazetteer.
    gazetteer: () => loadGazetteer(editorial.places),
    registry: compileRegistry(editorial.people),
    topics: compileTopics(editorial.topics),
  };
  return (article) => extractArticle(article, res);
}

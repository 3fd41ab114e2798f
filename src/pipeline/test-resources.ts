/**
 * Test helper: the real editorial files and gazetteer, loaded once per test
 * file, so tests exercise the data the pipeline ships with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEditorial, type Editorial } from './editorial';
import type { Resources } from './extract-article';
import { loadGazetteer } from './gazetteer';
import { compileRegistry } from './people';
import { compileTopics } from './topics';

export const ROOT = join(fileURLToPath(import.meta.url), '../../..');
export const EDITORIAL_DIR = join(ROOT, 'editorial');
export const SEEDS_DIR = join(ROOT, 'seeds');

let editorial: Editorial | undefined;
export function shippedEditorial(): Editorial {
  const read = (name: string) => readFileSync(join(EDITORIAL_DIR, name), 'utf8');
  editorial ??= parseEditorial({
    'people.yaml': read('people.yaml'),
    'topics.yaml': read('topics.yaml'),
    'places.yaml': read('places.yaml'),
    'overrides.yaml': read('overrides.yaml'),
  });
  return editorial;
}

export function shippedResources(): Resources {
  const e = shippedEditorial();
  return {
    gazetteer: () => loadGazetteer(e.places),
    registry: compileRegistry(e.people),
    topics: compileTopics(e.topics),
  };
}

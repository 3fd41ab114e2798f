/**
 * The split form of a dataset (version 2): the dataset file keeps everything the panels need at
 * start (events with their quotes, people, places, topics, each source's metadata) and each
 * source's text and sentences go into a file of its own beside it, named by the source's `file`.
 * Pure: the pipeline and the benchmark write what this returns. No Node APIs here.
 */
import type { Dataset, DatasetSource, SourceFile } from './schema';
import { SCHEMA_VERSION } from './vocabulary';

export interface SplitDataset {
  dataset: Dataset;
  /** Paths relative to the dataset file (`sources/<id>.json`), in source order. */
  files: { path: string; content: SourceFile }[];
}

/** The folder beside the dataset file that holds the source files. */
export const SOURCES_DIR = 'sources';

/**
 * `sources/<id>.json`, the id reduced to characters safe in any file system and URL; ids that
 * collide once reduced (or differ only in case) get their position appended.
 */
function fileNames(ids: string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id, i) => {
    let name = id.replace(/[^A-Za-z0-9_-]/g, '_') || `source-${i}`;
    if (taken.has(name.toLowerCase())) name = `${name}-${i}`;
    taken.add(name.toLowerCase());
    return `${SOURCES_DIR}/${name}.json`;
  });
}

/** Every inline source's text moved to its own file; sources already in a file stay as they are. */
export function splitSources(data: Dataset): SplitDataset {
  const names = fileNames(data.sources.map((s) => s.id));
  const files: SplitDataset['files'] = [];
  const sources = data.sources.map((s, i): DatasetSource => {
    if (s.text === undefined || s.sentences === undefined) return s;
    const { text, sentences, ...meta } = s;
    files.push({ path: names[i], content: { schemaVersion: SCHEMA_VERSION, source: s.id, text, sentences } });
    return { ...meta, file: names[i] };
  });
  return { dataset: { ...data, schemaVersion: SCHEMA_VERSION, sources }, files };
}

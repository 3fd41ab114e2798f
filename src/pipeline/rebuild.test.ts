/**
 * A rebuild that adds articles to a cached corpus builds the dataset from the
 * cached articles while the new ones are extracted beside it (full-run.ts), in
 * the process started from the extraction snapshot: its bytes must be those of
 * a run from nothing, its source files too (split, as `npm run preprocess`
 * writes it), though it serialises only the new articles' files and keeps the
 * rest (write.ts). Runs the real command (scripts/preprocess.mjs, from the
 * bundle), as `npm run preprocess` does.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatArticle, generateCorpus, writeCorpus } from '../../bench/generate-corpus';
import { ROOT } from './test-resources';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pipeline-rebuild-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function preprocess(out: string, ...args: string[]) {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [
      join(ROOT, 'scripts/preprocess.mjs'),
      '--split-sources',
      '--seeds',
      join(dir, 'seeds'),
      '--out',
      join(dir, out, 'dataset.json'),
      ...args,
    ],
    { cwd: ROOT },
  );
  expect(stderr).not.toMatch(/extraction failed/);
  return stdout;
}

/** The dataset file and its source files, by path. */
function output(folder: string): Record<string, string> {
  const files: Record<string, string> = {
    'dataset.json': readFileSync(join(dir, folder, 'dataset.json'), 'utf8'),
  };
  for (const name of readdirSync(join(dir, folder, 'sources')))
    files[`sources/${name}`] = readFileSync(join(dir, folder, 'sources', name), 'utf8');
  return files;
}

/** The same corpus from nothing: no cache, extracted on this thread. */
async function fromNothing(): Promise<Record<string, string>> {
  rmSync(join(dir, 'fresh'), { recursive: true, force: true });
  await preprocess('fresh', '--no-cache', '--threads', '1');
  return output('fresh');
}

describe('a rebuild after adding articles to a cached corpus', () => {
  it('writes the bytes of a run from nothing, whether the new article sorts last or in between', async () => {
    const seeds = join(dir, 'seeds');
    writeCorpus(seeds, generateCorpus({ articles: 12, seed: 5 }));
    const cached = ['--cache', join(dir, 'cache'), '--threads', '2'];
    await preprocess('out', ...cached);

    // Sorts after every cached article: the whole corpus is built while it is extracted.
    writeCorpus(seeds, generateCorpus({ articles: 1, seed: 5, offset: 12 }));
    expect(await preprocess('out', ...cached)).toMatch(/13 articles, .*\[12 from cache\]/);
    const expected = await fromNothing();
    expect(Object.keys(expected)).toHaveLength(14);
    expect(output('out')).toEqual(expected);

    // Sorts between cached articles: the rest are added after it. A cached article's source
    // file edited by hand meanwhile is written again.
    const [between] = generateCorpus({ articles: 1, seed: 5, offset: 40 });
    writeFileSync(join(seeds, 'bench-000005b.md'), formatArticle({ ...between, id: 'bench-000005b' }));
    expect(expected['sources/bench-000003.json']).toMatch(/"source": "bench-000003"/);
    writeFileSync(join(dir, 'out/sources/bench-000003.json'), '{"edited": true}\n');
    expect(await preprocess('out', ...cached)).toMatch(/14 articles, .*\[13 from cache\]/);
    expect(output('out')).toEqual(await fromNothing());
  }, 120_000);
});

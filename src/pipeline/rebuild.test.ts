/**
 * A rebuild that adds articles to a cached corpus builds the dataset from the
 * cached articles while the new ones are extracted beside it (full-run.ts), in
 * the process started from the extraction snapshot: its bytes must be those of
 * a run from nothing. Runs the real command (scripts/preprocess.mjs, from the
 * bundle), as `npm run preprocess` does.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    [join(ROOT, 'scripts/preprocess.mjs'), '--seeds', join(dir, 'seeds'), '--out', join(dir, out), ...args],
    { cwd: ROOT },
  );
  expect(stderr).not.toMatch(/extraction failed/);
  return stdout;
}

/** The same corpus from nothing: no cache, extracted on this thread. */
async function fromNothing(): Promise<string> {
  await preprocess('fresh.json', '--no-cache', '--threads', '1');
  return readFileSync(join(dir, 'fresh.json'), 'utf8');
}

describe('a rebuild after adding articles to a cached corpus', () => {
  it('writes the bytes of a run from nothing, whether the new article sorts last or in between', async () => {
    const seeds = join(dir, 'seeds');
    writeCorpus(seeds, generateCorpus({ articles: 12, seed: 5 }));
    const cached = ['--cache', join(dir, 'cache'), '--threads', '2'];
    await preprocess('out.json', ...cached);

    // Sorts after every cached article: the whole corpus is built while it is extracted.
    writeCorpus(seeds, generateCorpus({ articles: 1, seed: 5, offset: 12 }));
    expect(await preprocess('out.json', ...cached)).toMatch(/13 articles, .*\[12 from cache\]/);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(await fromNothing());

    // Sorts between cached articles: the rest are added after it.
    const [between] = generateCorpus({ articles: 1, seed: 5, offset: 40 });
    writeFileSync(join(seeds, 'bench-000005b.md'), formatArticle({ ...between, id: 'bench-000005b' }));
    expect(await preprocess('out.json', ...cached)).toMatch(/14 articles, .*\[13 from cache\]/);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(await fromNothing());
  }, 120_000);
});

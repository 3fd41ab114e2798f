import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataset, type Dataset } from '../data/schema';
import { runPipeline } from './run';
import { EDITORIAL_DIR, ROOT, SEEDS_DIR } from './test-resources';

let dir: string;
let seeds: string;
let out: string;
const PREVIOUS = '{"previous": true}\n';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
  seeds = join(dir, 'seeds');
  out = join(dir, 'out', 'dataset.json');
  mkdirSync(seeds);
  mkdirSync(join(dir, 'out'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (extra: Partial<Parameters<typeof runPipeline>[0]> = {}) =>
  runPipeline({ seedsDir: seeds, outFile: out, editorialDir: EDITORIAL_DIR, cacheDir: false, ...extra });
const article = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const GOOD_FRONT = 'title: T\noutlet: O\npublished: 2024-06-10';

describe('runPipeline on a new article it has never seen', () => {
  it('finds the meeting, its date and its place', async () => {
    writeFileSync(
      join(seeds, 'paris.md'),
      article(
        'id: paris-talks\ntitle: Leaders meet in Paris\noutlet: Example Wire\npublished: 2024-06-12',
        'PARIS — French President Emmanuel Macron and Canadian Prime Minister Justin Trudeau held talks in Paris on Tuesday. ' +
          'The two leaders agreed to strengthen supply chains for critical minerals.\n\n' +
          'Trade Minister Anna Lindqvist said the agreement would follow in October.\n',
      ),
    );
    const result = await run();
    expect(result.ok).toBe(true);
    const data = dataset.parse(JSON.parse(readFileSync(out, 'utf8'))) as Dataset;
    const meeting = data.events.find((e) => e.kind === 'meeting')!;
    expect(meeting).toMatchObject({
      status: 'held',
      date: { start: '2024-06-11', precision: 'day' },
      place: 'paris',
      participants: ['emmanuel-macron', 'justin-trudeau'],
    });
    expect(meeting.topics).toEqual(
      expect.arrayContaining(['supply-chains', 'critical-minerals-semiconductors']),
    );
    expect(meeting.evidence.map((e) => e.sentence)).toEqual(['paris-talks-s1', 'paris-talks-s2']);
    const paris = data.places.find((p) => p.id === 'paris')!;
    expect(paris).toMatchObject({ kind: 'city', country: 'FR' });
    expect(paris.lat).toBeCloseTo(48.85, 1);
    expect(paris.lon).toBeCloseTo(2.35, 1);
    expect(data.people.find((p) => p.id === 'anna-lindqvist')).toMatchObject({ verified: false });
  });
});

describe('runPipeline output', () => {
  beforeEach(() => cpSync(SEEDS_DIR, seeds, { recursive: true }));

  it('is byte-identical for identical input, with or without the cache', async () => {
    const cacheDir = join(dir, 'cache');
    expect((await run({ cacheDir })).ok).toBe(true);
    const first = readFileSync(out, 'utf8');
    const [version] = readdirSync(cacheDir).filter((f) => f.startsWith('x-'));
    const stored = readFileSync(join(cacheDir, version), 'utf8').trimEnd().split('\n');
    expect(stored).toHaveLength(2); // one extraction per article, a line each, in one file
    const second = await run({ cacheDir });
    expect(second).toMatchObject({ ok: true, summary: { cached: 2, unchanged: true } });
    expect(readFileSync(out, 'utf8')).toBe(first);
    rmSync(out);
    await run();
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(join(dir, 'out'))).toEqual(['dataset.json']); // no temp file left behind
  });

  it('answers an unchanged re-run from the last run, but writes a missing or edited output again', async () => {
    const cacheDir = join(dir, 'cache');
    const first = await run({ cacheDir });
    expect(first.ok).toBe(true);
    const bytes = readFileSync(out, 'utf8');
    // Without the extraction cache, only the record of the last run can answer it.
    for (const f of readdirSync(cacheDir).filter((f) => f.startsWith('x-'))) rmSync(join(cacheDir, f));
    const again = await run({ cacheDir });
    expect(again).toMatchObject({ ok: true, summary: { cached: 2, unchanged: true } });
    expect(again.warnings).toEqual(first.warnings);
    rmSync(out);
    expect(await run({ cacheDir })).toMatchObject({ ok: true, summary: { unchanged: false } });
    expect(readFileSync(out, 'utf8')).toBe(bytes);
    writeFileSync(out, PREVIOUS);
    expect(await run({ cacheDir })).toMatchObject({ ok: true, summary: { unchanged: false } });
    expect(readFileSync(out, 'utf8')).toBe(bytes);
  });

  it('writes a split dataset again when one of its source files was deleted or edited', async () => {
    const cacheDir = join(dir, 'cache');
    expect((await run({ cacheDir, splitSources: true })).ok).toBe(true);
    const sources = join(dir, 'out', 'sources');
    const [name] = readdirSync(sources);
    const text = readFileSync(join(sources, name), 'utf8');
    expect(await run({ cacheDir, splitSources: true })).toMatchObject({ summary: { unchanged: true } });
    rmSync(join(sources, name));
    expect(await run({ cacheDir, splitSources: true })).toMatchObject({
      ok: true,
      summary: { unchanged: false },
    });
    expect(readFileSync(join(sources, name), 'utf8')).toBe(text);
    // Edited by hand, its size kept: only its bytes tell.
    writeFileSync(join(sources, name), text.replace(/("text": ")[A-WYZa-z]/, '$1X'));
    expect(await run({ cacheDir, splitSources: true })).toMatchObject({
      ok: true,
      summary: { unchanged: false },
    });
    expect(readFileSync(join(sources, name), 'utf8')).toBe(text);
    // Touched (same bytes, a new time): still the run's output.
    utimesSync(join(sources, name), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(await run({ cacheDir, splitSources: true })).toMatchObject({ summary: { unchanged: true } });
  });

  it('re-runs when an article or an editorial file changes', async () => {
    const cacheDir = join(dir, 'cache');
    const editorial = join(dir, 'editorial');
    cpSync(EDITORIAL_DIR, editorial, { recursive: true });
    await run({ cacheDir, editorialDir: editorial });
    writeFileSync(join(seeds, 'z.md'), article(GOOD_FRONT, 'The envoy arrived in Zzyzxville on Monday.'));
    const added = await run({ cacheDir, editorialDir: editorial });
    expect(added).toMatchObject({ ok: true, summary: { cached: 2, unchanged: false } });
    expect(added.warnings.join('\n')).toMatch(/Zzyzxville/);
    writeFileSync(
      join(editorial, 'places.yaml'),
      `${readFileSync(join(editorial, 'places.yaml'), 'utf8')}\n`,
    );
    expect(await run({ cacheDir, editorialDir: editorial })).toMatchObject({
      ok: true,
      summary: { cached: 0 },
    });
  });

  it('ignores a corrupt extraction cache and replaces it', async () => {
    const cacheDir = join(dir, 'cache');
    await run({ cacheDir });
    const bytes = readFileSync(out, 'utf8');
    const [version] = readdirSync(cacheDir).filter((f) => f.startsWith('x-'));
    writeFileSync(join(cacheDir, version), `${'0'.repeat(40)}\t{"source":{"trunc`);
    rmSync(out);
    expect(await run({ cacheDir })).toMatchObject({ ok: true, summary: { cached: 0 } });
    expect(readFileSync(out, 'utf8')).toBe(bytes);
    rmSync(out);
    expect(await run({ cacheDir })).toMatchObject({ ok: true, summary: { cached: 2 } });
  });

  it('starts a new cache when the editorial files change, and removes the old one', async () => {
    const cacheDir = join(dir, 'cache');
    const editorial = join(dir, 'editorial');
    cpSync(EDITORIAL_DIR, editorial, { recursive: true });
    await run({ cacheDir, editorialDir: editorial });
    const before = readdirSync(cacheDir).filter((f) => f.startsWith('x-'));
    writeFileSync(join(editorial, 'overrides.yaml'), 'events: []\n');
    expect(await run({ cacheDir, editorialDir: editorial })).toMatchObject({
      ok: true,
      summary: { cached: 0 },
    });
    const after = readdirSync(cacheDir).filter((f) => f.startsWith('x-'));
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it('gives the same bytes when articles are extracted on worker threads', async () => {
    expect((await run()).ok).toBe(true);
    const sequential = readFileSync(out, 'utf8');
    const parallelOut = join(dir, 'out', 'parallel.json');
    const args = [
      '--seeds',
      seeds,
      '--out',
      parallelOut,
      '--no-cache',
      '--threads',
      '2',
      '--parallel-from',
      '1',
    ];
    const { stderr } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'scripts/preprocess.mjs'), ...args],
      { cwd: ROOT },
    );
    expect(stderr).not.toMatch(/parallel extraction failed/);
    expect(readFileSync(parallelOut, 'utf8')).toBe(sequential);
  });

  it('reports an override that matches nothing, and a place it cannot geocode, as warnings', async () => {
    const editorial = join(dir, 'editorial');
    cpSync(EDITORIAL_DIR, editorial, { recursive: true });
    writeFileSync(
      join(editorial, 'overrides.yaml'),
      'events:\n  - match: { id: no-such-event }\n    drop: true\n',
    );
    writeFileSync(join(seeds, 'z.md'), article(GOOD_FRONT, 'The envoy arrived in Zzyzxville on Monday.'));
    const result = await run({ editorialDir: editorial });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      expect.stringMatching(/z\.md: no place found for "Zzyzxville"/),
      expect.stringMatching(/overrides\.yaml: events\[0\] matches no event/),
    ]);
  });
});

describe('runPipeline on bad input', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['no front matter', 'Just text, no front matter.', /no front matter/],
    ['a missing published date', article('title: T\noutlet: O', 'Body.'), /published/],
    [
      'an invalid published date',
      article('title: T\noutlet: O\npublished: 2023-02-30', 'Body.'),
      /"published" must be a date/,
    ],
    ['an empty body', article(GOOD_FRONT, '\n  \n'), /body is empty/],
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from(article(GOOD_FRONT, 'Caf')), Buffer.from([0xff, 0xfe])]),
      /not valid UTF-8/,
    ],
    ['a body over 1 MB', article(GOOD_FRONT, 'word '.repeat(210_000)), /limit is 1000000/],
  ];
  for (const [what, content, reason] of cases) {
    it(`fails on ${what}, naming the file and leaving the previous dataset untouched`, async () => {
      writeFileSync(join(seeds, 'good.md'), article(GOOD_FRONT, 'Fine.'));
      writeFileSync(join(seeds, 'bad.md'), content);
      writeFileSync(out, PREVIOUS);
      const result = await run();
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toContain(join(seeds, 'bad.md'));
        expect(result.error).toMatch(reason);
      }
      expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    });
  }

  it('fails on a duplicate id, naming both files', async () => {
    writeFileSync(join(seeds, 'a.md'), article(`id: same\n${GOOD_FRONT}`, 'One.'));
    writeFileSync(join(seeds, 'b.md'), article(`id: same\n${GOOD_FRONT}`, 'Two.'));
    writeFileSync(out, PREVIOUS);
    const result = await run();
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/b\.md: duplicate id "same" \(also in .*a\.md\)/),
    });
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });

  it('fails on a duplicate id even when the first file comes from the cache', async () => {
    const cacheDir = join(dir, 'cache');
    writeFileSync(join(seeds, 'a.md'), article(`id: same\n${GOOD_FRONT}`, 'One.'));
    expect((await run({ cacheDir })).ok).toBe(true);
    writeFileSync(join(seeds, 'b.md'), article(`id: same\n${GOOD_FRONT}`, 'Two.'));
    expect(await run({ cacheDir })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/b\.md: duplicate id "same"/),
    });
  });

  it('fails on a broken editorial file, naming it', async () => {
    const editorial = join(dir, 'editorial');
    mkdirSync(editorial);
    writeFileSync(join(editorial, 'topics.yaml'), 'topics:\n  - id: Not A Slug\n    label: x\n');
    writeFileSync(join(seeds, 'good.md'), article(GOOD_FRONT, 'Fine.'));
    const result = await run({ editorialDir: editorial });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining(join(editorial, 'topics.yaml')),
    });
  });

  it('makes the CLI exit non-zero with the file and the reason', async () => {
    writeFileSync(join(seeds, 'bad.md'), 'no front matter');
    writeFileSync(out, PREVIOUS);
    const cli = promisify(execFile)(
      process.execPath,
      [join(ROOT, 'scripts/preprocess.mjs'), '--seeds', seeds, '--out', out, '--no-cache'],
      { cwd: ROOT },
    );
    await expect(cli).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('bad.md: no front matter'),
    });
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleKey, buildBundle, buildSnapshot } from './bundle.mjs';
import { makeExtractor } from './extractor';
import { fingerprintFiles } from './fingerprint';
import { packageVersion } from './source-fingerprint.mjs';
import { parseArticle } from './read-article';
import { SEEDS_DIR, shippedEditorial } from './test-resources';

const here = dirname(fileURLToPath(import.meta.url));

describe('the pipeline bundle', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('is made only of source files the fingerprint covers, so no edit can leave a stale bundle', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pipeline-bundle-'));
    const inputs = await buildBundle(dir, 'test');
    expect(existsSync(join(dir, 'cli.mjs'))).toBe(true);
    expect(existsSync(join(dir, 'extract-worker.mjs'))).toBe(true);
    expect(inputs).toContain(join(here, 'cli.ts'));
    const covered = new Set(fingerprintFiles(here));
    expect(inputs.filter((f) => !covered.has(f))).toEqual([]);
  }, 60_000);

  it('has an extraction snapshot that extracts exactly as this thread does', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pipeline-snapshot-'));
    expect(await buildSnapshot(dir, 'test')).toBe(true);
    const articles = readdirSync(SEEDS_DIR).map((name) =>
      parseArticle(name, readFileSync(join(SEEDS_DIR, name), 'utf8'), basename(name, '.md')),
    );
    const editorial = shippedEditorial();
    // The protocol of extract-process.ts: packages resolve from a file in the project.
    const child = spawnSync(
      process.execPath,
      ['--snapshot-blob', join(dir, 'extract.blob'), pathToFileURL(join(here, 'cli.ts')).href],
      { input: JSON.stringify({ editorial, articles }), encoding: 'utf8' },
    );
    expect(child.status).toBe(0);
    const extract = makeExtractor(editorial);
    const expected = articles.map((a) => `${JSON.stringify(extract(a))}\n`).join('');
    expect(child.stdout).toBe(expected);

    // The work starts at the end of the input line: the parent need not close stdin (a rebuild
    // closes it only when its event loop next turns, after merging the cached articles).
    const open = spawn(
      process.execPath,
      ['--snapshot-blob', join(dir, 'extract.blob'), pathToFileURL(join(here, 'cli.ts')).href],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let stdout = '';
    open.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    open.stdin.write(`${JSON.stringify({ editorial, articles })}\n`);
    const code = await new Promise((done) => open.on('close', done));
    expect(code).toBe(0);
    expect(stdout).toBe(expected);
  }, 60_000);

  it('fingerprints the version of every package the pipeline runs', () => {
    // chrono-node's "exports" leave out package.json, so require() cannot read its version.
    for (const pkg of ['chrono-node', 'compromise', 'yaml', 'zod'])
      expect(packageVersion(pkg)).toBe(
        (
          JSON.parse(readFileSync(join(here, '../../node_modules', pkg, 'package.json'), 'utf8')) as {
            version: string;
          }
        ).version,
      );
    expect(packageVersion('no-such-package-here')).toBe('?');
  });

  it('is keyed by the fingerprint', () => {
    expect(bundleKey('a')).toMatch(/^[0-9a-f]{20}$/);
    expect(bundleKey('a')).toBe(bundleKey('a'));
    expect(bundleKey('a')).not.toBe(bundleKey('b'));
  });
});

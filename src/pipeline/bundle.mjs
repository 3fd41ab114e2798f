/**
 * The pipeline as pre-built JavaScript: cli.ts and the worker entry bundled
 * with esbuild (ES modules, code-split so the NLP packages stay in chunks that
 * load only when an article needs extracting) into
 * `node_modules/.cache/news-pipeline/<key>/`. The key hashes the pipeline
 * fingerprint (its sources, the schema, its packages' versions), the installed
 * package tree and the bundler's version and options, so a bundle is only ever
 * reused for exactly the code it was built from. Built on first use, then
 * loaded by scripts/preprocess.mjs on every run. Beside it, `extract.blob`: the
 * extraction code as a V8 startup snapshot (extract-snapshot.ts), from which a
 * rebuild that adds a few articles starts its extraction process.
 *
 * Plain JavaScript: finding (or building) the bundle needs no TypeScript
 * loader, so a run from a built bundle never starts tsx.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PIPELINE_DIR, sourceFingerprint } from './source-fingerprint.mjs';

const ROOT = resolve(PIPELINE_DIR, '../..');
const require = createRequire(import.meta.url);

/** Bump when the options below change. */
const FORMAT = 2;
/** Bundles of other keys are removed once this old (a concurrent run may still be loading one). */
const STALE_MS = 60 * 60 * 1000;

export const BUNDLE_ROOT = join(ROOT, 'node_modules/.cache/news-pipeline');

/** npm's record of what is installed (falls back to the lock file). */
function installedTree() {
  for (const file of ['node_modules/.package-lock.json', 'package-lock.json']) {
    try {
      return readFileSync(join(ROOT, file), 'utf8');
    } catch {
      /* try the next */
    }
  }
  return '';
}

export function bundleKey(fingerprint = sourceFingerprint()) {
  let esbuild = '?';
  try {
    esbuild = require('esbuild/package.json').version;
  } catch {
    /* no bundler installed: there is no bundle to find either */
  }
  return createHash('sha256')
    .update(`${FORMAT}\0${fingerprint}\0${esbuild}\0${process.version}\0`)
    .update(installedTree())
    .digest('hex')
    .slice(0, 20);
}

/** Bundle into `outdir`; returns the source files (outside node_modules) it was made of. */
export async function buildBundle(outdir, fingerprint = sourceFingerprint()) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: {
      cli: join(PIPELINE_DIR, 'cli.ts'),
      'extract-worker': join(PIPELINE_DIR, 'extract-worker.ts'),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    // .mjs: node_modules/ has no package.json saying "type": "module".
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    define: { __PIPELINE_FINGERPRINT__: JSON.stringify(fingerprint) },
    // CommonJS packages (yaml) call require() for Node built-ins, which ES modules lack.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  return Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes('node_modules/'))
    .map((f) => resolve(f));
}

/**
 * The extraction snapshot `extract.blob` in `outdir`: extract-snapshot.ts bundled
 * as one CommonJS file (a snapshot is built from a script that can load only
 * Node's own modules), run by `node --build-snapshot`. Returns whether it was
 * built; without it a run uses worker threads, as before.
 */
export async function buildSnapshot(outdir, fingerprint = sourceFingerprint()) {
  const esbuild = await import('esbuild');
  const script = join(outdir, 'extract-snapshot.cjs');
  const blob = join(outdir, 'extract.blob');
  try {
    await esbuild.build({
      entryPoints: [join(PIPELINE_DIR, 'extract-snapshot.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile: script,
      define: { __PIPELINE_FINGERPRINT__: JSON.stringify(fingerprint) },
      legalComments: 'none',
      logLevel: 'silent',
    });
    // Without NODE_OPTIONS, as extract-process.ts starts it: V8 refuses a snapshot made under other options.
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const built = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', script], {
      stdio: 'ignore',
      env,
    });
    if (built.status !== 0) rmSync(blob, { force: true });
  } finally {
    rmSync(script, { force: true });
  }
  return existsSync(blob);
}

/** Remove other keys' bundles that nothing can be loading any more. */
function pruneOld(keep) {
  const now = Date.now();
  try {
    for (const name of readdirSync(BUNDLE_ROOT)) {
      const dir = join(BUNDLE_ROOT, name);
      if (name !== keep && now - statSync(dir).mtimeMs > STALE_MS)
        rmSync(dir, { recursive: true, force: true });
    }
  } catch {
    /* another run removed one first: it is only tidying */
  }
}

/** The URL of the bundled cli.mjs for the current sources, building it first if needed. */
export async function bundledCli() {
  const fingerprint = sourceFingerprint();
  const key = bundleKey(fingerprint);
  const dir = join(BUNDLE_ROOT, key);
  const entry = join(dir, 'cli.mjs');
  if (!existsSync(entry)) {
    // Build beside it and rename: a concurrent run sees a whole bundle or none.
    const tmp = `${dir}.${process.pid}.tmp`;
    try {
      await buildBundle(tmp, fingerprint);
      await buildSnapshot(tmp, fingerprint).catch(() => false);
      renameSync(tmp, dir);
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(entry)) throw err;
    }
    pruneOld(key);
  }
  return pathToFileURL(entry).href;
}

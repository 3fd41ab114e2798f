/**
 * npm run preprocess [-- --seeds DIR --out FILE --editorial DIR --cache DIR --no-cache --threads N]
 * Articles in seeds/ → public/data/dataset.json (src/pipeline/cli.ts has the details).
 *
 * Plain JavaScript, so a run needs no TypeScript loader: it runs the pipeline
 * from a pre-built bundle, rebuilt with esbuild when the pipeline's sources or
 * packages change (src/pipeline/bundle.mjs). Without a bundle (e.g. esbuild
 * missing or a read-only node_modules) it registers tsx and runs the sources
 * directly, with the same result.
 */
import { setFlagsFromString } from 'node:v8';
import { bundledCli } from '../src/pipeline/bundle.mjs';

// chrono-node's date patterns are large regular expressions that V8 compiles to machine code on
// their first match: ~0.15 s of a one-article rebuild. Interpreted, a first match costs a fraction
// of that; a pattern used 100 times (a large corpus) is still compiled then. Same matches either way.
setFlagsFromString('--regexp-tier-up-ticks=100');

async function loadCli() {
  try {
    return await import(await bundledCli());
  } catch (err) {
    console.warn(`preprocess: warning: running from source (${String(err?.message).split('\n')[0]})`);
    const { register } = await import('tsx/esm/api');
    register();
    return import('../src/pipeline/cli.ts');
  }
}

const cli = await loadCli();
process.exit(await cli.main(process.argv.slice(2)));

/**
 * npm run preprocess [-- --seeds DIR --out FILE --editorial DIR --cache DIR --no-cache --threads N]
 * Articles in seeds/ → public/data/dataset.json (src/pipeline/cli.ts has the details).
 *
 * Runs the pipeline from a pre-built JavaScript bundle, rebuilt when the
 * pipeline's sources or packages change (src/pipeline/bundle.ts): loading it
 * takes a fraction of compiling ~40 TypeScript modules and the NLP packages'
 * hundreds of files through tsx. Without a bundle (e.g. esbuild missing or a
 * read-only node_modules) it runs the sources directly, with the same result.
 */
import { bundledCli } from '../src/pipeline/bundle';

type Cli = typeof import('../src/pipeline/cli');

const bundle = await bundledCli().catch((err: Error) => {
  console.warn(`preprocess: warning: running from source (${err.message.split('\n')[0]})`);
  return undefined;
});
const cli = (bundle ? await import(bundle) : await import('../src/pipeline/cli')) as Cli;
process.exit(await cli.main(process.argv.slice(2)));

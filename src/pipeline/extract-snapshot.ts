/**
 * The extraction code as a V8 startup snapshot (bundle.mjs builds it beside the
 * bundle with `node --build-snapshot`): the NLP packages are loaded while the
 * snapshot is made, so a process started from it (`node --snapshot-blob …`)
 * begins with compromise and chrono-node ready instead of spending ~0.4 s
 * loading them. A rebuild that adds a few articles to a large cached corpus
 * extracts them there (extract-process.ts).
 *
 * Protocol: argv[1] is a file URL in the project (packages resolve from it);
 * stdin is one JSON object { editorial, articles } on one line; stdout gets one
 * JSON line per article, in order, or a line { error } and exit code 1.
 * The work starts at the line's end, not at the end of stdin: the parent closes
 * its end only when its event loop next turns, which on a rebuild is after it
 * has parsed and merged the cached articles (~0.3 s of waiting for nothing).
 */
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import type { Editorial } from './editorial';
import { makeExtractor } from './extractor';
import { resolvePackagesFrom } from './packages';
import type { Article } from './read-article';

function main(): void {
  // As in scripts/preprocess.mjs: interpret a regular expression's first matches (same results).
  setFlagsFromString('--regexp-tier-up-ticks=100');
  resolvePackagesFrom(process.argv[1]);
  const chunks: Buffer[] = [];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // Whatever follows the line is not read: the process ends once its output is written.
    process.stdin.destroy();
    try {
      const { editorial, articles } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        editorial: Editorial;
        articles: Article[];
      };
      const extract = makeExtractor(editorial);
      const out = articles.map((a) => `${JSON.stringify(extract(a))}\n`);
      process.stdout.write(out.join(''));
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ error: (err as Error).stack ?? String(err) })}\n`);
      process.exitCode = 1;
    }
  };
  process.stdin.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    // JSON.stringify escapes newlines inside strings: a newline byte ends the message.
    if (chunk.includes(0x0a)) start();
  });
  process.stdin.on('end', start);
}

// Nothing is run while the snapshot is made beyond loading the code: a regular expression
// executed then (e.g. to warm up compromise or chrono-node) comes back from the snapshot
// many times slower (~1.5 s more for one article when tried).
startupSnapshot.setDeserializeMainFunction(main);

/**
 * Preloaded into the pipeline's process (`node --import bench/max-rss.mjs scripts/preprocess.mjs …`; plain JavaScript,
 * so measuring needs no TypeScript loader the user's command does not load):
 * on exit, writes the process's peak resident memory and CPU time to BENCH_RSS_FILE.
 * Worker threads share the process, so their memory is included.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', (code) => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        code,
        maxRSSKiB: u.maxRSS,
        userMs: u.userCPUTime / 1000,
        systemMs: u.systemCPUTime / 1000,
      }),
    );
  });
}

/**
 * Preloaded into the pipeline's process (`node --import bench/max-rss.mjs scripts/preprocess.mjs …`; plain JavaScript,
 * so measuring needs no TypeScript loader the user's command does not load):
 * on exit, writes the process's peak resident memory and CPU time to BENCH_RSS_FILE,
 * and the main thread's own CPU time. Worker threads share the process, so their memory
 * and CPU are in the process figures; the main thread's figure leaves them out.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The main thread's user + system CPU ms from Linux's per-thread counters (its thread id is
 * the process id). Node 20 has no process.threadCpuUsage (Node 23.9+). The counters tick at
 * USER_HZ, 100 per second on Linux, so the figure moves in 10 ms steps. Undefined elsewhere.
 */
function mainThreadCpuMs() {
  try {
    return parseThreadCpuMs(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** utime + stime of a /proc/…/stat line, in ms. @param {string} stat */
export function parseThreadCpuMs(stat) {
  // Fields after "pid (comm) ": state is field 3, utime 14, stime 15 (proc(5)); comm may hold spaces and ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / 100 : undefined;
}

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
        mainThreadMs: mainThreadCpuMs(),
      }),
    );
  });
}

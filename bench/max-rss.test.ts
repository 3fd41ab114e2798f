import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThreadCpuMs } from './max-rss.mjs';

describe('parseThreadCpuMs', () => {
  it('adds utime and stime (fields 14 and 15, 100 ticks a second) after a command name with spaces', () => {
    const line =
      '4242 (node (main) x) R 4200 4242 4200 0 -1 4194304 3000 0 0 0 157 23 0 0 20 0 11 0 900 1200000000 30000 18446744073709551615\n';
    expect(parseThreadCpuMs(line)).toBe(1800);
  });

  it.runIf(process.platform === 'linux')("reads this process's main thread", () => {
    const ms = parseThreadCpuMs(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThanOrEqual(process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000 + 10);
  });
});

/**
 * Summaries of V8 CPU profiles (`node --cpu-prof` files or CDP Profiler.stop
 * results): where the time went, by function (self time) and by source file,
 * so a missed goal can be traced to the code that spends it.
 */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  name: string;
  ms: number;
  share: number;
}

const short = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^https?:\/\/[^/]+\//, '')
    .replace(/^\/work\/main\//, '');

/** Self time per function and per file, largest first; "(idle)" is left out, "(program)" and GC kept. */
export function summarizeProfile(p: CpuProfile, top = 15): ProfileSummary {
  return summarizeProfiles([p], top);
}

export interface ProfileSummary {
  totalMs: number;
  functions: HotSpot[];
  files: HotSpot[];
}

/** The same over several profiles added together (e.g. a process's main thread and its workers). */
export function summarizeProfiles(profiles: CpuProfile[], top = 15): ProfileSummary {
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let total = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    const samples = p.samples ?? [];
    const deltas = p.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++)
      self.set(samples[i], (self.get(samples[i]) ?? 0) + (deltas[i] ?? 0) / 1000);
    for (const [id, ms] of self) {
      const f = byId.get(id)!.callFrame;
      if (f.functionName === '(idle)') continue;
      total += ms;
      const where = f.url ? `${short(f.url)}:${f.lineNumber + 1}` : '';
      const key = `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
      fn.set(key, (fn.get(key) ?? 0) + ms);
      const fk = f.url ? short(f.url) : f.functionName;
      file.set(fk, (file.get(fk) ?? 0) + ms);
    }
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((ms / total) * 1000) / 10 }));
  return { totalMs: Math.round(total), functions: rank(fn), files: rank(file) };
}

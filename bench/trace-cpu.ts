/**
 * Main-thread CPU time from a Chrome trace (CDP `Tracing`, categories `toplevel` and
 * `blink.user_timing`): wall-clock figures on a shared machine mix the app's cost with
 * the time the thread waited for a core; the thread time (`tdur`) of the renderer main
 * thread's top-level tasks is the app's own.
 */

/** The fields of a trace event this module reads (Chrome's JSON trace format). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  /** Trace clock, µs. */
  ts: number;
  /** Wall duration, µs (complete events, ph "X"). */
  dur?: number;
  /** Thread (CPU) time, µs; Chrome leaves it out on some sub-µs tasks. */
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadTasks {
  pid: number;
  tid: number;
  /** Page time (ms since the document's time origin) → trace µs: traceUs = pageMs * 1000 + offsetUs. */
  offsetUs: number;
  /** Top-level tasks (not inside another), in start order; µs on the trace clock. */
  tasks: { start: number; end: number; cpu: number }[];
}

/**
 * Finds the renderer main thread of the page that made the user-timing mark `mark` (at page
 * time `markPageMs`, the mark's startTime) and its top-level tasks. The mark also ties the
 * page's clock to the trace's: both count from the same monotonic clock, so one offset maps
 * every page time (drawn, click, frame start) to the trace. Undefined if the mark is missing.
 */
export function readMainThread(
  events: readonly TraceEvent[],
  mark: string,
  markPageMs: number,
): MainThreadTasks | undefined {
  const m = events.find((e) => e.name === mark && (e.cat ?? '').includes('blink.user_timing'));
  if (!m) return undefined;
  // The mark is emitted on the main thread; the thread's name confirms it when the metadata is there.
  const named = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === m.pid && e.args?.name === 'CrRendererMain',
  );
  const tid = named?.tid ?? m.tid;
  const complete = events
    .filter(
      (e) =>
        e.pid === m.pid &&
        e.tid === tid &&
        e.ph === 'X' &&
        (e.cat ?? '').split(',').includes('toplevel') &&
        e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: MainThreadTasks['tasks'] = [];
  let openUntil = -Infinity;
  for (const e of complete) {
    // A top-level event inside another (a mojo message inside RunTask) is already counted by its parent.
    if (e.ts < openUntil) continue;
    openUntil = e.ts + e.dur!;
    tasks.push({ start: e.ts, end: openUntil, cpu: e.tdur ?? e.dur! });
  }
  return { pid: m.pid, tid, offsetUs: m.ts - markPageMs * 1000, tasks };
}

/**
 * Main-thread CPU ms inside each window [startMs, endMs] of page time. A task that straddles
 * a window's edge counts in proportion to the part of its wall time inside the window.
 */
export function cpuInWindows(main: MainThreadTasks, windows: readonly [number, number][]): number[] {
  const { tasks, offsetUs } = main;
  return windows.map(([startMs, endMs]) => {
    const a = startMs * 1000 + offsetUs;
    const b = endMs * 1000 + offsetUs;
    // First task that ends after the window starts (tasks do not overlap, so ends are sorted too).
    let lo = 0;
    let hi = tasks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].end <= a) lo = mid + 1;
      else hi = mid;
    }
    let us = 0;
    for (let i = lo; i < tasks.length && tasks[i].start < b; i++) {
      const t = tasks[i];
      const wall = t.end - t.start;
      const inside = Math.min(t.end, b) - Math.max(t.start, a);
      us += wall > 0 ? (t.cpu * inside) / wall : t.cpu;
    }
    return us / 1000;
  });
}

import { describe, expect, it } from 'vitest';
import { cpuInWindows, readMainThread, type TraceEvent } from './trace-cpu';

// Shapes as Chromium 14x writes them with categories toplevel + blink.user_timing (ts/dur/tdur in µs).
const T0 = 30_210_000_000; // the page's time origin on the trace clock
const task = (tid: number, at: number, dur: number, tdur?: number, name = 'ThreadControllerImpl::RunTask') =>
  ({ args: {}, cat: 'toplevel', name, ph: 'X', pid: 463, tid, ts: T0 + at, dur, tdur }) as TraceEvent;
const FIXTURE: TraceEvent[] = [
  { args: { name: 'Renderer' }, cat: '__metadata', name: 'process_name', ph: 'M', pid: 463, tid: 0, ts: 0 },
  {
    args: { name: 'CrRendererMain' },
    cat: '__metadata',
    name: 'thread_name',
    ph: 'M',
    pid: 463,
    tid: 463,
    ts: 0,
  },
  {
    args: { name: 'Compositor' },
    cat: '__metadata',
    name: 'thread_name',
    ph: 'M',
    pid: 463,
    tid: 478,
    ts: 0,
  },
  {
    args: { name: 'CrRendererMain' },
    cat: '__metadata',
    name: 'thread_name',
    ph: 'M',
    pid: 500,
    tid: 500,
    ts: 0,
  },
  // page time 0–10 ms: a 10 ms task that got 6 ms of CPU (the rest waiting for a core)…
  task(463, 0, 10_000, 6_000),
  // …with a mojo message inside it (already counted by its parent)
  { ...task(463, 1_000, 2_000, 2_000, 'Receive mojo message'), cat: 'toplevel,mojom' },
  // a microtask checkpoint too short for a thread time: its wall time counts
  task(463, 12_000, 1, undefined, 'BlinkScheduler_PerformMicrotaskCheckpoint'),
  // 20–24 ms: 4 ms task, 4 ms CPU
  task(463, 20_000, 4_000, 4_000),
  // another thread of the same renderer, and another renderer's main thread: not ours
  task(478, 20_000, 50_000, 50_000),
  { ...task(500, 20_000, 50_000, 50_000), pid: 500 },
  // async/instant events on the main thread are not tasks
  {
    args: {},
    cat: 'toplevel',
    name: 'ThreadControllerImpl::RunTask',
    ph: 'I',
    pid: 463,
    tid: 463,
    ts: T0 + 30_000,
  },
  // the clock mark made at page time 785.1 ms
  { args: {}, cat: 'blink.user_timing', name: 'bench-clock', ph: 'I', pid: 463, tid: 463, ts: T0 + 785_100 },
];

describe('readMainThread', () => {
  it("finds the mark's renderer main thread, its top-level tasks and the page clock offset", () => {
    const main = readMainThread(FIXTURE, 'bench-clock', 785.1)!;
    expect(main.pid).toBe(463);
    expect(main.tid).toBe(463);
    expect(main.offsetUs).toBeCloseTo(T0, 3);
    expect(main.tasks.map((t) => t.cpu)).toEqual([6_000, 1, 4_000]);
  });

  it('is undefined without the mark', () => {
    expect(readMainThread(FIXTURE, 'other-mark', 0)).toBeUndefined();
  });
});

describe('cpuInWindows', () => {
  const main = readMainThread(FIXTURE, 'bench-clock', 785.1)!;
  it('adds whole tasks inside a window and the inside share of a straddling one', () => {
    const [all, firstHalf, second, between, none] = cpuInWindows(main, [
      [0, 100],
      [0, 5],
      [20, 24],
      [11, 19],
      [40, 50],
    ]);
    expect(all).toBeCloseTo(10.001, 6);
    expect(firstHalf).toBeCloseTo(3, 6);
    expect(second).toBeCloseTo(4, 6);
    expect(between).toBeCloseTo(0.001, 6);
    expect(none).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { RunResult } from './browser-bench';
import { summarizeBrowser } from './browser-summary';

const run = (
  cpuLoad: number | undefined,
  toggleCpu: number[] | undefined,
  frameCpu?: number[],
): RunResult => ({
  load: {
    drawn: true,
    parts: { timeline: true },
    marks: { timeline: 900 },
    fromNavigation: 1000,
    afterData: 600,
    longTaskTotal: 500,
    longestTask: 200,
    cpuFromNavigation: cpuLoad,
    cpuAfterData: cpuLoad === undefined ? undefined : cpuLoad - 100,
  },
  filter: {
    control: 'Indo-Pacific',
    twoFrames: [20, 20, 20],
    settled: [40, 60, 50],
    starts: [1100, 1200, 1300],
    cpu: toggleCpu,
    early: cpuLoad === undefined ? undefined : [cpuLoad / 4, 40],
  },
  zoom: {
    frames: [16.7, 16.7, 33.3],
    median: 16.7,
    p95: 31.6,
    callbackP95: 30,
    dropped: 1,
    effect: true,
    cutShort: false,
    windows: [
      [0, 16.7],
      [16.7, 33.4],
      [33.4, 66.7],
    ],
    cpuPerFrame: frameCpu,
    cpuTotal: frameCpu?.reduce((a, b) => a + b, 0),
  },
  heapPeakBytes: 2 ** 20,
  errors: [],
});

describe('summarizeBrowser main-thread CPU', () => {
  it('summarizes traced runs per run first (toggle and frame percentiles), then across runs', () => {
    const s = summarizeBrowser([run(400, [10, 30, 20], [2, 4, 10]), run(500, [12, 12, 40], [3, 3, 3])]);
    expect(s.tracedRuns).toBe(2);
    expect(s.cpuFromNavigation).toMatchObject({ median: 450, min: 400, max: 500 });
    expect(s.cpuAfterData?.median).toBe(350);
    expect(s.filter?.cpuMedian).toMatchObject({ min: 12, max: 20 });
    expect(s.filter?.cpuP95?.runs).toEqual([29, 37.2]);
    expect(s.zoom?.cpuFrameMedian).toMatchObject({ min: 3, max: 4 });
    expect(s.zoom?.cpuTotal).toMatchObject({ min: 9, max: 16 });
  });

  it('leaves the CPU figures out for untraced runs', () => {
    const s = summarizeBrowser([run(undefined, undefined)]);
    expect(s.tracedRuns).toBe(0);
    expect(s.cpuFromNavigation).toBeUndefined();
    expect(s.filter?.cpuP95).toBeUndefined();
    expect(s.zoom?.cpuFrameP95).toBeUndefined();
    expect(s.filter?.p95?.median).toBe(59);
  });

  it('reports the first click at drawn on its own, outside the toggles the p95 is taken over', () => {
    const s = summarizeBrowser([run(400, [10, 30, 20]), run(600, [12, 12, 40])]);
    expect(s.filter?.early).toMatchObject({ median: 125, min: 100, max: 150 });
    expect(s.filter?.p95?.median).toBe(59);
    expect(summarizeBrowser([run(undefined, undefined)]).filter?.early).toBeUndefined();
  });
});

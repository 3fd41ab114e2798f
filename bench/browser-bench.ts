/**
 * One benchmark run in headless Chromium against the built app: load until
 * everything is drawn, then toggle a topic, zoom and pan the timeline, and
 * (optionally) pan and zoom the map, recording frame times and the JS heap.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { INIT_SCRIPT } from './in-page';
import { summarizeProfile, type CpuProfile } from './cpu-profile';
import { measureGesture, type FramesResult } from './gesture';
import { cpuInWindows, readMainThread, type TraceEvent } from './trace-cpu';
import { startTrace } from './trace-session';

export interface LoadResult {
  drawn: boolean;
  /** Which of timeline / map / facets were drawn (false = never within the timeout). */
  parts: Record<string, boolean>;
  /** performance.now() (ms since navigation start) when each part was first drawn. */
  marks: Record<string, number>;
  fromNavigation?: number;
  afterData?: number;
  dataResponseEnd?: number;
  dataBytes?: number;
  longTaskTotal: number;
  longestTask: number;
  /** With a trace: the renderer main thread's CPU ms from navigation, and from the data's arrival, to drawn. */
  cpuFromNavigation?: number;
  cpuAfterData?: number;
}
export interface ToggleResult {
  control?: string;
  twoFrames: number[];
  settled: number[];
  /** Page time of each click (ms), so a trace can be cut into the toggles. */
  starts: number[];
  /** With a trace: main-thread CPU ms of each toggle, click → settled. */
  cpu?: number[];
  /** Settled ms of a click at once after drawn (on, then off), before the page went idle. */
  early?: number[];
}
export type { FramesResult };

export interface RunResult {
  load: LoadResult;
  filter?: ToggleResult;
  zoom?: FramesResult;
  map?: FramesResult;
  heapPeakBytes: number;
  errors: string[];
  /** With a trace: ms spent ending it, reading it back and cutting it (the trace's cost to the benchmark's run time). */
  traceReadMs?: number;
  /** With `profile`: CPU self time during load, the toggles and the zoom gesture. */
  profiles?: Record<string, ReturnType<typeof summarizeProfile>>;
}

export interface RunOptions {
  url: string;
  loadTimeoutMs: number;
  toggles: number;
  topicLabel: string;
  zoom: boolean;
  map: boolean;
  profile?: boolean;
  /** Record a Chrome trace for the renderer main thread's CPU time (load, toggles, gestures). */
  traceCpu?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls CDP for JSHeapUsedSize every 250 ms (the in-page sampler misses heap used while frames are blocked). */
function heapSampler(cdp: CDPSession) {
  let peak = 0;
  let stopped = false;
  const loop = (async () => {
    await cdp.send('Performance.enable');
    while (!stopped) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        peak = Math.max(peak, used);
      } catch {
        return;
      }
      await sleep(250);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return peak;
  };
}

async function measureLoad(page: Page, url: string, timeoutMs: number): Promise<LoadResult> {
  await page.goto(url, { waitUntil: 'commit' });
  const ok = await page
    .waitForFunction(
      () => (window as unknown as { __bench: { drawnAt?: number } }).__bench.drawnAt !== undefined,
      undefined,
      { timeout: timeoutMs, polling: 100 },
    )
    .then(
      () => true,
      () => false,
    );
  return page.evaluate((drawn) => {
    const B = (window as unknown as { __bench: Record<string, unknown> }).__bench as {
      drawnAt?: number;
      marks: Record<string, number>;
      state(): Record<string, boolean>;
      longTasks: [number, number][];
      dataResponseEnd(): { responseEnd: number; bytes: number } | undefined;
    };
    const data = B.dataResponseEnd();
    const until = B.drawnAt ?? performance.now();
    const tasks = B.longTasks.filter(([start]) => start <= until);
    return {
      drawn,
      parts: B.state(),
      marks: B.marks,
      fromNavigation: B.drawnAt,
      afterData: B.drawnAt !== undefined && data ? B.drawnAt - data.responseEnd : undefined,
      dataResponseEnd: data?.responseEnd,
      dataBytes: data?.bytes,
      longTaskTotal: tasks.reduce((s, [, d]) => s + d, 0),
      longestTask: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
    };
  }, ok);
}

async function measureToggles(page: Page, label: string, n: number): Promise<ToggleResult> {
  const control = await page.evaluate(
    (l) =>
      (window as unknown as { __bench: { findToggle(l: string): string | undefined } }).__bench.findToggle(l),
    label,
  );
  const result: ToggleResult = { control, twoFrames: [], settled: [], starts: [], early: [] };
  if (!control) return result;
  // A click the moment the page is drawn competes with the load's tail (the idle-time work after
  // the first draw, 80-170 ms at 10,000 events): reported on its own, and the measured toggles
  // start once the page has settled, 1 s later and in an idle period (right after an idle period
  // alone, the first toggle still met that work and took 60-70 ms).
  for (let i = 0; i < 2; i++) result.early!.push((await toggle(page)).settled);
  await page.waitForTimeout(1000);
  await waitForIdle(page);
  const t0 = Date.now();
  for (let i = 0; i < n; i++) {
    // A slow app must not eat the whole benchmark: stop after 30 s, on an even count so the filter ends off.
    if (i >= 4 && i % 2 === 0 && Date.now() - t0 > 30_000) break;
    const r = await toggle(page);
    result.twoFrames.push(r.twoFrames);
    result.settled.push(r.settled);
    result.starts.push(r.t0);
  }
  return result;
}

function toggle(page: Page): Promise<{ t0: number; twoFrames: number; settled: number }> {
  return page.evaluate(() =>
    (
      window as unknown as {
        __bench: { toggle(): Promise<{ t0: number; twoFrames: number; settled: number }> };
      }
    ).__bench.toggle(),
  );
}

/**
 * Waits until the page's main thread is idle: an idle period of 45 ms or more, which Chromium
 * grants only when no frame and no task is pending (at most 5 s).
 */
async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const end = performance.now() + 5000;
    while (performance.now() < end) {
      const left = await new Promise<number>((r) => requestIdleCallback((d) => r(d.timeRemaining())));
      if (left >= 45) return;
    }
  });
}

const CLOCK_MARK = 'bench-clock';

/** Cuts the trace into the load, each toggle and each gesture frame (all in page time). */
function addMainThreadCpu(events: TraceEvent[], markPageMs: number, r: RunResult): void {
  const main = readMainThread(events, CLOCK_MARK, markPageMs);
  if (!main) throw new Error('no clock mark in the trace');
  const cpu = (windows: [number, number][]) => cpuInWindows(main, windows);
  const { load } = r;
  if (load.fromNavigation !== undefined) {
    [load.cpuFromNavigation] = cpu([[0, load.fromNavigation]]);
    if (load.dataResponseEnd !== undefined)
      [load.cpuAfterData] = cpu([[load.dataResponseEnd, load.fromNavigation]]);
  }
  if (r.filter) r.filter.cpu = cpu(r.filter.starts.map((t0, i) => [t0, t0 + r.filter!.settled[i]]));
  for (const g of [r.zoom, r.map]) {
    if (!g) continue;
    g.cpuPerFrame = cpu(g.windows);
    g.cpuTotal = g.cpuPerFrame.reduce((sum, x) => sum + x, 0);
  }
}

export async function runOnce(browser: Browser, o: RunOptions): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e).slice(0, 300)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text().slice(0, 300));
  });
  const cdp = await context.newCDPSession(page);
  const stopHeap = heapSampler(cdp);
  try {
    const profiles: Record<string, ReturnType<typeof summarizeProfile>> = {};
    // Sampling every 0.5 ms costs a little time itself: profiled runs are for attribution, not for the figures.
    const profiled = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      if (!o.profile) return fn();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      try {
        return await fn();
      } finally {
        const { profile } = await cdp.send('Profiler.stop');
        profiles[name] = summarizeProfile(profile as unknown as CpuProfile, 25);
      }
    };
    const stopTrace = o.traceCpu ? await startTrace(cdp) : undefined;
    const load = await profiled('load', () => measureLoad(page, o.url, o.loadTimeoutMs));
    const result: RunResult = { load, heapPeakBytes: 0, errors, ...(o.profile ? { profiles } : {}) };
    // One failing interaction (the app changes under us) must not lose the others.
    const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await fn();
      } catch (err) {
        errors.push(`bench ${what}: ${String(err).split('\n')[0].slice(0, 200)}`);
        return undefined;
      }
    };
    if (load.drawn) {
      if (o.toggles > 0)
        result.filter = await attempt('filter', () =>
          profiled('filter', () => measureToggles(page, o.topicLabel, o.toggles)),
        );
      if (o.zoom)
        result.zoom = await attempt('zoom', () =>
          profiled('zoom', () => measureGesture(page, 'Timeline', 12)),
        );
      if (o.map)
        result.map = await attempt('map', () => profiled('map', () => measureGesture(page, 'Map', 8)));
    }
    if (stopTrace)
      await attempt('trace', async () => {
        // The mark is made while tracing, so the trace holds it.
        const markPageMs = await page.evaluate(
          (name) =>
            (window as unknown as { __bench: { clockMark(n: string): number } }).__bench.clockMark(name),
          CLOCK_MARK,
        );
        const t0 = performance.now();
        addMainThreadCpu(await stopTrace(), markPageMs, result);
        result.traceReadMs = Math.round(performance.now() - t0);
      });
    const inPage = await page
      .evaluate(() => (window as unknown as { __bench: { heapPeak: number } }).__bench.heapPeak)
      .catch(() => 0);
    result.heapPeakBytes = Math.max(await stopHeap(), inPage);
    return result;
  } finally {
    await stopHeap().catch(() => 0);
    await context.close();
  }
}

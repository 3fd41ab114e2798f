/**
 * One benchmark run in headless Chromium against the built app: load until
 * everything is drawn, then toggle a topic, zoom and pan the timeline, and
 * (optionally) pan and zoom the map, recording frame times and the JS heap.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { INIT_SCRIPT } from './in-page';
import { summarizeProfile, type CpuProfile } from './cpu-profile';
import { percentile } from './stats';

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
}
export interface ToggleResult {
  control?: string;
  twoFrames: number[];
  settled: number[];
}
export interface FramesResult {
  target?: string;
  frames: number[];
  median: number;
  p95: number;
  /** Frames skipped at 60 Hz: the sum over intervals of round(interval / 16.7) − 1. */
  dropped: number;
  /** Did the interaction change the view (URL range/map parameter or the DOM)? */
  effect: boolean;
  /** The page was so slow that the scripted gesture stopped after 20 s. */
  cutShort: boolean;
}
export interface RunResult {
  load: LoadResult;
  filter?: ToggleResult;
  zoom?: FramesResult;
  map?: FramesResult;
  heapPeakBytes: number;
  errors: string[];
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
  const result: ToggleResult = { control, twoFrames: [], settled: [] };
  if (!control) return result;
  const t0 = Date.now();
  for (let i = 0; i < n; i++) {
    // A slow app must not eat the whole benchmark: stop after 30 s, on an even count so the filter ends off.
    if (i >= 4 && i % 2 === 0 && Date.now() - t0 > 30_000) break;
    const r = await page.evaluate(() =>
      (
        window as unknown as { __bench: { toggle(): Promise<{ twoFrames: number; settled: number }> } }
      ).__bench.toggle(),
    );
    result.twoFrames.push(r.twoFrames);
    result.settled.push(r.settled);
  }
  return result;
}

/** The largest SVG, canvas or Leaflet container in a region: where wheel and drag go. */
async function surface(page: Page, region: string) {
  return page.evaluate((name) => {
    const r = document.querySelector(`[aria-label="${name}"]`);
    if (!r) return undefined;
    let best: { x: number; y: number; w: number; h: number; tag: string } | undefined;
    for (const el of r.querySelectorAll('svg, canvas, .leaflet-container')) {
      const b = el.getBoundingClientRect();
      if (b.width * b.height > (best ? best.w * best.h : 0))
        best = {
          x: b.x,
          y: b.y,
          w: b.width,
          h: b.height,
          tag: `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}`,
        };
    }
    return best;
  }, region);
}

/** Scripted wheel zoom in, a drag pan, wheel zoom out over a region; frame intervals collected in the page. */
async function measureGesture(page: Page, region: string, steps: number): Promise<FramesResult | undefined> {
  const s = await surface(page, region);
  if (!s) return undefined;
  const cx = s.x + s.w / 2;
  const cy = s.y + s.h / 2;
  const before = await page.evaluate(
    (name) => location.search + (document.querySelector(`[aria-label="${name}"]`)?.innerHTML.length ?? -1),
    region,
  );
  await page.mouse.move(cx, cy);
  // Input waits for the page to take it: on a very slow page the gesture is cut short after 20 s.
  const deadline = Date.now() + 20_000;
  const go = () => Date.now() < deadline;
  await page.evaluate(() =>
    (window as unknown as { __bench: { startFrames(): void } }).__bench.startFrames(),
  );
  for (let i = 0; i < steps && go(); i++) {
    await page.mouse.wheel(0, -100);
    await sleep(16);
  }
  await page.mouse.down();
  for (let i = 1; i <= steps && go(); i++) {
    await page.mouse.move(cx - (i * s.w) / (4 * steps), cy + (i * s.h) / (8 * steps));
    await sleep(16);
  }
  await page.mouse.up();
  for (let i = 0; i < steps && go(); i++) {
    await page.mouse.wheel(0, 100);
    await sleep(16);
  }
  await sleep(300);
  const frames = await page.evaluate(() =>
    (window as unknown as { __bench: { stopFrames(): number[] } }).__bench.stopFrames(),
  );
  const after = await page.evaluate(
    (name) => location.search + (document.querySelector(`[aria-label="${name}"]`)?.innerHTML.length ?? -1),
    region,
  );
  return {
    target: s.tag,
    frames: frames.map((f) => Math.round(f * 10) / 10),
    median: percentile(frames, 50),
    p95: percentile(frames, 95),
    dropped: frames.reduce((sum, f) => sum + Math.max(0, Math.round(f / (1000 / 60)) - 1), 0),
    effect: before !== after,
    cutShort: !go(),
  };
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

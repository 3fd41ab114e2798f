/**
 * A scripted wheel-zoom and drag-pan gesture over a panel, with the frame
 * intervals the page logged meanwhile (see `startFrames`/`stopFrames` in in-page.ts).
 */
import type { Page } from 'playwright-core';
import { percentile } from './stats';

export interface FramesResult {
  target?: string;
  /** Intervals between consecutive frames' start times (rAF timestamps), ms. */
  frames: number[];
  median: number;
  p95: number;
  /**
   * The same frames timed by when the page's callback ran (performance.now() in it): that adds
   * the callback's start jitter (input handling and commit run first in a frame), so a frame on
   * time can read 18 ms and the next 15 ms.
   */
  callbackP95: number;
  /** Frames skipped at 60 Hz: the sum over intervals of round(interval / 16.7) − 1. */
  dropped: number;
  /** Did the interaction change the view (URL range/map parameter or the DOM)? */
  effect: boolean;
  /** The page was so slow that the scripted gesture stopped after 20 s. */
  cutShort: boolean;
  /** Each frame as [previous frame's start, its start], page ms: the windows for main-thread CPU. */
  windows: [number, number][];
  /** With a trace: the renderer main thread's CPU ms in each frame window, and over the gesture. */
  cpuPerFrame?: number[];
  cpuTotal?: number;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
export async function measureGesture(
  page: Page,
  region: string,
  steps: number,
): Promise<FramesResult | undefined> {
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
  const logged = await page.evaluate(() =>
    (window as unknown as { __bench: { stopFrames(): [number, number, number][] } }).__bench.stopFrames(),
  );
  const frames = logged.map(([stamp]) => stamp);
  const after = await page.evaluate(
    (name) => location.search + (document.querySelector(`[aria-label="${name}"]`)?.innerHTML.length ?? -1),
    region,
  );
  return {
    target: s.tag,
    frames: frames.map((f) => Math.round(f * 10) / 10),
    median: percentile(frames, 50),
    p95: percentile(frames, 95),
    callbackP95: percentile(
      logged.map(([, callback]) => callback),
      95,
    ),
    dropped: frames.reduce((sum, f) => sum + Math.max(0, Math.round(f / (1000 / 60)) - 1), 0),
    effect: before !== after,
    cutShort: !go(),
    windows: logged.map(([interval, , stamp]) => [stamp - interval, stamp]),
  };
}

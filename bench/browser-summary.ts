/** Per-size summaries of the raw browser runs: medians with min–max over runs, per-run percentiles first. */
import type { FramesResult, RunResult } from './browser-bench';
import { percentile, round, spread, type Spread } from './stats';

export interface FramesSummary {
  target?: string;
  median?: Spread;
  p95?: Spread;
  dropped?: Spread;
  /** p95 of the intervals between the moments the page's frame callback ran (start jitter included). */
  callbackP95?: Spread;
  /** Runs in which the gesture visibly changed the view. */
  effectiveRuns: number;
  /** Runs in which the page was too slow to finish the scripted gesture in 20 s. */
  cutShortRuns: number;
  frames: number[][];
  /** Traced runs: the renderer main thread's CPU ms per frame (median, p95 within a run) and over the gesture. */
  cpuFrameMedian?: Spread;
  cpuFrameP95?: Spread;
  cpuTotal?: Spread;
}
export interface BrowserSummary {
  runs: number;
  drawnRuns: number;
  notDrawn: string[];
  loadFromNavigation?: Spread;
  loadAfterData?: Spread;
  dataMiB?: number;
  partDrawnAt: Record<string, Spread | undefined>;
  longTaskTotal?: Spread;
  longestTask?: Spread;
  /** Runs with a Chrome trace (main-thread CPU figures come from these only). */
  tracedRuns?: number;
  /** Renderer main thread CPU ms, navigation → drawn and data arrived → drawn. */
  cpuFromNavigation?: Spread;
  cpuAfterData?: Spread;
  filter?: {
    control?: string;
    p95?: Spread;
    median?: Spread;
    twoFramesP95?: Spread;
    settled: number[][];
    /** Main-thread CPU ms per toggle (click → settled): median and p95 within each traced run. */
    cpuMedian?: Spread;
    cpuP95?: Spread;
    /** The first click at once after drawn, before the page went idle (one per run). */
    early?: Spread;
  };
  zoom?: FramesSummary;
  map?: FramesSummary;
  heapMiB?: Spread;
  errors: string[];
}
const r1 = (xs: number[]) => xs.map((x) => round(x));

function frames(list: (FramesResult | undefined)[]): FramesSummary | undefined {
  const ok = list.filter((x): x is FramesResult => !!x && x.frames.length > 0);
  if (ok.length === 0) return undefined;
  return {
    target: ok[0].target,
    median: spread(ok.map((x) => x.median)),
    p95: spread(ok.map((x) => x.p95)),
    dropped: spread(ok.map((x) => x.dropped)),
    callbackP95: spread(ok.filter((x) => x.callbackP95 !== undefined).map((x) => x.callbackP95)),
    effectiveRuns: ok.filter((x) => x.effect).length,
    cutShortRuns: ok.filter((x) => x.cutShort).length,
    frames: ok.map((x) => x.frames),
    ...cpuOf(ok),
  };
}

function cpuOf(ok: FramesResult[]): Pick<FramesSummary, 'cpuFrameMedian' | 'cpuFrameP95' | 'cpuTotal'> {
  const traced = ok.filter((x) => x.cpuPerFrame?.length);
  if (traced.length === 0) return {};
  return {
    cpuFrameMedian: spread(traced.map((x) => percentile(x.cpuPerFrame!, 50))),
    cpuFrameP95: spread(traced.map((x) => percentile(x.cpuPerFrame!, 95))),
    cpuTotal: spread(traced.map((x) => x.cpuTotal ?? NaN)),
  };
}

export function summarizeBrowser(raw: RunResult[]): BrowserSummary {
  const drawn = raw.filter((r) => r.load.drawn);
  const parts = Object.keys(raw[0]?.load.parts ?? {});
  const filters = raw.map((r) => r.filter).filter((f) => f && f.settled.length > 0);
  return {
    runs: raw.length,
    drawnRuns: drawn.length,
    notDrawn: parts.filter((p) => raw.some((r) => !r.load.parts[p])),
    loadFromNavigation: spread(drawn.map((r) => r.load.fromNavigation ?? NaN)),
    loadAfterData: spread(drawn.map((r) => r.load.afterData ?? NaN)),
    dataMiB: raw[0]?.load.dataBytes ? round(raw[0].load.dataBytes / 2 ** 20) : undefined,
    partDrawnAt: Object.fromEntries(parts.map((p) => [p, spread(raw.map((r) => r.load.marks[p] ?? NaN))])),
    longTaskTotal: spread(drawn.map((r) => r.load.longTaskTotal)),
    longestTask: spread(drawn.map((r) => r.load.longestTask)),
    tracedRuns: drawn.filter((r) => r.load.cpuFromNavigation !== undefined).length,
    cpuFromNavigation: spread(drawn.map((r) => r.load.cpuFromNavigation ?? NaN)),
    cpuAfterData: spread(drawn.map((r) => r.load.cpuAfterData ?? NaN)),
    filter:
      raw.some((r) => r.filter) || filters.length
        ? {
            control: raw.find((r) => r.filter?.control)?.filter?.control,
            p95: spread(filters.map((f) => percentile(f!.settled, 95))),
            median: spread(filters.map((f) => percentile(f!.settled, 50))),
            twoFramesP95: spread(filters.map((f) => percentile(f!.twoFrames, 95))),
            settled: filters.map((f) => r1(f!.settled)),
            cpuMedian: spread(filters.map((f) => (f!.cpu?.length ? percentile(f!.cpu, 50) : NaN))),
            cpuP95: spread(filters.map((f) => (f!.cpu?.length ? percentile(f!.cpu, 95) : NaN))),
            early: spread(filters.map((f) => f!.early?.[0] ?? NaN)),
          }
        : undefined,
    zoom: frames(raw.map((r) => r.zoom)),
    map: frames(raw.map((r) => r.map)),
    heapMiB: spread(raw.map((r) => r.heapPeakBytes / 2 ** 20)),
    errors: [...new Set(raw.flatMap((r) => r.errors))].slice(0, 5),
  };
}

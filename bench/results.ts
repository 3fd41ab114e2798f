/** The results file's shape and each figure judged against its goal (summaries: browser-summary.ts). */
import type { EntrySize } from './bundle-size';
import type { LoadedAssets } from './loaded-scripts';
import type { summarizeProfile } from './cpu-profile';
import type { Machine } from './machine';
import type { PipelineFigures } from './pipeline-bench';
import { cpuNote, frameCpuNote, joinWhy } from './cpu-note';
import { judge, type Figure } from './figure';
import { pipelineFigures } from './pipeline-figures';
import { formatSpread, type Spread } from './stats';
import type { BrowserSummary } from './browser-summary';

export { summarizeBrowser, type BrowserSummary, type FramesSummary } from './browser-summary';

export type { Figure };

export interface Results {
  generatedAt: string;
  mode: 'full' | 'quick' | 'partial';
  git: { commit: string; dirtySourceFiles: number };
  machine: Machine;
  config: Record<string, unknown>;
  build?: { ms: number; dir: string };
  bundle?: { dashboard: EntrySize; embeds: EntrySize[]; loaded: LoadedAssets[] };
  browser: Record<string, BrowserSummary>;
  pipeline?: PipelineFigures;
  figures: Figure[];
  durationSeconds?: number;
  profiles?: Record<string, ReturnType<typeof summarizeProfile>>;
}

const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const PEERS = {
  load1k: 'TimelineJS 3.0 s; vis-timeline 0.6 s',
  load10k: 'TimelineJS ≈22 s; vis-timeline ≈3.7 s',
  filter10k: 'TimelineJS 2.9 s; vis-timeline 0.5 s',
  bundle: 'vis-timeline 153 KiB gzip',
};

function loadWhy(s: BrowserSummary | undefined): string | undefined {
  if (!s) return 'size not run';
  if (s.drawnRuns < s.runs)
    return `not drawn in ${s.runs - s.drawnRuns}/${s.runs} runs: ${s.notDrawn.join(', ')} never appeared`;
  const at = Object.entries(s.partDrawnAt).map(([p, v]) => `${p} ${v ? v.median.toFixed(0) : '–'}`);
  return `drawn at (ms from navigation) ${at.join(', ')}; main thread in long tasks ${s.longTaskTotal?.median.toFixed(0)} ms (longest ${s.longestTask?.median.toFixed(0)} ms); dataset ${s.dataMiB} MiB`;
}

export function evaluateFigures(res: Results): Figure[] {
  const f: Figure[] = [];
  const b = (n: number) => res.browser[n];
  const ms = (s: Spread | undefined) => formatSpread(s, 'ms');
  for (const n of [1000, 10_000, 100_000]) {
    const s = b(n);
    const label = n.toLocaleString('en-US');
    f.push({
      id: `load-${n}-navigation`,
      label: `Load, ${label} events: navigation → all drawn`,
      ...(n === 100_000 ? { goal: '≤ 2,000 ms' } : {}),
      result: ms(s?.loadFromNavigation),
      status:
        n === 100_000
          ? judge(s?.loadFromNavigation?.median, 2000)
          : s?.loadFromNavigation
            ? 'info'
            : 'not measured',
      why: s ? joinWhy(cpuNote([['', s.cpuFromNavigation]]), loadWhy(s)) : loadWhy(s),
      peers: n === 1000 ? PEERS.load1k : n === 10_000 ? PEERS.load10k : undefined,
    });
    f.push({
      id: `load-${n}-after-data`,
      label: `Load, ${label} events: data arrived → all drawn`,
      ...(n === 10_000 ? { goal: '≤ 500 ms' } : {}),
      result: ms(s?.loadAfterData),
      status:
        n === 10_000 ? judge(s?.loadAfterData?.median, 500) : s?.loadAfterData ? 'info' : 'not measured',
      why: cpuNote([['', s?.cpuAfterData]]),
    });
  }
  for (const [n, limit] of [
    [10_000, 50],
    [100_000, 150],
  ] as const) {
    const s = b(n)?.filter;
    f.push({
      id: `filter-${n}`,
      label: `Filter, ${n.toLocaleString('en-US')} events: toggle one topic → painted, p95 of ${res.config.toggles} toggles`,
      goal: `≤ ${limit} ms p95`,
      result: ms(s?.p95),
      status: judge(s?.p95?.median, limit),
      why: !b(n)
        ? 'size not run'
        : !s?.control
          ? `no "${res.config.topicToggled}" checkbox in the Filters region`
          : joinWhy(
              cpuNote([
                ['per toggle median', s.cpuMedian],
                ['p95', s.cpuP95],
              ]),
              `${s.settled.map((x) => x.length).join('/')} toggles per run; median ${s.median?.median.toFixed(0)} ms; two-frame (urgent update only) p95 ${s.twoFramesP95?.median.toFixed(0)} ms`,
              s.early?.median !== undefined
                ? `a click at once when drawn (before the page went idle, not in the p95): ${ms(s.early)}`
                : undefined,
            ),
      peers: n === 10_000 ? PEERS.filter10k : undefined,
    });
  }
  const zoom = b(10_000)?.zoom;
  f.push({
    id: 'zoom-10000',
    label: 'Timeline wheel zoom + pan, 10,000 events: frame interval p95 (frame start times)',
    goal: '≤ 16 ms (no frame over one 60 Hz interval, 16.7 ms)',
    result: ms(zoom?.p95),
    status: judge(zoom?.p95?.median, 17.5),
    why: zoom
      ? `${frameCpuNote(zoom)}median ${zoom.median?.median.toFixed(1)} ms; ${zoom.dropped?.median} frames dropped per gesture; timed by when the frame callback ran (start jitter included): p95 ${ms(zoom.callbackP95)}; view changed in ${zoom.effectiveRuns}/${zoom.frames.length} runs${zoom.cutShortRuns ? `; gesture cut short (20 s) in ${zoom.cutShortRuns} runs` : ''}; target ${zoom.target}`
      : 'no timeline surface (svg/canvas) to zoom',
  });
  const sizesRun = Object.keys(res.browser).map(Number);
  const big = sizesRun.length ? Math.max(...sizesRun) : 100_000;
  const map = b(big)?.map;
  f.push({
    id: `map-${big}`,
    label: `Map wheel zoom + pan, ${big.toLocaleString('en-US')} events: frame interval p95 (frame start times)`,
    result: ms(map?.p95),
    status: map ? 'info' : 'not measured',
    why: map
      ? `${frameCpuNote(map)}median ${map.median?.median.toFixed(1)} ms; ${map.dropped?.median} frames dropped per gesture; view changed in ${map.effectiveRuns}/${map.frames.length} runs${map.cutShortRuns ? `; gesture cut short (20 s) in ${map.cutShortRuns} runs` : ''}`
      : 'no map surface',
  });
  for (const n of Object.keys(res.browser).map(Number)) {
    f.push({
      id: `heap-${n}`,
      label: `Peak JS heap, ${n.toLocaleString('en-US')} events (load + interactions)`,
      result: formatSpread(b(n).heapMiB, 'MiB', 1),
      status: 'info',
    });
  }
  const d = res.bundle?.dashboard;
  f.push({
    id: 'bundle-dashboard-js',
    label: 'Dashboard initial script (gzip)',
    goal: '≤ 200 KiB',
    result: d ? KiB(d.scriptGzip) : 'n/a',
    status: judge(d && d.scriptGzip / 1024, 200),
    why: d ? d.scripts.map((s) => `${s.file} ${KiB(s.gzip)}`).join(', ') : undefined,
    peers: PEERS.bundle,
  });
  f.push({
    id: 'bundle-dashboard-css',
    label: 'Dashboard initial CSS (gzip)',
    result: d ? KiB(d.styleGzip) : 'n/a',
    status: d ? 'info' : 'not measured',
  });
  for (const l of res.bundle?.loaded ?? []) {
    const timeline = l.url.includes('panel=timeline') && !l.url.includes('timeline-map');
    f.push({
      id: `loaded-${l.url}`,
      label: `${l.url === '/' ? 'Dashboard' : `Embed ${l.url}`}: all script fetched at start-up incl. lazy chunks (gzip)`,
      ...(timeline ? { goal: '≤ 100 KiB' } : {}),
      result: KiB(l.scriptGzip),
      status: timeline ? judge(l.scriptGzip / 1024, 100) : 'info',
    });
  }
  if (res.bundle && res.bundle.embeds.length === 0)
    f.push({
      id: 'bundle-embed',
      label: 'Embed entries',
      goal: 'timeline embed ≤ 100 KiB',
      result: 'not built yet',
      status: 'not measured',
    });
  for (const e of res.bundle?.embeds ?? [])
    f.push({
      id: `bundle-${e.html}`,
      label: `${e.html} initial script before its panel chunk (gzip)`,
      result: KiB(e.scriptGzip),
      status: 'info',
    });
  f.push(...pipelineFigures(res.pipeline));
  return f;
}

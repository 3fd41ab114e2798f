/** Main-thread CPU figures as short notes for the report's "Why / detail" column. */
import type { FramesSummary } from './browser-summary';
import type { Spread } from './stats';

/** "12 ms (10–14)": a median with its min–max over runs, short enough for the table's detail column. */
function brief(s: Spread, digits = 0): string {
  const f = (x: number) => x.toFixed(digits);
  return s.runs.length > 1 ? `${f(s.median)} ms (${f(s.min)}–${f(s.max)})` : `${f(s.median)} ms`;
}
const traced = (s: Spread) => `${s.runs.length} traced run${s.runs.length === 1 ? '' : 's'}`;

/** The renderer main thread's own CPU time beside a wall-clock figure (what the app cost, whatever the machine's load). */
export function cpuNote(
  parts: [label: string, s: Spread | undefined][],
  digits = 0,
  suffix = '',
): string | undefined {
  const shown = parts.filter((p): p is [string, Spread] => !!p[1]);
  if (shown.length === 0) return undefined;
  return `main-thread CPU ${shown.map(([l, s]) => `${l}${l ? ' ' : ''}${brief(s, digits)}`).join(', ')}${suffix} (${traced(shown[0][1])})`;
}
export const joinWhy = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ') || undefined;

/** The CPU part of a gesture figure's detail, with its separator ("" without a trace). */
export const frameCpuNote = (
  g: Pick<FramesSummary, 'cpuFrameMedian' | 'cpuFrameP95' | 'cpuTotal'>,
): string => {
  const note = cpuNote(
    [
      ['per frame median', g.cpuFrameMedian],
      ['p95', g.cpuFrameP95],
    ],
    1,
    g.cpuTotal ? `, ${brief(g.cpuTotal)} over the gesture` : '',
  );
  return note ? `${note}; ` : '';
};

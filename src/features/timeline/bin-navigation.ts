/**
 * Keyboard movement over the density (overview zoom, too many events for one mark each):
 * a cursor on one bin of one lane. Left/Right go to the neighbouring period of the lane,
 * Up/Down to the nearest period in the next lane that has any, Home/End to the lane's ends.
 * The cursor is kept by lane and date, so it survives zooming and panning.
 */
import { utcDay, utcMonth, utcYear } from './utc-time';
import type { Bin } from './aggregate';
import type { NavKey } from './navigation';
import { utcFormatter } from './format-utc';

export interface BinCursor {
  lane: number;
  /** An instant inside the bin (its start when the cursor was put there). */
  t: number;
}

export interface FoundBin {
  lane: number;
  index: number;
  bin: Bin;
}

/** The bin the cursor stands on: in its lane, the bin containing its date, else the nearest; else the first bin anywhere. */
export function findBin(lanes: readonly (readonly Bin[])[], cursor?: BinCursor): FoundBin | undefined {
  const own = cursor ? lanes[cursor.lane] : undefined;
  if (cursor && own?.length) {
    let best = 0;
    let distance = Infinity;
    own.forEach((b, i) => {
      const d = cursor.t < b.t ? b.t - cursor.t : cursor.t >= b.end ? cursor.t - b.end + 1 : 0;
      if (d < distance) {
        best = i;
        distance = d;
      }
    });
    return { lane: cursor.lane, index: best, bin: own[best] };
  }
  const lane = lanes.findIndex((bins) => bins.length > 0);
  return lane < 0 ? undefined : { lane, index: 0, bin: lanes[lane][0] };
}

/** Where the cursor goes after `key` (from the first bin when it has not been placed); undefined when there is no bin. */
export function navigateBins(
  lanes: readonly (readonly Bin[])[],
  cursor: BinCursor | undefined,
  key: NavKey,
): BinCursor | undefined {
  const here = findBin(lanes, cursor);
  if (!here) return undefined;
  const bins = lanes[here.lane];
  const at = (lane: number, index: number): BinCursor => ({ lane, t: lanes[lane][index].t });
  switch (key) {
    case 'Home':
      return at(here.lane, 0);
    case 'End':
      return at(here.lane, bins.length - 1);
    case 'ArrowLeft':
      return at(here.lane, Math.max(0, here.index - 1));
    case 'ArrowRight':
      return at(here.lane, Math.min(bins.length - 1, here.index + 1));
    default: {
      const dir = key === 'ArrowDown' ? 1 : -1;
      let lane = here.lane + dir;
      while (lane >= 0 && lane < lanes.length && !lanes[lane].length) lane += dir;
      if (lane < 0 || lane >= lanes.length) return at(here.lane, here.index);
      // The period that lies closest to the current one on screen.
      const mid = (here.bin.x0 + here.bin.x1) / 2;
      let best = 0;
      lanes[lane].forEach((b, i) => {
        const best0 = lanes[lane][best];
        if (Math.abs((b.x0 + b.x1) / 2 - mid) < Math.abs((best0.x0 + best0.x1) / 2 - mid)) best = i;
      });
      return at(lane, best);
    }
  }
}

const DAY_MS = 86_400_000;
const fmtDay = utcFormatter('%-d %B %Y');
const fmtMonth = utcFormatter('%B %Y');
const fmtYear = utcFormatter('%Y');

/** The period a bin covers, in words: "2020", "March 2020", "2 March 2020", "2 March 2020 – 8 March 2020". */
export function describePeriod(t: number, end: number): string {
  const a = new Date(t);
  const b = new Date(end);
  const last = new Date(end - 1);
  if (+utcYear.floor(a) === t && +utcYear.floor(b) === end && a.getUTCFullYear() + 1 === b.getUTCFullYear())
    return fmtYear(a);
  if (+utcMonth.floor(a) === t && +utcMonth.floor(b) === end && +utcMonth.offset(a, 1) === end)
    return fmtMonth(a);
  if (+utcDay.floor(a) === t && end - t <= DAY_MS) return fmtDay(a);
  return `${fmtDay(a)} – ${fmtDay(last)}`;
}

/** The window that shows one bin: its period, widened about its middle to the closest zoom allowed. */
export function windowForBin(bin: Pick<Bin, 't' | 'end'>, minSpan: number): [number, number] {
  const span = Math.max(bin.end - bin.t, minSpan);
  const mid = (bin.t + bin.end) / 2;
  return [mid - span / 2, mid + span / 2];
}

/**
 * The UTC calendar intervals the timeline counts in (day, week, month, year) and d3-time's
 * choice of a tick interval, without d3-time: its bundle creates every local and UTC interval
 * when it loads (calls a bundler cannot drop), about 2 KB of the timeline embed for four
 * intervals. Same semantics as d3-time's (agreement-tested against it in utc-time.test.ts).
 */
import { bisector, tickStep } from 'd3-array';

export interface TimeInterval {
  floor(date: Date): Date;
  offset(date: Date, step?: number): Date;
  /** Every interval start in [start, stop). */
  range(start: Date, stop: Date): Date[];
}

function interval(floori: (d: Date) => void, offseti: (d: Date, step: number) => void): TimeInterval {
  return {
    floor(date) {
      const d = new Date(+date);
      floori(d);
      return d;
    },
    offset(date, step = 1) {
      const d = new Date(+date);
      offseti(d, Math.floor(step));
      return d;
    },
    range(start, stop) {
      const out: Date[] = [];
      // The first start at or after `start` (d3's ceil).
      const d = new Date(+start - 1);
      floori(d);
      offseti(d, 1);
      floori(d);
      if (!(d < stop)) return out;
      let previous: Date;
      do {
        out.push((previous = new Date(+d)));
        offseti(d, 1);
        floori(d);
      } while (previous < d && d < stop);
      return out;
    },
  };
}

/** Only the starts where `test` holds (d3's `interval.filter`), e.g. every other day of the month. */
function filtered(
  floori: (d: Date) => void,
  offseti: (d: Date, step: number) => void,
  test: (d: Date) => boolean,
): TimeInterval {
  return interval(
    (d) => {
      if (+d === +d) while ((floori(d), !test(d))) d.setTime(+d - 1);
    },
    (d, step) => {
      if (+d !== +d) return;
      const dir = step < 0 ? -1 : 1;
      for (let n = Math.abs(step); n > 0; n--) while ((offseti(d, dir), !test(d)));
    },
  );
}

const floorDay = (d: Date) => d.setUTCHours(0, 0, 0, 0);
const offsetDay = (d: Date, step: number) => d.setUTCDate(d.getUTCDate() + step);
const floorMonth = (d: Date) => (d.setUTCDate(1), floorDay(d));
const offsetMonth = (d: Date, step: number) => d.setUTCMonth(d.getUTCMonth() + step);

export const utcDay = interval(floorDay, offsetDay);
/** Weeks from Sunday, as d3's utcWeek. */
export const utcWeek = interval(
  (d) => (d.setUTCDate(d.getUTCDate() - d.getUTCDay()), floorDay(d)),
  (d, step) => offsetDay(d, step * 7),
);
export const utcMonth = interval(floorMonth, offsetMonth);
export const utcYear = everyYears(1);

/** Every k-th year, on multiples of k (d3's utcYear.every). */
function everyYears(k: number): TimeInterval {
  return interval(
    (d) => {
      d.setUTCFullYear(Math.floor(d.getUTCFullYear() / k) * k);
      d.setUTCMonth(0, 1);
      floorDay(d);
    },
    (d, step) => d.setUTCFullYear(d.getUTCFullYear() + step * k),
  );
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** d3-time's tick intervals with their nominal lengths; finer than a day they are listed only to choose between. */
const TICK_INTERVALS: [TimeInterval | null, number][] = [
  ...[1, 5, 15, 30].map((n): [null, number] => [null, n * SECOND]),
  ...[1, 5, 15, 30].map((n): [null, number] => [null, n * MINUTE]),
  ...[1, 3, 6, 12].map((n): [null, number] => [null, n * HOUR]),
  [utcDay, DAY],
  // Every other day counted from 1 January 1970 (d3's ticks use unixDay here, not utcDay).
  [filtered(floorDay, offsetDay, (d) => Math.floor(+d / DAY) % 2 === 0), 2 * DAY],
  [utcWeek, 7 * DAY],
  [utcMonth, 30 * DAY],
  [filtered(floorMonth, offsetMonth, (d) => d.getUTCMonth() % 3 === 0), 90 * DAY],
  [utcYear, YEAR],
];
const byLength = bisector(([, length]: [TimeInterval | null, number]) => length);

/**
 * The interval d3's `utcTickInterval(start, stop, count)` picks for about `count` ticks, or
 * null where it would pick one shorter than a day (dates here have no time of day).
 */
export function utcTickInterval(start: Date, stop: Date, count: number): TimeInterval | null {
  const target = Math.abs(+stop - +start) / count;
  const i = byLength.right(TICK_INTERVALS, target);
  if (i === TICK_INTERVALS.length) {
    const k = Math.floor(tickStep(+start / YEAR, +stop / YEAR, count));
    return Number.isFinite(k) && k > 0 ? everyYears(k) : null;
  }
  if (i === 0) return null;
  const nearer = target / TICK_INTERVALS[i - 1][1] < TICK_INTERVALS[i][1] / target ? i - 1 : i;
  return TICK_INTERVALS[nearer][0];
}

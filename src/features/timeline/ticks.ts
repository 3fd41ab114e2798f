/**
 * Axis ticks that suit the zoom (years → months → days), labelled in UTC so they
 * read the same in every time zone. The first tick carries the year for context.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcTickInterval, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { ViewWindow } from './view-window';

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
  t: number;
  x: number;
  label: string;
}

const fmtYear = utcFormat('%Y');
const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%b %Y');
const fmtDay = utcFormat('%-d %b');
const fmtDayYear = utcFormat('%-d %b %Y');

/** Labels for a tick of the given unit; `first` adds the year so a zoomed-in axis stays anchored. */
export function formatTick(date: Date, unit: TickUnit, first = false): string {
  if (unit === 'year') return fmtYear(date);
  if (unit === 'month') return first || date.getUTCMonth() === 0 ? fmtMonthYear(date) : fmtMonth(date);
  return first || (date.getUTCMonth() === 0 && date.getUTCDate() === 1) ? fmtDayYear(date) : fmtDay(date);
}

function unitOf(ticks: Date[]): TickUnit {
  if (ticks.every((d) => +utcYear.floor(d) === +d)) return 'year';
  if (ticks.every((d) => +utcMonth.floor(d) === +d)) return 'month';
  return 'day';
}

/** Ticks about every `spacing` px; never finer than a day, since dates have no time of day. */
export function deriveTicks(
  view: ViewWindow,
  width: number,
  spacing = 95,
): { unit: TickUnit; ticks: Tick[] } {
  if (width <= 0) return { unit: 'year', ticks: [] };
  const scale = scaleUtc().domain(view).range([0, width]);
  const count = Math.max(2, Math.floor(width / spacing));
  let interval: TimeInterval | null = utcTickInterval(new Date(view[0]), new Date(view[1]), count);
  const step = interval ? +interval.offset(new Date(view[0]), 1) - view[0] : 0;
  if (!interval || step < 86_400_000) interval = utcDay;
  const dates = scale.ticks(interval);
  const unit = unitOf(dates);
  return {
    unit,
    ticks: dates.map((d, i) => ({ t: +d, x: scale(d), label: formatTick(d, unit, i === 0) })),
  };
}

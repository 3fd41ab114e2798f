/**
 * Axis ticks that suit the zoom (years → months → days), labelled in UTC so they
 * read the same in every time zone. The first tick carries the year for context.
 */
import { utcDay, utcMonth, utcTickInterval, utcYear, type TimeInterval } from './utc-time';
import { estimateTextWidth, type Measure } from './label-packing';
import { createTimeScale } from './time-scale';
import type { ViewWindow } from './view-window';
import { utcFormatter } from './format-utc';

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
  t: number;
  x: number;
  label: string;
  /** Where the (centred) label goes: nudged inwards at the plot's edges. */
  labelX: number;
  /** False when the label would collide with the previous one (the tick line stays). */
  showLabel: boolean;
}

const fmtYear = utcFormatter('%Y');
const fmtMonth = utcFormatter('%b');
const fmtMonthYear = utcFormatter('%b %Y');
const fmtDay = utcFormatter('%-d %b');
const fmtDayYear = utcFormatter('%-d %b %Y');

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
  spacing = width < 500 ? 75 : 95,
  measure?: Measure,
): { unit: TickUnit; ticks: Tick[] } {
  if (width <= 0) return { unit: 'year', ticks: [] };
  const scale = createTimeScale(view, width);
  const count = Math.max(2, Math.floor(width / spacing));
  let interval: TimeInterval | null = utcTickInterval(new Date(view[0]), new Date(view[1]), count);
  const step = interval ? +interval.offset(new Date(view[0]), 1) - view[0] : 0;
  if (!interval || step < 86_400_000) interval = utcDay;
  // A tick on the very end of the window names the day after the last one shown: leave it out.
  const dates = scale.ticks(interval).filter((d) => +d < view[1]);
  const unit = unitOf(dates);
  return {
    unit,
    ticks: placeTickLabels(
      dates.map((d, i) => ({ t: +d, x: scale(d), label: formatTick(d, unit, i === 0) })),
      width,
      measure,
    ),
  };
}

/**
 * Keeps tick labels inside [0, width] and apart: each is centred on its tick, pushed inwards
 * at the edges, and hidden when it would come within `gap` px of the last label shown.
 */
export function placeTickLabels(
  ticks: readonly Pick<Tick, 't' | 'x' | 'label'>[],
  width: number,
  measure: Measure = (s) => estimateTextWidth(s, 11),
  gap = 8,
): Tick[] {
  let lastEnd = -Infinity;
  return ticks.map((tick) => {
    const w = measure(tick.label);
    const labelX = Math.min(Math.max(tick.x, w / 2 + 1), width - w / 2 - 1);
    const showLabel = labelX - w / 2 >= lastEnd + gap;
    if (showLabel) lastEnd = labelX + w / 2;
    return { ...tick, labelX, showLabel };
  });
}

/**
 * Timeline layout in two steps: `prepareTimeline` (once per event set and lane mode:
 * dates → UTC spans, lanes, sorted; see prepare.ts) and `layoutTimeline` (per view and
 * width: marks, label rows, or per-lane density when too many events are in view).
 */
import { bisectLeft } from 'd3-array';
import { binLanes, binThresholds, type Bin } from './aggregate';
import type { Measure } from './label-packing';
import type { Lane } from './lanes';
import { placeMarks, type MarkLayout, type PlaceContext } from './mark-placement';
import type { PreparedTimeline, TimelineItem } from './prepare';
import type { ViewWindow } from './view-window';

export type { MarkLayout } from './mark-placement';
export { prepareTimeline, type MarkShape, type PreparedTimeline, type TimelineItem } from './prepare';

/** Positions [from, to) of the items that may overlap the window (every item from `from` on starts before its end). */
function scanRange(prepared: PreparedTimeline, [lo, hi]: ViewWindow): [number, number] {
  const { starts } = prepared;
  const from = bisectLeft(starts, lo - prepared.maxSpan);
  return [from, bisectLeft(starts, hi, from)];
}

/** Positions of the items that overlap the window, ascending (date order). */
function positionsInView(
  prepared: PreparedTimeline,
  view: ViewWindow,
  [from, to]: [number, number],
): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (prepared.ends[i] > view[0]) out.push(i);
  return out;
}

/** Items that overlap the window, in date order. */
export function itemsInView(prepared: PreparedTimeline, view: ViewWindow): TimelineItem[] {
  return positionsInView(prepared, view, scanRange(prepared, view)).map((i) => prepared.items[i]);
}

/** How many items overlap the window, without collecting them. */
function countInView(prepared: PreparedTimeline, view: ViewWindow, [from, to]: [number, number]): number {
  let n = 0;
  for (let i = from; i < to; i++) if (prepared.ends[i] > view[0]) n++;
  return n;
}

export interface LayoutOptions {
  view: ViewWindow;
  width: number;
  measure: Measure;
  /** y of the first lane (room for the axis above). */
  top?: number;
  rowHeight?: number;
  laneHeader?: number;
  lanePadding?: number;
  maxRows?: number;
  radius?: number;
  /** More marks than this in view → density per lane instead. */
  aggregateAbove?: number;
  densityHeight?: number;
  /** Events drawn as marks even over the density (the selected and hovered ones). */
  pinned?: readonly (string | undefined)[];
}

export interface LaneLayout {
  lane: Lane;
  y: number;
  height: number;
  inView: number;
  bins?: Bin[];
}

export interface TimelineLayout {
  lanes: LaneLayout[];
  /** In date order (the order keyboard navigation follows). */
  marks: MarkLayout[];
  aggregated: boolean;
  inView: number;
  maxBin: number;
  /** Bottom of the last lane. */
  height: number;
}

export function layoutTimeline(prepared: PreparedTimeline, options: LayoutOptions): TimelineLayout {
  const { view, width } = options;
  const lanePadding = options.lanePadding ?? 6;
  const range = scanRange(prepared, view);
  const inView = countInView(prepared, view, range);
  const aggregated = inView > (options.aggregateAbove ?? 500);
  const laneCount = prepared.lanes.length;
  const ctx: PlaceContext = {
    x: (t) => ((t - view[0]) / (view[1] - view[0])) * width,
    width,
    measure: options.measure,
    r: options.radius ?? 5,
    rowHeight: options.rowHeight ?? 22,
    laneHeader: options.laneHeader ?? 18,
    maxRows: options.maxRows ?? 8,
  };
  // Items per lane: all in view, or at overview only the pinned ones (drawn over the density).
  const byLane: TimelineItem[][] = prepared.lanes.map(() => []);
  const density = aggregated
    ? binLanes(prepared, laneCount, range, view, width, binThresholds(view, width))
    : undefined;
  const shown = aggregated
    ? pinnedInView(prepared, view, options.pinned ?? [])
    : positionsInView(prepared, view, range);
  for (const i of shown) byLane[prepared.laneOf[i]].push(prepared.items[i]);

  const lanes: LaneLayout[] = [];
  const marks: MarkLayout[] = [];
  let y = options.top ?? 0;
  let maxBin = 0;
  prepared.lanes.forEach((lane, laneIndex) => {
    const items = byLane[laneIndex];
    if (density) {
      const bins = density.bins[laneIndex];
      for (const b of bins) maxBin = Math.max(maxBin, b.count);
      if (items.length) marks.push(...placeMarks(items, laneIndex, y, { ...ctx, maxRows: 2 }).marks);
      const height = ctx.laneHeader + (options.densityHeight ?? 36) + lanePadding;
      lanes.push({ lane, y, height, inView: density.inView[laneIndex], bins });
      y += height;
      return;
    }
    const placed = placeMarks(items, laneIndex, y, ctx);
    marks.push(...placed.marks);
    const height = ctx.laneHeader + Math.max(1, placed.rows) * ctx.rowHeight + lanePadding;
    lanes.push({ lane, y, height, inView: items.length });
    y += height;
  });
  // Lanes were laid out one after another; restore date order for navigation.
  if (marks.length > 1) {
    const order = new Map(shown.map((i) => [prepared.items[i].id, i]));
    marks.sort((a, b) => order.get(a.item.id)! - order.get(b.item.id)!);
  }
  return { lanes, marks, aggregated, inView, maxBin, height: y };
}

/** Positions of the pinned events (selected, hovered) that are in the result and overlap the window, ascending. */
function pinnedInView(
  prepared: PreparedTimeline,
  [lo, hi]: ViewWindow,
  pinned: readonly (string | undefined)[],
): number[] {
  return [...new Set(pinned)]
    .map((id) => (id === undefined ? -1 : prepared.indexOf(id)))
    .filter((i) => i >= 0 && prepared.starts[i] < hi && prepared.ends[i] > lo)
    .sort((a, b) => a - b);
}

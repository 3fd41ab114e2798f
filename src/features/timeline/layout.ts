/**
 * Timeline layout in two steps: `prepareTimeline` (once per event set and lane mode:
 * dates → UTC spans, lanes, sorted) and `layoutTimeline` (per view and width: marks,
 * label rows, or per-lane density when too many events are in view).
 */
import { bisectLeft } from 'd3-array';
import type { Dataset, NewsEvent } from '../../data/schema';
import { dateSpan } from '../../lib/calendar-date';
import type { Lanes } from '../../state/view-state';
import { binItems, type Bin } from './aggregate';
import type { Measure } from './label-packing';
import { deriveLaneKey, deriveLanes, type Lane } from './lanes';
import { placeMarks, type MarkLayout, type PlaceContext } from './mark-placement';
import type { ViewWindow } from './view-window';

export type { MarkLayout } from './mark-placement';

/** point: one known day; fuzzy: somewhere within a month or year; span: a known run of days. */
export type MarkShape = 'point' | 'span' | 'fuzzy';

export interface TimelineItem {
  id: string;
  event: NewsEvent;
  lane: string;
  start: number;
  end: number;
  shape: MarkShape;
}

export interface PreparedTimeline {
  /** Sorted by start, then `order` (same-day events keep the article's order). */
  items: TimelineItem[];
  starts: Float64Array;
  /** Longest item, so a window query can start its scan early enough to catch long spans. */
  maxSpan: number;
  /** Earliest start and latest end, for fitting the view. */
  extent?: [number, number];
  lanes: Lane[];
}

/** UTC spans per event object: filtering hands back the same objects, so re-preparing is cheap. */
const spans = new WeakMap<NewsEvent, { start: number; end: number; shape: MarkShape }>();

function spanOf(event: NewsEvent) {
  let hit = spans.get(event);
  if (!hit) {
    const [a, b] = dateSpan(event.date);
    const single = !event.date.end || event.date.end === event.date.start;
    hit = { start: +a, end: +b, shape: event.date.precision !== 'day' ? 'fuzzy' : single ? 'point' : 'span' };
    spans.set(event, hit);
  }
  return hit;
}

export function prepareTimeline(
  events: readonly NewsEvent[],
  mode: Lanes,
  dataset: Dataset,
): PreparedTimeline {
  let maxSpan = 0;
  let lo = Infinity;
  let hi = -Infinity;
  const items = events.map((event, i) => {
    const { start, end, shape } = spanOf(event);
    maxSpan = Math.max(maxSpan, end - start);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end);
    return { item: { id: event.id, event, lane: deriveLaneKey(event, mode, dataset), start, end, shape }, i };
  });
  items.sort((x, y) => x.item.start - y.item.start || x.item.event.order - y.item.event.order || x.i - y.i);
  const sorted = items.map((x) => x.item);
  return {
    items: sorted,
    starts: Float64Array.from(sorted, (x) => x.start),
    maxSpan,
    extent: events.length ? [lo, hi] : undefined,
    lanes: deriveLanes(events, mode, dataset),
  };
}

/** Items that overlap the window, in date order. */
export function itemsInView(prepared: PreparedTimeline, [lo, hi]: ViewWindow): TimelineItem[] {
  const out: TimelineItem[] = [];
  for (let i = bisectLeft(prepared.starts, lo - prepared.maxSpan); i < prepared.items.length; i++) {
    const item = prepared.items[i];
    if (item.start >= hi) break;
    if (item.end > lo) out.push(item);
  }
  return out;
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
  const visible = itemsInView(prepared, view);
  const aggregated = visible.length > (options.aggregateAbove ?? 500);
  const byLane = new Map<string, TimelineItem[]>(prepared.lanes.map((l) => [l.key, []]));
  for (const item of visible) byLane.get(item.lane)?.push(item);
  const pinned = new Set(options.pinned ?? []);
  const ctx: PlaceContext = {
    x: (t) => ((t - view[0]) / (view[1] - view[0])) * width,
    width,
    measure: options.measure,
    r: options.radius ?? 5,
    rowHeight: options.rowHeight ?? 22,
    laneHeader: options.laneHeader ?? 18,
    maxRows: options.maxRows ?? 8,
  };

  const lanes: LaneLayout[] = [];
  const marks: MarkLayout[] = [];
  let y = options.top ?? 0;
  let maxBin = 0;
  prepared.lanes.forEach((lane, laneIndex) => {
    const items = byLane.get(lane.key) ?? [];
    if (aggregated) {
      const bins = binItems(items, view, width);
      for (const b of bins) maxBin = Math.max(maxBin, b.count);
      // The selected or hovered event stays visible over the density.
      const shown = pinned.size ? items.filter((item) => pinned.has(item.id)) : [];
      if (shown.length) marks.push(...placeMarks(shown, laneIndex, y, { ...ctx, maxRows: 2 }).marks);
      const height = ctx.laneHeader + (options.densityHeight ?? 36) + lanePadding;
      lanes.push({ lane, y, height, inView: items.length, bins });
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
    const order = new Map(visible.map((item, i) => [item.id, i]));
    marks.sort((a, b) => order.get(a.item.id)! - order.get(b.item.id)!);
  }
  return { lanes, marks, aggregated, inView: visible.length, maxBin, height: y };
}

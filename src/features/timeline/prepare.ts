/**
 * The timeline's per-event-set step, split so a filter change is one linear pass:
 * once per dataset and lane mode, every event becomes an item (UTC span, shape, lane)
 * in display order with its numbers in typed arrays; per filter result, the matching
 * items are picked out of that table, in the same order, without sorting again.
 */
import type { Dataset, NewsEvent } from '../../data/schema';
import type { Lanes } from '../../state/view-state';
import { deriveDisplayOrder, deriveEventSpans } from '../../lib/display-order';
import { shapeOf, type MarkShape } from './event-spans';
import { countryName, deriveLaneKey, orderLanes, type Lane } from './lanes';

export type { MarkShape } from './event-spans';

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
  ends: Float64Array;
  /** Each item's lane, as an index into `lanes`. */
  laneOf: Uint16Array;
  /** Longest item, so a window query can start its scan early enough to catch long spans. */
  maxSpan: number;
  /** Earliest start and latest end, for fitting the view. */
  extent?: [number, number];
  lanes: Lane[];
  /** The first item whose date ends last (`items[0]` is the one that starts first), for the summary. */
  last?: TimelineItem;
  /** Position of the item with this event id, or -1. */
  indexOf(id: string): number;
}

/** Every item of one event list, in display order. */
interface ItemTable {
  events: NewsEvent[];
  items: TimelineItem[];
  starts: Float64Array;
  ends: Float64Array;
  /** Lane key of each item, as an index into `keys`. */
  keyOf: Uint16Array;
  keys: string[];
  label(key: string): string;
  /** Event id → position, built on the first look-up. */
  positions?: Map<string, number>;
}

interface Ordered {
  events: NewsEvent[];
  starts: Float64Array;
  ends: Float64Array;
}

/** Display order (date start, then `order`, then input position), with each event's span. */
function orderEvents(input: readonly NewsEvent[]): Ordered {
  const { start, end } = deriveEventSpans(input);
  const order = deriveDisplayOrder(input, start);
  if (!order) return { events: input.slice(), starts: start, ends: end };
  return {
    events: Array.from(order, (i) => input[i]),
    starts: Float64Array.from(order, (i) => start[i]),
    ends: Float64Array.from(order, (i) => end[i]),
  };
}

function buildTable(ordered: Ordered, mode: Lanes, dataset: Dataset): ItemTable {
  const { events, starts, ends } = ordered;
  const keyIds = new Map<string, number>();
  const keyOf = new Uint16Array(events.length);
  const items = events.map((event, i): TimelineItem => {
    const lane = deriveLaneKey(event, mode, dataset);
    let k = keyIds.get(lane);
    if (k === undefined) keyIds.set(lane, (k = keyIds.size));
    keyOf[i] = k;
    return { id: event.id, event, lane, start: starts[i], end: ends[i], shape: shapeOf(event.date) };
  });
  const labels = new Map<string, string>();
  const label = (key: string) => {
    let hit = labels.get(key);
    if (hit === undefined) labels.set(key, (hit = countryName(key, dataset)));
    return hit;
  };
  return { events, items, starts, ends, keyOf, keys: [...keyIds.keys()], label };
}

/** Per dataset: the ordered spans (parsed once) and one item table per lane mode. */
const tables = new WeakMap<Dataset, { ordered: Ordered } & Partial<Record<Lanes, ItemTable>>>();

function datasetTables(dataset: Dataset) {
  let hit = tables.get(dataset);
  if (!hit) tables.set(dataset, (hit = { ordered: orderEvents(dataset.events) }));
  return hit;
}

function datasetTable(dataset: Dataset, mode: Lanes): ItemTable {
  const hit = datasetTables(dataset);
  return (hit[mode] ??= buildTable(hit.ordered, mode, dataset));
}

function positionsOf(table: ItemTable): Map<string, number> {
  return (table.positions ??= new Map(table.items.map((item, i) => [item.id, i])));
}

/**
 * The steps that build the dataset's tables not built yet (the other lane mode's, the id
 * look-ups), each small enough for one idle period, so that switching lanes or the first
 * hover from another panel does not pay for them. Already built tables are skipped.
 */
export function tableWarmers(dataset: Dataset): (() => void)[] {
  const modes: Lanes[] = ['kind', 'country'];
  return [
    // Deriving the whole set once also names every lane (country names are looked up lazily).
    ...modes.map((mode) => () => void derive(datasetTable(dataset, mode), undefined, mode)),
    ...modes.map((mode) => () => void positionsOf(datasetTable(dataset, mode))),
  ];
}

/**
 * Positions in `table` of `events` when they are its events in its order (what filtering
 * returns); undefined otherwise. One linear walk, no hashing.
 */
export function selectInOrder(
  table: readonly NewsEvent[],
  events: readonly NewsEvent[],
): Uint32Array | undefined {
  const n = table.length;
  const sel = new Uint32Array(events.length);
  let j = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    while (j < n && table[j] !== e) j++;
    if (j === n) return undefined;
    sel[i] = j++;
  }
  return sel;
}

function derive(table: ItemTable, sel: Uint32Array | undefined, mode: Lanes): PreparedTimeline {
  const n = sel ? sel.length : table.items.length;
  const all = !sel || n === table.items.length;
  const items = all ? table.items : new Array<TimelineItem>(n);
  const starts = all ? table.starts : new Float64Array(n);
  const ends = all ? table.ends : new Float64Array(n);
  const counts = new Uint32Array(table.keys.length);
  let maxSpan = 0;
  let hi = -Infinity;
  let last = -1;
  for (let k = 0; k < n; k++) {
    const j = sel ? sel[k] : k;
    const end = table.ends[j];
    if (!all) {
      items[k] = table.items[j];
      starts[k] = table.starts[j];
      ends[k] = end;
    }
    counts[table.keyOf[j]]++;
    if (end - table.starts[j] > maxSpan) maxSpan = end - table.starts[j];
    if (end > hi) {
      hi = end;
      last = k;
    }
  }
  const lanes = orderLanes(new Map(table.keys.map((key, i) => [key, counts[i]])), mode, table.label);
  const laneOfKey = new Uint16Array(table.keys.length);
  const lanePos = new Map(lanes.map((l, i) => [l.key, i]));
  table.keys.forEach((key, i) => (laneOfKey[i] = lanePos.get(key) ?? 0));
  const laneOf = new Uint16Array(n);
  for (let k = 0; k < n; k++) laneOf[k] = laneOfKey[table.keyOf[sel ? sel[k] : k]];

  const indexOf = (id: string): number => {
    const j = positionsOf(table).get(id);
    if (j === undefined) return -1;
    if (!sel) return j;
    // `sel` ascends: binary search for the table position.
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (sel[m] < j) a = m + 1;
      else b = m;
    }
    return a < n && sel[a] === j ? a : -1;
  };
  return {
    items,
    starts,
    ends,
    laneOf,
    maxSpan,
    extent: n ? [starts[0], hi] : undefined,
    lanes,
    last: last >= 0 ? items[last] : undefined,
    indexOf,
  };
}

/**
 * Items, lanes and extent of `events`. When they come from `dataset` in display order (as
 * filtering returns them), the dataset's cached table is reused and nothing is sorted or
 * parsed; any other list is ordered and parsed on its own.
 */
export function prepareTimeline(
  events: readonly NewsEvent[],
  mode: Lanes,
  dataset: Dataset,
): PreparedTimeline {
  const table = datasetTable(dataset, mode);
  const sel = selectInOrder(table.events, events);
  if (sel) return derive(table, sel, mode);
  return derive(buildTable(orderEvents(events), mode, dataset), undefined, mode);
}

/** The dataset's earliest start and latest end (cached with its table), for the zoom's reference. */
export function datasetExtent(dataset: Dataset): [number, number] | undefined {
  const { starts, ends } = datasetTables(dataset).ordered;
  if (!starts.length) return undefined;
  let hi = -Infinity;
  for (let i = 0; i < ends.length; i++) if (ends[i] > hi) hi = ends[i];
  return [starts[0], hi];
}

/**
 * Marks of one lane: where each mark and its label go (right of the mark, inside a span,
 * or left when the right has no room), packed into rows so labels never overlap.
 */
import type { TimelineItem } from './layout';
import { packRows, truncateToWidth, type Measure, type PackItem } from './label-packing';

export interface MarkLayout {
  item: TimelineItem;
  laneIndex: number;
  row: number;
  /** The extent of the dates (for a point: its day, drawn as a faint band when zoomed in). */
  x0: number;
  x1: number;
  cx: number;
  y: number;
  /** Possibly truncated label; '' when there is no room. */
  label: string;
  labelX: number;
  labelWidth: number;
  anchor: 'start' | 'end';
  truncated: boolean;
}

const LABEL_GAP = 4;
const MIN_LABEL = 48;
/** A shortened label on the other side is worth showing from about four characters. */
const MIN_ALT_LABEL = 30;

interface Planned {
  item: TimelineItem;
  x0: number;
  x1: number;
  cx: number;
  side: 'right' | 'left';
  labelX: number;
  width: number;
  /** The other side, shortened to its room, if the packer needs it. */
  alt?: { labelX: number; width: number };
  pack: PackItem;
}

/** Where the label goes: right of the mark (inside a span) if it fits, else left, else the roomier side. */
function planMark(
  item: TimelineItem,
  x: (t: number) => number,
  width: number,
  measure: Measure,
  r: number,
): Planned {
  const isPoint = item.shape === 'point';
  const cx = x((item.start + item.end) / 2);
  // Spans stay at least 6px wide so a short one is still visible when zoomed out.
  const x0 = isPoint ? x(item.start) : Math.min(x(item.start), cx - 3);
  const x1 = isPoint ? x(item.end) : Math.max(x(item.end), cx + 3);
  const markStart = isPoint ? cx - r : Math.max(x0, 0);
  const markEnd = isPoint ? cx + r : Math.min(x1, width);
  const text = measure(item.event.title);
  const rightX = isPoint ? cx + r + LABEL_GAP : markStart + 5;
  const leftX = markStart - LABEL_GAP;
  const rightRoom = width - rightX;
  const side = text <= rightRoom || rightRoom >= leftX ? 'right' : 'left';
  const fit = (room: number) => {
    const w = Math.min(text, room);
    return w < Math.min(text, MIN_LABEL) ? 0 : w;
  };
  const w = fit(side === 'right' ? rightRoom : leftX);
  const extent = (s: 'right' | 'left', lw: number) =>
    s === 'right'
      ? { start: markStart, end: Math.max(markEnd, rightX + lw) }
      : { start: leftX - lw, end: markEnd };
  const otherRoom = side === 'right' ? leftX : rightRoom;
  const altWidth = Math.min(text, otherRoom);
  const alt =
    altWidth >= MIN_ALT_LABEL ? { labelX: side === 'right' ? leftX : rightX, width: altWidth } : undefined;
  const pack: PackItem = {
    ...extent(side, w),
    minEnd: side === 'right' ? Math.max(markEnd, rightX + Math.min(w, MIN_LABEL)) : undefined,
    alt: alt && extent(side === 'right' ? 'left' : 'right', alt.width),
  };
  return { item, x0, x1, cx, side, labelX: side === 'right' ? rightX : leftX, width: w, alt, pack };
}

export interface PlaceContext {
  x: (t: number) => number;
  width: number;
  measure: Measure;
  r: number;
  rowHeight: number;
  laneHeader: number;
  maxRows: number;
}

/** Marks of one lane, packed into rows below the lane's top `laneY`. */
export function placeMarks(items: TimelineItem[], laneIndex: number, laneY: number, ctx: PlaceContext) {
  const { measure, rowHeight } = ctx;
  const planned = items.map((item) => planMark(item, ctx.x, ctx.width, measure, ctx.r));
  const { placements, rows } = packRows(
    planned.map((p) => p.pack),
    { gap: 6, maxRows: ctx.maxRows },
  );
  const marks = planned.map((p, i): MarkLayout => {
    const place = placements[i];
    const side = place.alt ? (p.side === 'right' ? 'left' : 'right') : p.side;
    const labelX = place.alt ? p.alt!.labelX : p.labelX;
    // Only a right-hand label can have been shortened by the packer (its end moved left).
    const shortened = !place.alt && p.side === 'right' && place.end < p.pack.end;
    const room = place.crowded
      ? 0
      : place.alt
        ? p.alt!.width
        : shortened
          ? Math.min(p.width, place.end - p.labelX)
          : p.width;
    const label = room > 0 ? truncateToWidth(p.item.event.title, room, measure) : '';
    return {
      item: p.item,
      laneIndex,
      row: place.row,
      x0: p.x0,
      x1: p.x1,
      cx: p.cx,
      y: laneY + ctx.laneHeader + place.row * rowHeight + rowHeight / 2,
      label,
      labelX,
      labelWidth: label ? measure(label) : 0,
      anchor: side === 'right' ? 'start' : 'end',
      truncated: label !== p.item.event.title,
    };
  });
  return { marks, rows };
}

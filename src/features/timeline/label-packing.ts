/**
 * Collision-free placement of marks and their labels into rows: greedy interval
 * packing, shrinking (truncating) a neighbour's label when the rows run out.
 * Pure: works on pixel intervals, knows nothing about dates or the DOM.
 */

export interface PackItem {
  /** Left edge of everything the item draws (mark and label), in px. */
  start: number;
  /** Right edge with the label at full width. */
  end: number;
  /** The narrowest right edge the item accepts (its label truncated to the minimum). Defaults to `end`. */
  minEnd?: number;
  /** A fallback extent (e.g. the label on the other side, shortened) tried before giving up. */
  alt?: { start: number; end: number };
}

export interface Placement {
  row: number;
  /** Right edge after any truncation; `end - start` is the room the item finally has. */
  end: number;
  /** No row had room: the mark is drawn over others and its label must be hidden. */
  crowded: boolean;
  /** Placed with its `alt` extent. */
  alt?: boolean;
}

export interface PackOptions {
  /** Minimum horizontal space between two items in a row. */
  gap?: number;
  /** Rows available; beyond them labels are truncated, then hidden. */
  maxRows?: number;
}

interface Row {
  end: number;
  /** Index of the item that currently ends this row. */
  last: number;
}

/**
 * Places items (in the given order, which decides who gets the upper rows) so that no two
 * items in a row overlap, given each item `[start, end]` plus `gap`. When all `maxRows`
 * are taken, the row whose last item can give up the most room by truncating (down to its
 * `minEnd`) takes the item; if none can, the item is marked crowded (label hidden).
 */
export function packRows(
  items: readonly PackItem[],
  options: PackOptions = {},
): { placements: Placement[]; rows: number } {
  const gap = options.gap ?? 6;
  const maxRows = Math.max(1, options.maxRows ?? Infinity);
  const rows: Row[] = [];
  const placements: Placement[] = [];

  items.forEach((item, i) => {
    const minEnd = Math.min(item.minEnd ?? item.end, item.end);
    const free = rows.findIndex((r) => r.end + gap <= item.start);
    if (free >= 0 || rows.length < maxRows) {
      const row = free >= 0 ? free : rows.push({ end: -Infinity, last: -1 }) - 1;
      rows[row] = { end: item.end, last: i };
      placements.push({ row, end: item.end, crowded: false });
      return;
    }
    // Rows are full: find the row whose last item can be truncated to make room, keeping the most text.
    let best = -1;
    let bestRoom = -Infinity;
    rows.forEach((r, index) => {
      if (r.last < 0) return;
      const prev = placements[r.last];
      const prevMin = Math.min(items[r.last].minEnd ?? items[r.last].end, items[r.last].end);
      const limit = item.start - gap;
      if (prev.crowded || prev.alt || prevMin > limit) return;
      const room = limit - items[r.last].start;
      if (room > bestRoom) {
        bestRoom = room;
        best = index;
      }
    });
    if (best >= 0) {
      const prev = placements[rows[best].last];
      prev.end = Math.min(prev.end, item.start - gap);
      rows[best] = { end: item.end, last: i };
      placements.push({ row: best, end: item.end, crowded: false });
      return;
    }
    const alt = item.alt;
    const altRow = alt ? rows.findIndex((r) => r.end + gap <= alt.start) : -1;
    if (alt && altRow >= 0) {
      rows[altRow] = { end: alt.end, last: i };
      placements.push({ row: altRow, end: alt.end, crowded: false, alt: true });
      return;
    }
    // Nothing can make room: overlay the row that frees up first; the caller hides the label.
    let row = 0;
    rows.forEach((r, index) => {
      if (r.end < rows[row].end) row = index;
    });
    rows[row] = { end: Math.max(rows[row].end, minEnd), last: rows[row].last };
    placements.push({ row, end: item.start, crowded: true });
  });

  return { placements, rows: rows.length };
}

/** Rough width of `text` in px at `fontSize`, erring wide so estimated labels never collide. */
export function estimateTextWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtf.,;:'|!\s]/.test(ch)) em += 0.32;
    else if (/[mwMW@]/.test(ch)) em += 0.88;
    else if (/[A-Z0-9–—]/.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return Math.ceil(em * fontSize);
}

export type Measure = (text: string) => number;

/**
 * The longest prefix of `text` that fits in `maxWidth` px, ending in an ellipsis when cut;
 * '' when not even one character and the ellipsis fit.
 */
export function truncateToWidth(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length - 1;
  let best = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = `${text.slice(0, mid + 1).trimEnd()}…`;
    if (measure(candidate) <= maxWidth) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

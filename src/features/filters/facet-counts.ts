/**
 * Counting facet values within a mask of events. Two ways, and the cheaper
 * one wins per facet: intersect every value's posting with the mask (cost:
 * all postings), or walk the events in the mask and add up their values
 * through a per-event "forward" list (cost: the matching events). With a
 * selective filter at 100,000 events the second is ten times faster than the
 * first, which counted ~5,000 source postings on every toggle.
 */
import { countPostingIn, forEachBit, popcount, type Bitset, type Posting } from './bitset';

/** Event position → the ordinals of the values it carries (CSR layout). */
export interface ForwardList {
  /** Ordinal → value id, in the posting map's order. */
  ids: string[];
  /** Values of event i are `values[offsets[i]] … values[offsets[i + 1] - 1]`. */
  offsets: Uint32Array;
  values: Uint32Array;
}

/** Calls `fn(position)` for each event of a posting, ascending (loops kept flat: this runs over every posting). */
function visit(p: Posting, fn: (i: number) => void): void {
  if (p.positions) {
    const list = p.positions;
    for (let k = 0; k < list.length; k++) fn(list[k]);
    return;
  }
  const bits = p.bits!;
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    while (word) {
      const low = word & -word;
      fn((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** Inverts postings into per-event value lists. */
export function invertPostings(postings: ReadonlyMap<string, Posting>, size: number): ForwardList {
  const ids = [...postings.keys()];
  const list = [...postings.values()];
  const offsets = new Uint32Array(size + 1);
  for (const p of list) visit(p, (i) => offsets[i + 1]++);
  for (let i = 0; i < size; i++) offsets[i + 1] += offsets[i];
  const values = new Uint32Array(offsets[size]);
  const fill = offsets.slice(0, size);
  for (let ordinal = 0; ordinal < list.length; ordinal++)
    visit(list[ordinal], (i) => (values[fill[i]++] = ordinal));
  return { ids, offsets, values };
}

interface Stats {
  /** Words or positions the posting-wise count reads (its cost). */
  postingCost: number;
  /** Values per event on average. */
  degree: number;
  forward?: ForwardList;
}

// Per posting map (one per facet and dataset): the costs, and the forward list once needed.
const stats = new WeakMap<ReadonlyMap<string, Posting>, Stats>();

function statsOf(postings: ReadonlyMap<string, Posting>, size: number): Stats {
  let s = stats.get(postings);
  if (!s) {
    let postingCost = 0;
    let entries = 0;
    for (const p of postings.values()) {
      postingCost += p.bits ? p.bits.length : p.positions!.length;
      entries += p.count;
    }
    s = { postingCost, degree: entries / Math.max(1, size) };
    stats.set(postings, s);
  }
  return s;
}

/** How many events of `mask` carry each value (every value of `postings`, zeros included). */
export function countValuesIn(
  postings: ReadonlyMap<string, Posting>,
  size: number,
  mask: Bitset,
): Map<string, number> {
  const s = statsOf(postings, size);
  // Per event: a scan of the mask's words plus each matching event's values.
  const eventCost = mask.length + popcount(mask) * (1 + s.degree);
  const counts = new Map<string, number>();
  if (eventCost >= s.postingCost) {
    for (const [id, posting] of postings) counts.set(id, countPostingIn(posting, mask));
    return counts;
  }
  const f = (s.forward ??= invertPostings(postings, size));
  const tally = new Uint32Array(f.ids.length);
  const { offsets, values } = f;
  forEachBit(mask, (i) => {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) tally[values[k]]++;
  });
  for (let o = 0; o < f.ids.length; o++) counts.set(f.ids[o], tally[o]);
  return counts;
}

/**
 * Builds the forward lists the per-event path may need, ahead of the first
 * toggle (call it when the page is idle): at 100,000 events that is ~0.1 s
 * the first click would otherwise wait for.
 */
export function prepareFacetCounts(facets: readonly ReadonlyMap<string, Posting>[], size: number): void {
  for (const postings of facets) {
    const s = statsOf(postings, size);
    // Only where a selective filter would take the per-event path (a mask of a tenth of the events).
    if (wordsOf(size) + (size / 10) * (1 + s.degree) < s.postingCost)
      s.forward ??= invertPostings(postings, size);
  }
}

const wordsOf = (size: number) => (size + 31) >>> 5;

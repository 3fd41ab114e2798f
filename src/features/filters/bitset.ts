/**
 * Fixed-size bitsets over event positions (one bit per event, 32 per word) and
 * "postings": the events that carry one facet value, stored as a bitset when
 * common and as a sorted position list when rare, so 100,000 events with
 * thousands of people stay small in memory and fast to count.
 */
export type Bitset = Uint32Array;

export interface Posting {
  /** Number of events with this value. */
  count: number;
  bits: Bitset | null;
  positions: Uint32Array | null;
}

export const wordCount = (size: number) => (size + 31) >>> 5;

export function createBitset(size: number): Bitset {
  return new Uint32Array(wordCount(size));
}

/** A bitset with the first `size` bits set. */
export function fullBitset(size: number): Bitset {
  const b = createBitset(size).fill(0xffffffff);
  const tail = size & 31;
  if (tail) b[b.length - 1] = (1 << tail) - 1;
  return b;
}

export function setBit(b: Bitset, i: number): void {
  b[i >>> 5] |= 1 << (i & 31);
}

export function hasBit(b: Bitset, i: number): boolean {
  return (b[i >>> 5] & (1 << (i & 31))) !== 0;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function popcount(b: Bitset): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i]) n += popcount32(b[i]);
  return n;
}

export function popcountAnd(a: Bitset, b: Bitset): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const w = a[i] & b[i];
    if (w) n += popcount32(w);
  }
  return n;
}

/** target &= source */
export function andInto(target: Bitset, source: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i] &= source[i];
  return target;
}

/** Calls `fn` with each set bit's position, ascending. */
export function forEachBit(b: Bitset, fn: (i: number) => void): void {
  for (let w = 0; w < b.length; w++) {
    let word = b[w];
    while (word) {
      const low = word & -word;
      fn((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** Builds a posting from ascending, distinct positions. */
export function createPosting(positions: ArrayLike<number>, size: number): Posting {
  const count = positions.length;
  // A bitset costs wordCount(size) words whatever the count; a list costs one word per event.
  if (count > wordCount(size)) {
    const bits = createBitset(size);
    for (let k = 0; k < count; k++) bits[positions[k] >>> 5] |= 1 << (positions[k] & 31);
    return { count, bits, positions: null };
  }
  const list = positions instanceof Uint32Array ? positions.slice() : Uint32Array.from(positions);
  return { count, bits: null, positions: list };
}

/**
 * Collects one facet's postings while events are visited in ascending position: each key gets
 * an integer slot on first sight, each (slot, position) pair goes into flat typed arrays, and the
 * postings are built at the end by counting, then filling one array (no list per value, no Map
 * lookup per pair). Keys keep first-sight order, which the finished Map preserves.
 */
export class PostingsBuilder {
  private readonly slots = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Last position added per slot: a value met twice in one event counts once. */
  private last = new Int32Array(64).fill(-1);
  private pairSlot = new Uint32Array(1024);
  private pairPos = new Uint32Array(1024);
  private pairs = 0;
  private lastKey: string | undefined = undefined;
  private lastSlot = 0;

  /** The slot of `key`, assigned on first sight. */
  slot(key: string): number {
    let s = this.slots.get(key);
    if (s !== undefined) return s;
    s = this.keys.length;
    this.slots.set(key, s);
    this.keys.push(key);
    if (s === this.last.length) {
      const grown = new Int32Array(s * 2).fill(-1);
      grown.set(this.last);
      this.last = grown;
    }
    return s;
  }

  /** `add(slot(key), position)`, with the previous key's slot reused (sorted events repeat values). */
  addKey(key: string, position: number): void {
    if (key !== this.lastKey) {
      this.lastSlot = this.slot(key);
      this.lastKey = key;
    }
    this.add(this.lastSlot, position);
  }

  /** `add` for each of `slots`. */
  addAll(slots: Uint32Array, position: number): void {
    for (let k = 0; k < slots.length; k++) this.add(slots[k], position);
  }

  /** Records that the event at `position` has the value in `slot` (positions must not decrease). */
  add(slot: number, position: number): void {
    if (this.last[slot] === position) return;
    this.last[slot] = position;
    if (this.pairs === this.pairSlot.length) {
      const slots = new Uint32Array(this.pairs * 2);
      const positions = new Uint32Array(this.pairs * 2);
      slots.set(this.pairSlot);
      positions.set(this.pairPos);
      this.pairSlot = slots;
      this.pairPos = positions;
    }
    this.pairSlot[this.pairs] = slot;
    this.pairPos[this.pairs++] = position;
  }

  /** Key → posting over `size` events, keys in first-sight order. */
  finish<K extends string = string>(size: number): Map<K, Posting> {
    // Locals, not fields, in the loops: this runs once per load, mostly before the JIT steps in.
    const { keys, pairSlot, pairPos, pairs } = this;
    const n = keys.length;
    const offset = new Uint32Array(n + 1);
    for (let k = 0; k < pairs; k++) offset[pairSlot[k] + 1]++;
    for (let s = 0; s < n; s++) offset[s + 1] += offset[s];
    const cursor = offset.slice(0, n);
    const all = new Uint32Array(pairs);
    // Pairs were recorded in ascending position, so each slot's run comes out sorted.
    for (let k = 0; k < pairs; k++) all[cursor[pairSlot[k]]++] = pairPos[k];
    const out = new Map<K, Posting>();
    for (let s = 0; s < n; s++)
      out.set(keys[s] as K, createPosting(all.subarray(offset[s], offset[s + 1]), size));
    return out;
  }
}

/** target |= posting */
export function orPosting(target: Bitset, posting: Posting): void {
  if (posting.bits) {
    const bits = posting.bits;
    for (let i = 0; i < target.length; i++) target[i] |= bits[i];
  } else for (const p of posting.positions!) setBit(target, p);
}

/** |posting ∩ mask| */
export function countPostingIn(posting: Posting, mask: Bitset): number {
  if (posting.bits) return popcountAnd(posting.bits, mask);
  let n = 0;
  for (const p of posting.positions!) if (hasBit(mask, p)) n++;
  return n;
}

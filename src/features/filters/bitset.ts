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
export function createPosting(positions: number[], size: number): Posting {
  const count = positions.length;
  // A bitset costs wordCount(size) words whatever the count; a list costs one word per event.
  if (count > wordCount(size)) {
    const bits = createBitset(size);
    for (const p of positions) setBit(bits, p);
    return { count, bits, positions: null };
  }
  return { count, bits: null, positions: Uint32Array.from(positions) };
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

import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/prng';
import { createBitset, createPosting, setBit, type Posting } from './bitset';
import { countValuesIn, invertPostings, prepareFacetCounts } from './facet-counts';

/** Postings over `size` events: value "v<k>" on every event divisible by k+1 (so some are dense, some sparse). */
function postingsFor(size: number, values: number): Map<string, Posting> {
  const map = new Map<string, Posting>();
  for (let k = 0; k < values; k++) {
    const positions: number[] = [];
    for (let i = 0; i < size; i += k + 1) positions.push(i);
    map.set(`v${k}`, createPosting(positions, size));
  }
  return map;
}

const naiveCount = (size: number, values: number, inMask: (i: number) => boolean) =>
  Object.fromEntries(
    Array.from({ length: values }, (_, k) => {
      let n = 0;
      for (let i = 0; i < size; i += k + 1) if (inMask(i)) n++;
      return [`v${k}`, n];
    }),
  );

describe('invertPostings', () => {
  it('lists each event’s values in value order', () => {
    const f = invertPostings(postingsFor(6, 3), 6);
    const valuesOf = (i: number) =>
      Array.from(f.values.slice(f.offsets[i], f.offsets[i + 1]), (o) => f.ids[o]);
    expect(valuesOf(0)).toEqual(['v0', 'v1', 'v2']);
    expect(valuesOf(1)).toEqual(['v0']);
    expect(valuesOf(3)).toEqual(['v0', 'v2']);
    expect(valuesOf(4)).toEqual(['v0', 'v1']);
    expect(f.offsets[6]).toBe(6 + 3 + 2);
  });
});

describe('countValuesIn', () => {
  it('counts each value within the mask, zeros included, for sparse and dense masks alike', () => {
    const size = 5000;
    const values = 40;
    const postings = postingsFor(size, values);
    const random = mulberry32(7);
    // A sparse mask takes the per-event path, a dense one the posting path: both must agree with a plain count.
    for (const density of [0.001, 0.01, 0.3, 0.95]) {
      const mask = createBitset(size);
      const on = new Set<number>();
      for (let i = 0; i < size; i++)
        if (random() < density) {
          setBit(mask, i);
          on.add(i);
        }
      const counts = countValuesIn(postings, size, mask);
      expect(Object.fromEntries(counts)).toEqual(naiveCount(size, values, (i) => on.has(i)));
    }
  });

  it('gives every value a zero for an empty mask', () => {
    const counts = countValuesIn(postingsFor(100, 3), 100, createBitset(100));
    expect(Object.fromEntries(counts)).toEqual({ v0: 0, v1: 0, v2: 0 });
  });
});

describe('prepareFacetCounts', () => {
  it('prepares ahead without changing any count', () => {
    const size = 20000;
    const postings = postingsFor(size, 300);
    prepareFacetCounts([postings], size);
    const mask = createBitset(size);
    for (let i = 0; i < size; i += 97) setBit(mask, i);
    expect(Object.fromEntries(countValuesIn(postings, size, mask))).toEqual(
      naiveCount(size, 300, (i) => i % 97 === 0),
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  andInto,
  countPostingIn,
  createBitset,
  createPosting,
  forEachBit,
  fullBitset,
  hasBit,
  orPosting,
  popcount,
  setBit,
} from './bitset';

const listOf = (b: Uint32Array) => {
  const out: number[] = [];
  forEachBit(b, (i) => out.push(i));
  return out;
};

describe('bitset', () => {
  it('sets, reads and lists bits across word boundaries', () => {
    const b = createBitset(100);
    for (const i of [0, 31, 32, 63, 99]) setBit(b, i);
    expect(hasBit(b, 31)).toBe(true);
    expect(hasBit(b, 30)).toBe(false);
    expect(listOf(b)).toEqual([0, 31, 32, 63, 99]);
    expect(popcount(b)).toBe(5);
  });

  it('fills exactly the first n bits', () => {
    expect(popcount(fullBitset(70))).toBe(70);
    expect(popcount(fullBitset(64))).toBe(64);
    expect(listOf(fullBitset(33))).toHaveLength(33);
  });

  it('intersects', () => {
    const a = fullBitset(40);
    const b = createBitset(40);
    setBit(b, 39);
    expect(listOf(andInto(a, b))).toEqual([39]);
  });

  it('stores rare values as lists and common ones as bitsets, with the same answers', () => {
    const size = 1000;
    const rare = createPosting([3, 500, 999], size);
    const common = createPosting(
      Array.from({ length: 400 }, (_, i) => i * 2),
      size,
    );
    expect(rare.positions).not.toBeNull();
    expect(common.bits).not.toBeNull();
    const mask = createBitset(size);
    for (let i = 0; i < size; i += 3) setBit(mask, i);
    expect(countPostingIn(rare, mask)).toBe(2); // 3 and 999
    expect(countPostingIn(common, mask)).toBe(134); // multiples of 6 below 800
    const union = createBitset(size);
    orPosting(union, rare);
    orPosting(union, common);
    expect(popcount(union)).toBe(402);
  });
});

/**
 * A small seeded PRNG (mulberry32) and the draws the generators need.
 * Deterministic by construction: the same seed gives the same sequence on
 * every machine, so a benchmark dataset is reproducible from its seed alone.
 */
import { mulberry32 } from '../src/lib/prng';

export { mulberry32 };

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1][0];
  }
  /** `k` distinct items (or all of them when k ≥ length), in draw order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    while (out.length < k && pool.length > 0)
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

/**
 * Draws indexes 0..n-1 with a Zipf-like skew (weight 1/(rank+1)^s): a few
 * capitals and leaders appear often, most places and people rarely, as in news.
 */
export class ZipfPicker {
  private readonly cumulative: Float64Array;
  constructor(n: number, s = 0.9) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      this.cumulative[i] = sum;
    }
  }
  pick(rng: Rng): number {
    const c = this.cumulative;
    const r = rng.float() * c[c.length - 1];
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

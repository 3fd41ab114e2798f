import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcTickInterval, utcWeek, utcYear } from 'd3-time';
import { createTimeScale } from './time-scale';
import { deriveTicks } from './ticks';

const DAY = 86_400_000;
const T0 = Date.UTC(2019, 0, 1);

/** A spread of windows: a few days up to decades, starting at odd times of day. */
function domains(): [number, number][] {
  const out: [number, number][] = [];
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (const spanDays of [1, 2.5, 9, 31, 95, 200, 400, 1200, 3700, 15000]) {
    for (let i = 0; i < 6; i++) {
      const start = T0 + Math.round(rnd() * 2000 * DAY + rnd() * DAY);
      out.push([start, start + spanDays * DAY * (0.8 + rnd() * 0.4)]);
    }
  }
  return out;
}
const WIDTHS = [120, 320, 499, 500, 777, 1024, 1600];

describe('createTimeScale', () => {
  it('maps the domain onto [0, width] and back', () => {
    const s = createTimeScale([T0, T0 + 10 * DAY], 500);
    expect(s(T0)).toBe(0);
    expect(s(new Date(T0 + 10 * DAY))).toBe(500);
    expect(s(T0 + 5 * DAY)).toBe(250);
    expect(s(T0 - DAY)).toBe(-50);
    expect(s.invert(250)).toBe(T0 + 5 * DAY);
    expect(s.invert(550)).toBe(T0 + 11 * DAY);
    // Fractional ends count in whole milliseconds, rounded as d3 rounds them.
    expect(createTimeScale([T0 + 0.4, T0 + 999.6], 1000)(T0 + 500)).toBe(500);
  });

  it('puts everything mid-range on an empty domain, as d3 does', () => {
    const s = createTimeScale([T0, T0], 400);
    expect(s(T0 + DAY)).toBe(200);
    expect(+scaleUtc().domain([T0, T0]).range([0, 400])(T0 + DAY)).toBe(200);
  });

  it('matches d3 scaleUtc positions, inversions and interval ticks exactly', () => {
    for (const [a, b] of domains()) {
      for (const w of WIDTHS) {
        const ours = createTimeScale([a, b], w);
        const d3 = scaleUtc().domain([a, b]).range([0, w]);
        const interval = utcTickInterval(new Date(a), new Date(b), Math.max(2, Math.floor(w / 95)));
        for (const iv of [interval ?? utcDay, utcDay, utcWeek, utcMonth, utcYear]) {
          if ((b - a) / DAY > 3000 && iv === utcDay) continue;
          const t1 = ours.ticks(iv);
          const t2 = d3.ticks(iv);
          expect(t1.map(Number)).toEqual(t2.map(Number));
          expect(t1.map((d) => ours(d))).toEqual(t2.map((d) => d3(d)));
        }
        for (const px of [0, 1, w / 3, w - 0.5, w, w * 1.7, -12]) {
          expect(ours.invert(px)).toBe(+d3.invert(px));
        }
      }
    }
  });
});

/** The axis as it was computed with d3's scaleUtc (the reference for "labels unchanged"). */
function d3Axis(view: [number, number], width: number) {
  const scale = scaleUtc().domain(view).range([0, width]);
  const count = Math.max(2, Math.floor(width / (width < 500 ? 75 : 95)));
  let interval = utcTickInterval(new Date(view[0]), new Date(view[1]), count);
  const step = interval ? +interval.offset(new Date(view[0]), 1) - view[0] : 0;
  if (!interval || step < DAY) interval = utcDay;
  return scale
    .ticks(interval)
    .filter((d) => +d < view[1])
    .map((d) => ({ t: +d, x: scale(d) }));
}

describe('deriveTicks on our scale', () => {
  it('gives the same ticks and positions as with d3 scaleUtc over many windows and widths', () => {
    let n = 0;
    for (const view of domains()) {
      for (const w of WIDTHS) {
        const { ticks } = deriveTicks(view, w);
        expect(ticks.map(({ t, x }) => ({ t, x }))).toEqual(d3Axis(view, w));
        n += ticks.length;
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});

import { describe, expect, it } from 'vitest';
import * as d3 from 'd3-time';
import { utcDay, utcMonth, utcTickInterval, utcWeek, utcYear, type TimeInterval } from './utc-time';

const DAY = 86_400_000;
let seed = 11;
const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
/** Instants from 1890 to 2090, at any time of day. */
const instants = Array.from({ length: 300 }, () => Date.UTC(1890, 0, 1) + rnd() * 200 * 365 * DAY);
/** Windows from hours to centuries, some reversed. */
const windows = Array.from({ length: 400 }, (_, i): [Date, Date] => {
  const start = instants[i % instants.length];
  const span = Math.exp(rnd() * Math.log(300 * 365)) * DAY * 0.05;
  return i % 7 === 0 ? [new Date(start + span), new Date(start)] : [new Date(start), new Date(start + span)];
});
const ms = (dates: Date[]) => dates.map(Number);

function agrees(ours: TimeInterval, theirs: d3.TimeInterval) {
  for (const t of instants) {
    const d = new Date(t);
    expect(+ours.floor(d)).toBe(+theirs.floor(d));
    for (const step of [-3, -1, 0, 1, 2, 12]) expect(+ours.offset(d, step)).toBe(+theirs.offset(d, step));
    expect(+ours.offset(d)).toBe(+theirs.offset(d));
  }
  for (const [a, b] of windows.slice(0, 120)) {
    if (+b - +a > 400 * 365 * DAY) continue;
    expect(ms(ours.range(a, b))).toEqual(ms(theirs.range(a, b)));
  }
}

describe('UTC intervals', () => {
  it('floor, offset and range as d3-time does: day, week (from Sunday), month, year', () => {
    agrees(utcDay, d3.utcDay);
    agrees(utcWeek, d3.utcWeek);
    agrees(utcMonth, d3.utcMonth);
    agrees(utcYear, d3.utcYear);
  });

  it('range starts at the first interval start at or after the start and leaves out the stop', () => {
    const r = utcMonth.range(new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 3, 1)));
    expect(r.map((d) => d.toISOString().slice(0, 10))).toEqual(['2020-01-01', '2020-02-01', '2020-03-01']);
    expect(utcDay.range(new Date(Date.UTC(2020, 0, 2)), new Date(Date.UTC(2020, 0, 1)))).toEqual([]);
  });
});

describe('utcTickInterval', () => {
  it('picks the interval d3-time picks, wherever that is a day or longer', () => {
    for (const count of [2, 5, 10, 40, 160]) {
      for (const [a, b] of windows) {
        const theirs = d3.utcTickInterval(a, b, count);
        const ours = utcTickInterval(a, b, count);
        const daily = theirs && +theirs.offset(theirs.floor(a), 1) - +theirs.floor(a) >= DAY;
        if (!theirs || !daily) {
          expect(ours).toBeNull();
          continue;
        }
        expect(ours).not.toBeNull();
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(ms(ours!.range(lo, hi))).toEqual(ms(theirs.range(lo, hi)));
        expect(+ours!.floor(a)).toBe(+theirs.floor(a));
        expect(+ours!.offset(a, 3)).toBe(+theirs.offset(a, 3));
      }
    }
  });
});

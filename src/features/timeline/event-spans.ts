/**
 * Event dates as numbers, fast: the timeline turns every event's calendar date into a UTC
 * span on load (100,000 events), so the common `YYYY`, `YYYY-MM`, `YYYY-MM-DD` forms are
 * read by character codes with `Date.UTC` instead of a regex and a `Date` per call. Anything
 * else (years below 100, negative or six-digit years, malformed text) goes through the shared
 * calendar module, which gives the same instants and the same errors.
 */
import type { NewsEvent } from '../../data/schema';
import { endOf, startOf } from '../../lib/calendar-date';

/** point: one known day; fuzzy: somewhere within a month or year; span: a known run of days. */
export type MarkShape = 'point' | 'span' | 'fuzzy';

/** The ASCII digit at `i` as a number; NaN-producing (negative or over 9) otherwise. */
function digit(value: string, i: number): number {
  const d = value.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * The start (or, with `end`, the first instant after) of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * with a year from 100 and month and day from 1, in UTC ms; NaN for anything else (Date.UTC
 * maps years 0-99 onto 1900-1999, and month or day 00 roll back a unit in the calendar module).
 */
function quickMs(value: string, end: boolean): number {
  const n = value.length;
  if (n !== 4 && n !== 7 && n !== 10) return NaN;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  if (!(year >= 100)) return NaN;
  if (n === 4) return end ? Date.UTC(year + 1, 0, 1) : Date.UTC(year, 0, 1);
  const month = digit(value, 5) * 10 + digit(value, 6);
  if (value.charCodeAt(4) !== 45 || !(month >= 1)) return NaN;
  if (n === 7) return end ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, 1);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (value.charCodeAt(7) !== 45 || !(day >= 1)) return NaN;
  return Date.UTC(year, month - 1, end ? day + 1 : day);
}

/** The first instant of the unit the date names, in UTC ms (as `startOf`). */
export function startMs(value: string): number {
  const ms = quickMs(value, false);
  return ms === ms ? ms : +startOf(value);
}

/** The first instant after the unit the date names, in UTC ms (as `endOf`). */
export function endMs(value: string): number {
  const ms = quickMs(value, true);
  return ms === ms ? ms : +endOf(value);
}

export function shapeOf(date: NewsEvent['date']): MarkShape {
  if (date.precision !== 'day') return 'fuzzy';
  return !date.end || date.end === date.start ? 'point' : 'span';
}

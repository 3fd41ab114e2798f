/**
 * Calendar dates with a precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) turned into
 * UTC instants for scales, and into display text. Everything is UTC so a date
 * reads the same in every time zone.
 */
import type { EventDate, Precision } from '../data/schema';

export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface DateParts {
  year: number;
  month?: number; // 1-12
  day?: number; // 1-31
}

export function parseCalendarDate(value: string): DateParts {
  const m = /^(-?\d{1,6})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new Error(`not a calendar date: "${value}"`);
  return {
    year: Number(m[1]),
    month: m[2] ? Number(m[2]) : undefined,
    day: m[3] ? Number(m[3]) : undefined,
  };
}

/** A UTC Date at the start of the given calendar date (years below 100 handled). */
export function utcDate(year: number, monthIndex = 0, day = 1): Date {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not, and rolls month/day overflow.
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

/** The first instant of the unit the date names (day, month or year), in UTC. */
export function startOf(value: string): Date {
  const { year, month, day } = parseCalendarDate(value);
  return utcDate(year, (month ?? 1) - 1, day ?? 1);
}

/** The first instant after the unit the date names: end-exclusive. */
export function endOf(value: string): Date {
  const { year, month, day } = parseCalendarDate(value);
  if (day !== undefined) return utcDate(year, (month ?? 1) - 1, day + 1);
  if (month !== undefined) return utcDate(year, month, 1);
  return utcDate(year + 1, 0, 1);
}

/** The ASCII digit at `i` as a number; NaN-producing (negative or over 9) otherwise. */
function digit(value: string, i: number): number {
  const d = value.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * The start (or, with `end`, the first instant after) of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * with a year from 100 and month and day from 1, in UTC ms; NaN for anything else (Date.UTC
 * maps years 0-99 onto 1900-1999, and month or day 00 roll back a unit in `utcDate`).
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

/*
 * `startOf`/`endOf` as numbers, fast: the timeline and the filter index turn every event's date
 * into a span on load (100,000 events), so the common forms are read by character codes with
 * `Date.UTC` instead of a regex and a `Date` per call. Anything else (years below 100, negative
 * or six-digit years, malformed text) falls back to `startOf`/`endOf`: same instants, same errors.
 */

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

/** The half-open UTC interval an event date covers, from its start unit to the end of its end unit. */
export function dateSpan(date: Pick<EventDate, 'start' | 'end'>): [Date, Date] {
  return [startOf(date.start), endOf(date.end ?? date.start)];
}

function formatYear(year: number): string {
  return year <= 0 ? `${1 - year} BCE` : String(year);
}

export function formatCalendarDate(value: string): string {
  const { year, month, day } = parseCalendarDate(value);
  if (month === undefined) return formatYear(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${formatYear(year)}`;
  return `${day} ${MONTHS[month - 1]} ${formatYear(year)}`;
}

/** "18 March 2023", "May 2023", "2022", "18–19 March 2023", "2021 – 2022". */
export function formatEventDate(date: Pick<EventDate, 'start' | 'end'>): string {
  if (!date.end || date.end === date.start) return formatCalendarDate(date.start);
  const a = parseCalendarDate(date.start);
  const b = parseCalendarDate(date.end);
  if (a.day && b.day && a.year === b.year && a.month === b.month)
    return `${a.day}–${b.day} ${MONTHS[a.month! - 1]} ${formatYear(a.year)}`;
  return `${formatCalendarDate(date.start)} – ${formatCalendarDate(date.end)}`;
}

export function precisionLabel(p: Precision): string {
  return p === 'day' ? 'exact day' : p === 'month' ? 'month only' : 'year only';
}

/** Sort key that orders calendar dates chronologically whatever their precision. */
export function compareCalendarDates(a: string, b: string): number {
  return startMs(a) - startMs(b);
}

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
  return startOf(a).getTime() - startOf(b).getTime();
}

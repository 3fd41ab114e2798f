/**
 * TimelineJS3 date objects ({year, month, day, hour…} as numbers or strings) ↔ our
 * calendar dates. Years are astronomical in both (TimelineJS hands them to the
 * JavaScript Date, where year 0 is 1 BCE), so they are copied unchanged.
 * Times of day are dropped: our finest precision is the day.
 */
import type { Precision } from '../data/schema';
import { parseCalendarDate, utcDate } from '../lib/calendar-date';

export interface ParsedDate {
  value: string; // YYYY, YYYY-MM or YYYY-MM-DD, year padded to 4 digits, "-" for BCE
  precision: Precision;
}

export const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const MAX_YEAR = 999_999; // what the schema's calendar date can hold

export class DatePartError extends Error {}

/** A date part as TimelineJS accepts it: an integer, or a string of digits with an optional "-". */
function readPart(raw: unknown, name: string): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) throw new DatePartError(`${name} must be a whole number, got ${raw}`);
    return raw;
  }
  if (typeof raw !== 'string') throw new DatePartError(`${name} must be a number or a string`);
  const text = raw.trim();
  if (text === '') return undefined;
  if (!/^-?\d+$/.test(text)) throw new DatePartError(`${name} "${raw}" is not a number`);
  return Number(text);
}

export function formatCalendarValue(year: number, month?: number, day?: number): string {
  const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  if (month === undefined) return y;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}

/** Read a TimelineJS date object; undefined when it has no year (e.g. a title slide). */
export function parseTimelineDate(raw: unknown): ParsedDate | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new DatePartError('expected an object like {"year": 2023}');
  const parts = raw as Record<string, unknown>;
  const year = readPart(parts.year, 'year');
  const month = readPart(parts.month, 'month');
  const day = readPart(parts.day, 'day');
  if (year === undefined) {
    if (month !== undefined || day !== undefined)
      throw new DatePartError('a month or day is given without a year');
    return undefined;
  }
  if (Math.abs(year) > MAX_YEAR) throw new DatePartError(`year ${year} is outside ±${MAX_YEAR}`);
  if (month === undefined) {
    if (day !== undefined) throw new DatePartError('a day is given without a month');
    return { value: formatCalendarValue(year), precision: 'year' };
  }
  if (month < 1 || month > 12) throw new DatePartError(`month ${month} is not between 1 and 12`);
  if (day === undefined) return { value: formatCalendarValue(year, month), precision: 'month' };
  const daysInMonth = utcDate(year, month, 0).getUTCDate();
  if (day < 1 || day > daysInMonth)
    throw new DatePartError(`day ${day} does not exist in ${formatCalendarValue(year, month)}`);
  return { value: formatCalendarValue(year, month, day), precision: 'day' };
}

/** Our calendar date → a TimelineJS date object with numbers (TimelineJS reads both). */
export function toTimelineDate(value: string): { year: number; month?: number; day?: number } {
  const { year, month, day } = parseCalendarDate(value);
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/** Re-pad any valid calendar date to the canonical form this module writes ("45" → "0045"). */
export function canonicalCalendarValue(value: string): string {
  const { year, month, day } = parseCalendarDate(value);
  return formatCalendarValue(year, month, day);
}

/**
 * The data format's fixed vocabulary — version, enums, calendar-date patterns — without zod,
 * so the browser can use it (view state, filters, the fast validator) without shipping zod.
 * `schema.ts` builds its zod enums and regexes from these: one definition, two readers.
 */
export const SCHEMA_VERSION = 1;

export const PRECISIONS = ['year', 'month', 'day'] as const;
export const PLACE_KINDS = ['city', 'country', 'region'] as const;
export const EVENT_KINDS = [
  'meeting',
  'visit',
  'statement',
  'policy',
  'summit',
  'decision',
  'other',
] as const;
export const EVENT_STATUSES = ['held', 'planned', 'background'] as const;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a calendar date, never an instant. Negative years allowed (BCE). */
export const CALENDAR_DATE = /^-?\d{1,6}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const CALENDAR_DATE_MESSAGE = 'expected YYYY, YYYY-MM or YYYY-MM-DD';

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_DAY_MESSAGE = 'expected YYYY-MM-DD';

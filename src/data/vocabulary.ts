/**
 * The data format's fixed vocabulary — version, enums, calendar-date patterns — without zod,
 * so the browser can use it (view state, filters, the fast validator) without shipping zod.
 * `schema.ts` builds its zod enums and regexes from these: one definition, two readers.
 */
/**
 * The version writers write. Version 2 lets a source keep its text and sentences in a file of
 * its own (`file`), fetched when a reader opens it; version 1 (every source inline) is still read.
 */
export const SCHEMA_VERSION = 2;
/** The versions this code reads. */
export const SCHEMA_VERSIONS = [1, 2] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

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

/**
 * A source file's path, relative to the dataset file: plain path segments (letters, digits, `_`,
 * `-`, dots but never first, so no `..`), ending in `.json`. No scheme, no leading `/`: a dataset
 * can only point at files beside it, on its own site.
 */
export const SOURCE_FILE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\.json$/;
export const SOURCE_FILE_MESSAGE =
  'expected a relative path to a .json file beside the dataset, e.g. sources/a1.json';

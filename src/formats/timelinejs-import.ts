/**
 * TimelineJS3 data → our dataset: the JSON format ({title, events[], eras[]})
 * and the Google Sheets template saved as CSV. Both are read into slides first,
 * then built into a dataset by build-dataset.ts. TimelineJS2 files are refused.
 */
import Papa from 'papaparse';
import { DatasetError } from '../data/load';
import type { Dataset } from '../data/schema';
import { buildDataset, type ImportedSlide, type ImportedTimeline, type ImportOptions } from './build-dataset';
import { sanitizeHtmlText } from './sanitize-html-text';
import { EXTENSION_KEY, parseSlideExtension, parseTimelineExtension } from './timelinejs-extension';
import { DatePartError, parseTimelineDate, type ParsedDate } from './timelinejs-dates';

export type { ImportOptions } from './build-dataset';

export const TIMELINEJS2_MESSAGE =
  'This is a TimelineJS2 file (everything inside {"timeline": …}), which this app does not read. ' +
  'Save it in the TimelineJS3 format ({"title": …, "events": […], "eras": […]}) and open that instead.';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The old TimelineJS2 shape: one "timeline" object holding "date" and "era" arrays. */
export function isTimelineJs2(json: unknown): boolean {
  return isObject(json) && isObject(json.timeline) && !('events' in json);
}

function readDate(
  raw: unknown,
  where: string,
  field: string,
  options: ImportOptions,
): ParsedDate | undefined {
  try {
    return parseTimelineDate(raw);
  } catch (err) {
    if (err instanceof DatePartError)
      throw new DatasetError(`${options.fileName}: ${where}: ${field}: ${err.message}`);
    throw err;
  }
}

function readLocation(raw: unknown, where: string, options: ImportOptions): ImportedSlide['location'] {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const num = (v: unknown) =>
    typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  const lat = isObject(raw) ? num(raw.lat) : NaN;
  const lon = isObject(raw) ? num(raw.lon ?? raw.lng) : NaN;
  if (!isObject(raw) || !Number.isFinite(lat) || !Number.isFinite(lon))
    throw new DatasetError(`${options.fileName}: ${where}: location needs numeric "lat" and "lon"`);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
    throw new DatasetError(
      `${options.fileName}: ${where}: location ${lat}, ${lon} is outside latitude ±90, longitude ±180`,
    );
  const name = sanitizeHtmlText(str(raw.name), { singleLine: true });
  return { lat, lon, ...(name ? { name } : {}) };
}

function readSlide(raw: unknown, where: string, options: ImportOptions): ImportedSlide {
  if (!isObject(raw)) throw new DatasetError(`${options.fileName}: ${where}: expected an object`);
  const text = isObject(raw.text) ? raw.text : {};
  const media = isObject(raw.media) ? raw.media : {};
  const start = isObject(raw.start_date) ? raw.start_date : undefined;
  let ext;
  if (raw[EXTENSION_KEY] !== undefined) {
    const parsed = parseSlideExtension(raw[EXTENSION_KEY]);
    if (!parsed.ok)
      throw new DatasetError(`${options.fileName}: ${where}: ${EXTENSION_KEY} is malformed`, parsed.problem);
    ext = parsed.value;
  }
  const displayDate = str(raw.display_date) || str(start?.display_date);
  const headline = sanitizeHtmlText(str(text.headline), { singleLine: true });
  const label = headline ? `${where} (“${headline.slice(0, 60)}”)` : where;
  return {
    where,
    headline,
    text: sanitizeHtmlText(str(text.text)),
    start: readDate(raw.start_date, label, 'start_date', options),
    end: readDate(raw.end_date, label, 'end_date', options),
    ...(displayDate ? { displayDate: sanitizeHtmlText(displayDate, { singleLine: true }) } : {}),
    ...(str(media.caption) ? { caption: sanitizeHtmlText(str(media.caption), { singleLine: true }) } : {}),
    group: str(raw.group),
    uniqueId: str(raw.unique_id),
    location: readLocation(raw.location, label, options),
    ...(ext ? { ext } : {}),
  };
}

/** Parsed TimelineJS3 JSON → dataset. Throws a DatasetError naming the file and the slide. */
export function importTimelineJson(json: unknown, options: ImportOptions): Dataset {
  if (isTimelineJs2(json)) throw new DatasetError(`${options.fileName}: ${TIMELINEJS2_MESSAGE}`);
  if (!isObject(json) || !Array.isArray(json.events))
    throw new DatasetError(
      `${options.fileName}: not TimelineJS3 JSON: expected an object with an "events" array.`,
    );
  if (json.eras !== undefined && !Array.isArray(json.eras))
    throw new DatasetError(`${options.fileName}: "eras" must be an array.`);
  let ext;
  if (json[EXTENSION_KEY] !== undefined) {
    const parsed = parseTimelineExtension(json[EXTENSION_KEY]);
    if (!parsed.ok)
      throw new DatasetError(`${options.fileName}: the ${EXTENSION_KEY} block is malformed.`, parsed.problem);
    ext = parsed.value;
  }
  const title = isObject(json.title) && isObject(json.title.text) ? json.title.text : undefined;
  const timeline: ImportedTimeline = {
    ...(title
      ? {
          title: {
            headline: sanitizeHtmlText(str(title.headline), { singleLine: true }),
            text: sanitizeHtmlText(str(title.text)),
          },
        }
      : {}),
    events: json.events.map((e, i) => readSlide(e, `events[${i}]`, options)),
    eras: ((json.eras as unknown[] | undefined) ?? []).map((e, i) => readSlide(e, `eras[${i}]`, options)),
    ...(ext ? { ext } : {}),
  };
  return buildDataset(timeline, options);
}

/** The TimelineJS3 spreadsheet template's columns; extra columns are ignored. */
export const TIMELINEJS_CSV_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline',
  'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const; // prettier-ignore
const REQUIRED_COLUMNS = ['Year', 'Headline', 'Text'];

/** Header row looks like the TimelineJS template (case and spacing forgiven). */
export function looksLikeTimelineCsv(text: string): boolean {
  const header = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  return REQUIRED_COLUMNS.every((c) => names.has(c.toLowerCase()));
}

/** TimelineJS3 template CSV text → dataset. Optional extra columns Location, Latitude, Longitude give places. */
export function importTimelineCsv(text: string, options: ImportOptions): Dataset {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const broken = parsed.errors.find((e) => e.type !== 'FieldMismatch');
  if (broken)
    throw new DatasetError(
      `${options.fileName}: not readable as CSV: ${broken.message} (row ${(broken.row ?? 0) + 2}).`,
    );
  const columns = new Set(parsed.meta.fields ?? []);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c.toLowerCase()));
  if (missing.length)
    throw new DatasetError(
      `${options.fileName}: not a TimelineJS spreadsheet: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ` +
        `Expected the template's header: ${TIMELINEJS_CSV_COLUMNS.join(', ')}.`,
    );
  const timeline: ImportedTimeline = { events: [], eras: [] };
  parsed.data.forEach((row, i) => {
    const cell = (name: string) => (row[name.toLowerCase()] ?? '').trim();
    const where = `row ${i + 2}`; // the header is row 1, as a spreadsheet counts
    const type = cell('Type').toLowerCase();
    if (type === 'title') {
      timeline.title = {
        headline: sanitizeHtmlText(cell('Headline'), { singleLine: true }),
        text: sanitizeHtmlText(cell('Text')),
      };
      return;
    }
    const lat = cell('Latitude') || cell('Lat');
    const lon = cell('Longitude') || cell('Lon') || cell('Lng');
    const slide = readSlide(
      {
        start_date: { year: cell('Year'), month: cell('Month'), day: cell('Day') },
        end_date: { year: cell('End Year'), month: cell('End Month'), day: cell('End Day') },
        text: { headline: cell('Headline'), text: cell('Text') },
        media: { caption: cell('Media Caption') },
        display_date: cell('Display Date'),
        group: cell('Group'),
        ...(lat || lon ? { location: { lat, lon, name: cell('Location') } } : {}),
      },
      where,
      options,
    );
    (type === 'era' ? timeline.eras : timeline.events).push(slide);
  });
  return buildDataset(timeline, options);
}

/** Open formats in and out: the public surface used by the app, the CLI and the export menu. */
import type { Dataset, NewsEvent } from '../data/schema';
import { exportCsv } from './csv-export';
import { exportGeoJson } from './geojson-export';
import { exportIcs } from './ics-export';
import { exportTimelineJson } from './timelinejs-export';

export { detectAndParse, detectFormat, EXPECTED_FORMATS, type DetectedFormat } from './detect';
export {
  importTimelineCsv,
  importTimelineJson,
  isTimelineJs2,
  TIMELINEJS2_MESSAGE,
  type ImportOptions,
} from './timelinejs-import';
export { sanitizeHtmlText } from './sanitize-html-text';
export { exportCsv, exportGeoJson, exportIcs, exportTimelineJson };

export type ExportFormatId = 'csv' | 'geojson' | 'ics' | 'timelinejs';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** What the format is for, for a menu's description. */
  hint: string;
  extension: string;
  mimeType: string;
  write(dataset: Dataset, events: NewsEvent[]): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'csv',
    label: 'CSV',
    hint: 'spreadsheet, one row per event',
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8',
    write: exportCsv,
  },
  {
    id: 'geojson',
    label: 'GeoJSON',
    hint: 'map tools, events with a place',
    extension: 'geojson',
    mimeType: 'application/geo+json',
    write: exportGeoJson,
  },
  {
    id: 'ics',
    label: 'iCalendar',
    hint: 'calendar apps, all-day events',
    extension: 'ics',
    mimeType: 'text/calendar;charset=utf-8',
    write: (dataset, events) => exportIcs(dataset, events),
  },
  {
    id: 'timelinejs',
    label: 'TimelineJS',
    hint: 'JSON for TimelineJS3 and this app',
    extension: 'timeline.json',
    mimeType: 'application/json',
    write: exportTimelineJson,
  },
];

/** "Japan–Germany, 2023" → "japan-germany-2023.csv"; ASCII so every OS and mail client keeps it. */
export function exportFileName(dataset: Dataset, format: ExportFormat): string {
  const base =
    (dataset.title ?? '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'news-events';
  return `${base}.${format.extension}`;
}

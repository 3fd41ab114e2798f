/**
 * The export formats as a menu lists them, without their writers: the dashboard
 * shows this list at start-up and loads the writers (`exporters.ts`) only when
 * the reader picks one.
 */
import type { Dataset } from '../data/schema';

export type ExportFormatId = 'csv' | 'geojson' | 'ics' | 'timelinejs';

export interface ExportFormatInfo {
  id: ExportFormatId;
  label: string;
  /** What the format is for, for a menu's description. */
  hint: string;
  extension: string;
  mimeType: string;
}

export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = [
  {
    id: 'csv',
    label: 'CSV',
    hint: 'spreadsheet, one row per event',
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8',
  },
  {
    id: 'geojson',
    label: 'GeoJSON',
    hint: 'map tools, events with a place',
    extension: 'geojson',
    mimeType: 'application/geo+json',
  },
  {
    id: 'ics',
    label: 'iCalendar',
    hint: 'calendar apps, all-day events',
    extension: 'ics',
    mimeType: 'text/calendar;charset=utf-8',
  },
  {
    id: 'timelinejs',
    label: 'TimelineJS',
    hint: 'JSON for TimelineJS3 and this app',
    extension: 'timeline.json',
    mimeType: 'application/json',
  },
];

/** "Japan–Germany, 2023" → "japan-germany-2023.csv"; ASCII so every OS and mail client keeps it. */
export function exportFileName(dataset: Dataset, format: Pick<ExportFormatInfo, 'extension'>): string {
  const base =
    (dataset.title ?? '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'news-events';
  return `${base}.${format.extension}`;
}

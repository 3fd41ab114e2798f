/** The export writers by format id: the code behind the export menu, loaded when it is used. */
import type { Dataset, NewsEvent } from '../data/schema';
import { exportCsv } from './csv-export';
import type { ExportFormatId } from './export-formats';
import { exportGeoJson } from './geojson-export';
import { exportIcs } from './ics-export';
import { exportTimelineJson } from './timelinejs-export';

export type ExportWriter = (dataset: Dataset, events: NewsEvent[]) => string;

export const EXPORT_WRITERS: Readonly<Record<ExportFormatId, ExportWriter>> = {
  csv: exportCsv,
  geojson: exportGeoJson,
  ics: (dataset, events) => exportIcs(dataset, events),
  timelinejs: exportTimelineJson,
};

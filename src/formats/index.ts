/** Open formats in and out: the public surface used by the CLI and the tests (the app loads parts lazily). */
import { EXPORT_FORMAT_INFO, type ExportFormatInfo } from './export-formats';
import { EXPORT_WRITERS, type ExportWriter } from './exporters';

export { detectAndParse, detectFormat, EXPECTED_FORMATS, type DetectedFormat } from './detect';
export {
  importTimelineCsv,
  importTimelineJson,
  isTimelineJs2,
  TIMELINEJS2_MESSAGE,
  type ImportOptions,
} from './timelinejs-import';
export { sanitizeHtmlText } from './sanitize-html-text';
export { exportCsv } from './csv-export';
export { exportGeoJson } from './geojson-export';
export { exportIcs } from './ics-export';
export { exportTimelineJson } from './timelinejs-export';
export {
  EXPORT_FORMAT_INFO,
  exportFileName,
  type ExportFormatId,
  type ExportFormatInfo,
} from './export-formats';
export { EXPORT_WRITERS, type ExportWriter } from './exporters';

export interface ExportFormat extends ExportFormatInfo {
  write: ExportWriter;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_FORMAT_INFO.map((info) => ({
  ...info,
  write: EXPORT_WRITERS[info.id],
}));

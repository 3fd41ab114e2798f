/**
 * One entry point for a file a user opens or a URL's text: our dataset JSON,
 * TimelineJS3 JSON or the TimelineJS3 spreadsheet CSV. Anything else is refused
 * with a message that says what was expected.
 */
import { DatasetError, parseDataset } from '../data/load';
import type { Dataset } from '../data/schema';
import {
  importTimelineCsv,
  importTimelineJson,
  isTimelineJs2,
  looksLikeTimelineCsv,
  TIMELINEJS2_MESSAGE,
  type ImportOptions,
} from './timelinejs-import';

export type DetectedFormat = 'dataset' | 'timelinejs-json' | 'timelinejs-csv';

export const EXPECTED_FORMATS =
  'Expected a news explorer dataset (.json), TimelineJS3 JSON (.json) or the TimelineJS3 spreadsheet saved as CSV (.csv).';

export function detectFormat(text: string, fileName: string): DetectedFormat | 'timelinejs2' | undefined {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('{') && !body.startsWith('[')) {
    return /\.csv$/i.test(fileName) || looksLikeTimelineCsv(body) ? 'timelinejs-csv' : undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (isTimelineJs2(json)) return 'timelinejs2';
  if (json && typeof json === 'object' && 'schemaVersion' in json) return 'dataset';
  if (json && typeof json === 'object' && Array.isArray((json as { events?: unknown }).events))
    return 'timelinejs-json';
  return undefined;
}

/**
 * Text of a file (or response) → a validated dataset; throws DatasetError with a readable message.
 * `url`: where a response came from, so the source files a dataset names load from beside it.
 */
export function detectAndParse(
  text: string,
  fileName: string,
  options: Omit<ImportOptions, 'fileName'> = {},
  url?: string,
): Dataset {
  const body = text.replace(/^\uFEFF/, '');
  const format = detectFormat(body, fileName);
  const importOptions = { ...options, fileName };
  switch (format) {
    case 'timelinejs-csv':
      return importTimelineCsv(body, importOptions);
    case 'timelinejs2':
      throw new DatasetError(`${fileName}: ${TIMELINEJS2_MESSAGE}`);
    case 'dataset':
      return parseDataset(JSON.parse(body), fileName, url);
    case 'timelinejs-json':
      return importTimelineJson(JSON.parse(body), importOptions);
  }
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      JSON.parse(trimmed);
    } catch (err) {
      throw new DatasetError(`${fileName} is not valid JSON.`, String(err));
    }
  }
  throw new DatasetError(`${fileName} is not in a format this app reads. ${EXPECTED_FORMATS}`);
}

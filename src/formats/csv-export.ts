/**
 * Events → CSV, one row per event (RFC 4180: CRLF, quoted where needed).
 * List fields join with "; ". Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe; numbers do not.
 */
import Papa from 'papaparse';
import type { Dataset, NewsEvent } from '../data/schema';
import { deriveEventRecord, RECORD_FIELDS } from './event-record';

/** OWASP's list of formula triggers; anchored only at the start, so multi-line cells are caught too. */
export const FORMULA_START = /^[=+\-@\t\r]/;
export const LIST_SEPARATOR = '; ';

export function exportCsv(dataset: Dataset, events: NewsEvent[]): string {
  const rows = events.map((event) => {
    const record = deriveEventRecord(dataset, event);
    return RECORD_FIELDS.map((field) => {
      const value = record[field];
      if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
      return value ?? '';
    });
  });
  return (
    Papa.unparse({ fields: RECORD_FIELDS, data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START }) +
    '\r\n'
  );
}

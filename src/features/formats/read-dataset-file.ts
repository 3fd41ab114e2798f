/**
 * A file the reader picked or dropped → a validated dataset, entirely in the
 * browser: the file is read locally and never sent anywhere.
 */
import { DatasetError } from '../../data/load';
import type { Dataset } from '../../data/schema';
import { importers } from './load-converters';

/** What the file picker offers; detection decides, so a mislabelled file still works. */
export const ACCEPTED_FILES = '.json,.csv,application/json,text/csv';
/** Beyond this a browser tab struggles; the CLI is the tool for bigger files. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function readDatasetFile(file: File): Promise<Dataset> {
  if (file.size > MAX_FILE_BYTES)
    throw new DatasetError(
      `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be opened here.`,
    );
  // The file and the format readers (a separate chunk) load side by side.
  const formats = importers.load().catch((err: unknown) => {
    throw new DatasetError(
      `${file.name} could not be opened: the app's file reader did not load. Check the connection and try again.`,
      String(err),
    );
  });
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    formats.catch(() => undefined); // the read error is the one to report
    throw new DatasetError(`${file.name} could not be read.`, String(err));
  }
  return (await formats).detectAndParse(text, file.name);
}

/** One line for a status or error message, with the validation details after it when there are any. */
export function describeFileError(err: unknown): string {
  if (err instanceof DatasetError) return err.detail ? `${err.message}\n${err.detail}` : err.message;
  return err instanceof Error ? err.message : String(err);
}

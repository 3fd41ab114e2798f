/**
 * The dataset contract shared by the pipeline (validates before it writes)
 * and the app (validates when it loads). No DOM, no React, no Node APIs here.
 * Field-by-field documentation: docs/data-format.md.
 */
import { z } from 'zod';
import { checkReferences } from './references';
import { checkSourceFile } from './source-file-checks';
import { formatIssues } from './validate-kit';
import {
  CALENDAR_DATE,
  CALENDAR_DATE_MESSAGE,
  EVENT_KINDS,
  EVENT_STATUSES,
  ISO_DAY,
  ISO_DAY_MESSAGE,
  PLACE_KINDS,
  PRECISIONS,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  SOURCE_FILE,
  SOURCE_FILE_MESSAGE,
} from './vocabulary';

// zod 4 probes `new Function` when a schema is created, to compile faster parsers. Under the app's
// `script-src 'self'` CSP that probe is a reported CSP violation (dashboard and embeds), even though
// zod catches it; this must run before any schema below exists. Node (the pipeline) keeps the JIT.
if (typeof document !== 'undefined') z.config({ jitless: true });

export { SCHEMA_VERSION, SCHEMA_VERSIONS };

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a calendar date, never an instant. Negative years allowed (BCE). */
export const calendarDate = z.string().regex(CALENDAR_DATE, CALENDAR_DATE_MESSAGE);

export const precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precision>;

export const isoDay = z.string().regex(ISO_DAY, ISO_DAY_MESSAGE);

export const sentence = z.object({
  id: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof sentence>;

/** What a reader needs of a source beyond its metadata: its words and their sentences. */
export interface SourceText {
  text: string;
  sentences: Sentence[];
}

/**
 * A source keeps its text and sentences inline (every version-1 dataset, files a user opens,
 * imports) or, from version 2, names the file beside the dataset that holds them (`file`), so the
 * dataset the panels need at start stays small. `references.ts` enforces one or the other.
 */
export const source = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  published: isoDay,
  language: z.string().min(2),
  url: z.string().optional(),
  byline: z.string().optional(),
  note: z.string().optional(),
  text: z.string().optional(),
  sentences: z.array(sentence).optional(),
  /** Relative to the dataset file, e.g. `sources/a1.json` (a `sourceFile`). */
  file: z.string().regex(SOURCE_FILE, SOURCE_FILE_MESSAGE).optional(),
});
/** A source as a dataset holds it: its text inline or in its file. */
export type DatasetSource = z.infer<typeof source>;
/** A source with its text at hand: inline, or once its file has loaded (what readers read). */
export type Source = DatasetSource & SourceText;

/**
 * The file a version-2 source names: that source's text and sentences. Checked against the
 * dataset (offsets, the evidence quoting it) when it loads: `checkSourceText` in references.ts.
 */
export const sourceFileShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.string().min(1),
  text: z.string(),
  sentences: z.array(sentence),
});
export type SourceFile = z.infer<typeof sourceFileShape>;

export const placeKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof placeKind>;

export const place = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: placeKind,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** ISO 3166-1 alpha-2 where it has one. */
  country: z.string().length(2).optional(),
  mentions: z.array(z.string()),
});
export type Place = z.infer<typeof place>;

export const person = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  role: z.string().optional(),
  country: z.string().length(2).optional(),
  /** Known to the people registry (true) or only detected in the text (false). */
  verified: z.boolean(),
  mentions: z.array(z.string()),
});
export type Person = z.infer<typeof person>;

export const topic = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  parent: z.string().optional(),
  aliases: z.array(z.string()),
});
export type Topic = z.infer<typeof topic>;

export const eventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKind>;

export const eventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof eventStatus>;

export const eventDate = z.object({
  start: calendarDate,
  end: calendarDate.optional(),
  precision,
});
export type EventDate = z.infer<typeof eventDate>;

export const evidence = z.object({
  source: z.string().min(1),
  sentence: z.string().min(1),
  /** A verbatim substring of that source's `text`. */
  quote: z.string().min(1),
});
export type Evidence = z.infer<typeof evidence>;

export const event = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  kind: eventKind,
  status: eventStatus,
  date: eventDate,
  /** Position among events of the same day (0-based), following the text. */
  order: z.number().int().nonnegative(),
  place: z.string().optional(),
  /** For visits and travel: where the travel started (place id), drawn as a line to `place`. */
  origin: z.string().optional(),
  participants: z.array(z.string()),
  topics: z.array(z.string()),
  evidence: z.array(evidence).min(1),
});
export type NewsEvent = z.infer<typeof event>;

export const datasetShape = z.object({
  schemaVersion: z.literal([...SCHEMA_VERSIONS]),
  title: z.string().optional(),
  sources: z.array(source),
  places: z.array(place),
  people: z.array(person),
  topics: z.array(topic),
  events: z.array(event),
});

/**
 * Cross-references: every id an item points at exists, and quotes are verbatim (`references.ts`,
 * shared with the app's fast validator). Like any zod refinement it is skipped while a field has
 * the wrong type or is missing (its checks would not be meaningful).
 */
export const dataset = datasetShape.superRefine((data, ctx) =>
  checkReferences(data, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
);
export type Dataset = z.infer<typeof datasetShape>;
/** A dataset with every source's text inline: what the pipeline builds before it writes. */
export type InlineDataset = Omit<Dataset, 'sources'> & { sources: Source[] };

/** A source file checked against the dataset it belongs to (the one whose source `id` names it). */
export function sourceFileFor(data: Dataset, id: string) {
  return sourceFileShape.superRefine((file, ctx) =>
    checkSourceFile(data, id, file, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
  );
}

/** Human-readable summary of a validation failure: the first few problems with their paths. */
export function describeIssues(error: z.ZodError, max = 5): string {
  return formatIssues(error.issues, max);
}

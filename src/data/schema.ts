/**
 * The dataset contract shared by the pipeline (validates before it writes)
 * and the app (validates when it loads). No DOM, no React, no Node APIs here.
 * Field-by-field documentation: docs/data-format.md.
 */
import { z } from 'zod';

// zod 4 probes `new Function` when a schema is created, to compile faster parsers. Under the app's
// `script-src 'self'` CSP that probe is a reported CSP violation (dashboard and embeds), even though
// zod catches it; this must run before any schema below exists. Node (the pipeline) keeps the JIT.
if (typeof document !== 'undefined') z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a calendar date, never an instant. Negative years allowed (BCE). */
export const calendarDate = z
  .string()
  .regex(/^-?\d{1,6}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const precision = z.enum(['year', 'month', 'day']);
export type Precision = z.infer<typeof precision>;

export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const sentence = z.object({
  id: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof sentence>;

export const source = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  published: isoDay,
  language: z.string().min(2),
  url: z.string().optional(),
  byline: z.string().optional(),
  note: z.string().optional(),
  text: z.string(),
  sentences: z.array(sentence),
});
export type Source = z.infer<typeof source>;

export const placeKind = z.enum(['city', 'country', 'region']);
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

export const eventKind = z.enum(['meeting', 'visit', 'statement', 'policy', 'summit', 'decision', 'other']);
export type EventKind = z.infer<typeof eventKind>;

export const eventStatus = z.enum(['held', 'planned', 'background']);
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
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string().optional(),
  sources: z.array(source),
  places: z.array(place),
  people: z.array(person),
  topics: z.array(topic),
  events: z.array(event),
});

/** Cross-references: every id an item points at exists, and quotes are verbatim. */
export const dataset = datasetShape.superRefine((data, ctx) => {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  // sentence id → [source, sentence], so each evidence check is a lookup, not a scan.
  const sentencesById = new Map<string, [Source, Sentence]>();
  for (const s of data.sources) for (const x of s.sentences) sentencesById.set(x.id, [s, x]);
  const sentenceIds = sentencesById;
  const placeIds = new Set(data.places.map((p) => p.id));
  const personIds = new Set(data.people.map((p) => p.id));
  const topicIds = new Set(data.topics.map((t) => t.id));
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  for (const [kind, items] of [
    ['sources', data.sources],
    ['places', data.places],
    ['people', data.people],
    ['topics', data.topics],
    ['events', data.events],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) issue([kind, i, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  }
  data.sources.forEach((s, i) =>
    s.sentences.forEach((x, j) => {
      if (x.end < x.start || x.end > s.text.length)
        issue(['sources', i, 'sentences', j], `sentence ${x.id} offsets out of range`);
    }),
  );
  data.topics.forEach((t, i) => {
    if (t.parent && !topicIds.has(t.parent)) issue(['topics', i, 'parent'], `unknown topic "${t.parent}"`);
  });
  for (const [kind, items] of [
    ['places', data.places],
    ['people', data.people],
  ] as const) {
    items.forEach((item, i) =>
      item.mentions.forEach((m, j) => {
        if (!sentenceIds.has(m)) issue([kind, i, 'mentions', j], `unknown sentence "${m}"`);
      }),
    );
  }
  data.events.forEach((e, i) => {
    if (e.place && !placeIds.has(e.place)) issue(['events', i, 'place'], `unknown place "${e.place}"`);
    if (e.origin && !placeIds.has(e.origin)) issue(['events', i, 'origin'], `unknown place "${e.origin}"`);
    e.participants.forEach((p, j) => {
      if (!personIds.has(p)) issue(['events', i, 'participants', j], `unknown person "${p}"`);
    });
    e.topics.forEach((t, j) => {
      if (!topicIds.has(t)) issue(['events', i, 'topics', j], `unknown topic "${t}"`);
    });
    e.evidence.forEach((ev, j) => {
      const src = sources.get(ev.source);
      if (!src) return issue(['events', i, 'evidence', j, 'source'], `unknown source "${ev.source}"`);
      const hit = sentencesById.get(ev.sentence);
      if (!hit || hit[0] !== src)
        issue(['events', i, 'evidence', j, 'sentence'], `unknown sentence "${ev.sentence}"`);
      // Quotes normally lie within their sentence: check there first, the whole text only if not.
      const inSentence = hit && hit[0] === src && src.text.slice(hit[1].start, hit[1].end).includes(ev.quote);
      if (!inSentence && !src.text.includes(ev.quote))
        issue(['events', i, 'evidence', j, 'quote'], 'quote is not a verbatim substring of the source text');
    });
  });
});
export type Dataset = z.infer<typeof datasetShape>;

/** Human-readable summary of a validation failure: the first few problems with their paths. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  if (error.issues.length > max) lines.push(`…and ${error.issues.length - max} more`);
  return lines.join('\n');
}

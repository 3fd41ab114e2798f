/**
 * The app's dataset validator: the same checks as the zod schema in `schema.ts` (which stays the
 * contract, used by the pipeline and the tests), written as plain loops so the browser ships no
 * zod and a 100,000-event dataset validates in tens of milliseconds instead of seconds.
 * `validate.test.ts` holds the two to the same verdicts and messages.
 */
import { checkReferences } from './references';
import type { Dataset } from './schema';
import { Checker, type Issue } from './validate-kit';
import {
  CALENDAR_DATE,
  CALENDAR_DATE_MESSAGE,
  EVENT_KINDS,
  EVENT_STATUSES,
  ISO_DAY,
  ISO_DAY_MESSAGE,
  PLACE_KINDS,
  PRECISIONS,
  SCHEMA_VERSIONS,
  SOURCE_FILE,
  SOURCE_FILE_MESSAGE,
} from './vocabulary';

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; issues: Issue[] };

type Item = Record<string, unknown>;

/**
 * Validates parsed JSON. Unlike zod it returns the input itself rather than a copy with unknown
 * keys stripped: copying 100,000 events would cost time and memory for nothing the app reads.
 * `references: false` leaves the cross-reference checks (`checkReferences`) to the caller, which
 * runs them later (the dashboard: after its first draw).
 */
export function validateDataset(json: unknown, { references = true } = {}): ValidationResult {
  const c = new Checker();
  const root = c.object(json, null);
  if (root) {
    checkHeader(c, root);
    c.each(root, 'events', checkEvent);
  }
  return verdict(c, root, references);
}

/**
 * `validateDataset` in parts, for a dataset read as a stream (`stream-dataset.ts`): its other
 * fields first (`header`: the dataset without its events), then each batch of events as it
 * arrives, then `result` on the whole dataset. Same checks, same order, same paths and messages
 * as validating the whole dataset at once (`validate.test.ts` holds the two to it).
 */
export class BatchValidation {
  private readonly c = new Checker();
  private readonly root: Item | null;

  constructor(header: unknown) {
    this.root = this.c.object(header, null);
    if (this.root) checkHeader(this.c, this.root);
  }

  /** `batch`: the events from index `offset` on, in order, right after the previous batch. */
  events(batch: readonly unknown[], offset: number): void {
    if (this.root) this.c.eachOf('events', batch, offset, checkEvent);
  }

  /** The verdict on `data`: the header with all the events the batches held. */
  result(data: unknown, { references = true } = {}): ValidationResult {
    return verdict(this.c, this.root && (data as Item), references);
  }
}

function verdict(c: Checker, root: Item | null, references: boolean): ValidationResult {
  if (references && !c.fatal && root) {
    checkReferences(root as unknown as Dataset, (path, message) => c.issues.push({ path, message }));
  }
  return c.issues.length ? { ok: false, issues: c.issues } : { ok: true, data: root as unknown as Dataset };
}

const VERSIONS: readonly unknown[] = SCHEMA_VERSIONS;

/** Everything but the events, in the order zod checks the fields. */
function checkHeader(c: Checker, root: Item): void {
  if (!VERSIONS.includes(root.schemaVersion))
    c.add('schemaVersion', `Invalid option: expected one of ${SCHEMA_VERSIONS.join('|')}`, true);
  c.optionalString(root, 'title');
  c.each(root, 'sources', checkSource);
  c.each(root, 'places', checkPlace);
  c.each(root, 'people', checkPerson);
  c.each(root, 'topics', checkTopic);
}

function checkSource(c: Checker, s: Item): void {
  c.string(s, 'id', 1);
  c.string(s, 'title');
  c.string(s, 'outlet');
  c.pattern(s, 'published', ISO_DAY, ISO_DAY_MESSAGE);
  c.string(s, 'language', 2);
  c.optionalString(s, 'url');
  c.optionalString(s, 'byline');
  c.optionalString(s, 'note');
  c.optionalString(s, 'text');
  if (s.sentences !== undefined) c.each(s, 'sentences', checkSentence);
  if (s.file !== undefined) c.pattern(s, 'file', SOURCE_FILE, SOURCE_FILE_MESSAGE);
}

function checkPlace(c: Checker, p: Item): void {
  c.string(p, 'id', 1);
  c.string(p, 'name', 1);
  c.oneOf(p, 'kind', PLACE_KINDS);
  c.number(p, 'lat', -90, 90);
  c.number(p, 'lon', -180, 180);
  c.optionalString(p, 'country', 0, 2);
  c.strings(p, 'mentions');
}

function checkPerson(c: Checker, p: Item): void {
  c.string(p, 'id', 1);
  c.string(p, 'name', 1);
  c.strings(p, 'aliases');
  c.optionalString(p, 'role');
  c.optionalString(p, 'country', 0, 2);
  c.boolean(p, 'verified');
  c.strings(p, 'mentions');
}

function checkTopic(c: Checker, t: Item): void {
  c.string(t, 'id', 1);
  c.string(t, 'label', 1);
  c.optionalString(t, 'parent');
  c.strings(t, 'aliases');
}

function checkEvent(c: Checker, e: Item): void {
  c.string(e, 'id', 1);
  c.string(e, 'title', 1);
  c.oneOf(e, 'kind', EVENT_KINDS);
  c.oneOf(e, 'status', EVENT_STATUSES);
  c.nested(e, 'date', checkDate);
  c.count(e, 'order');
  c.optionalString(e, 'place');
  c.optionalString(e, 'origin');
  c.strings(e, 'participants');
  c.strings(e, 'topics');
  c.each(e, 'evidence', checkEvidence);
  // Like zod's `.min(1)`: checked even when the items (or the array itself) had a type error.
  c.size('evidence', e.evidence, 1, false);
}

export function checkSentence(c: Checker, x: Item): void {
  c.string(x, 'id', 1);
  c.count(x, 'start');
  c.count(x, 'end');
}

function checkDate(c: Checker, d: Item): void {
  c.pattern(d, 'start', CALENDAR_DATE, CALENDAR_DATE_MESSAGE);
  if (d.end !== undefined) c.pattern(d, 'end', CALENDAR_DATE, CALENDAR_DATE_MESSAGE);
  c.oneOf(d, 'precision', PRECISIONS);
}

function checkEvidence(c: Checker, ev: Item): void {
  c.string(ev, 'source', 1);
  c.string(ev, 'sentence', 1);
  c.string(ev, 'quote', 1);
}

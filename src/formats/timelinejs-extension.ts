/**
 * What our TimelineJS export adds so that export → import loses nothing.
 * TimelineJS3 ignores unknown keys, so the file still opens there; plain
 * TimelineJS files simply do not have these keys.
 *
 * Checked by hand rather than with zod: the import runs in the browser, and zod
 * would be the biggest part of the converters' chunk. The rules mirror the
 * schema's topic, person and place (without `mentions`); the imported dataset
 * is then validated in full by `parseDataset`, so nothing invalid gets past.
 */
import type { EventKind, EventStatus, Person, Place, Precision, Topic } from '../data/schema';
import { EVENT_KINDS, EVENT_STATUSES, PLACE_KINDS, PRECISIONS } from '../data/vocabulary';

/** The key, on the timeline object and on each slide. */
export const EXTENSION_KEY = 'news_explorer';

export interface TimelineExtension {
  version: 1;
  topics: Topic[];
  people: Omit<Person, 'mentions'>[];
  places: Omit<Place, 'mentions'>[];
}

export interface SlideExtension {
  kind?: EventKind;
  status?: EventStatus;
  precision?: Precision;
  topics?: string[];
  participants: string[];
  place?: string;
  origin?: string;
}

/** The checked, copied block (unknown keys dropped), or the first problem with its path. */
export type ExtensionResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Thrown inside a check with the path of the offending value; caught by the parse functions. */
class Problem extends Error {}

type Obj = Record<string, unknown>;

function object(v: unknown, path: string): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new Problem(`${path}: expected an object`);
  return v as Obj;
}

function string(o: Obj, key: string, path: string, rule: { min?: number; length?: number } = {}): string {
  const v = o[key];
  const at = `${path}.${key}`;
  if (typeof v !== 'string') throw new Problem(`${at}: expected a string`);
  // Code points, as the schema counts them.
  const n = [...v].length;
  if (rule.min !== undefined && n < rule.min) throw new Problem(`${at}: expected a non-empty string`);
  if (rule.length !== undefined && n !== rule.length)
    throw new Problem(`${at}: expected exactly ${rule.length} characters`);
  return v;
}

function optionalString(o: Obj, key: string, path: string, rule?: { length: number }): string | undefined {
  return o[key] === undefined ? undefined : string(o, key, path, rule);
}

function strings(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) throw new Problem(`${path}: expected an array of strings`);
  v.forEach((s, i) => {
    if (typeof s !== 'string') throw new Problem(`${path}[${i}]: expected a string`);
  });
  return [...(v as string[])];
}

function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (!values.includes(v as T)) throw new Problem(`${path}.${key}: expected one of ${values.join(', ')}`);
  return v as T;
}

function number(o: Obj, key: string, path: string, limit: number): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > limit)
    throw new Problem(`${path}.${key}: expected a number from -${limit} to ${limit}`);
  return v;
}

/** An array that may be absent (→ []), each item checked by `item`. */
function list<T>(v: unknown, path: string, item: (o: Obj, at: string) => T): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new Problem(`${path}: expected an array`);
  return v.map((x, i) => item(object(x, `${path}[${i}]`), `${path}[${i}]`));
}

/** Copies only the keys that are set, so optional fields stay absent rather than `undefined`. */
function defined<T extends Obj>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function topicOf(o: Obj, at: string): Topic {
  return defined({
    id: string(o, 'id', at, { min: 1 }),
    label: string(o, 'label', at, { min: 1 }),
    parent: optionalString(o, 'parent', at),
    aliases: strings(o.aliases, `${at}.aliases`),
  });
}

function personOf(o: Obj, at: string): Omit<Person, 'mentions'> {
  if (typeof o.verified !== 'boolean') throw new Problem(`${at}.verified: expected true or false`);
  return defined({
    id: string(o, 'id', at, { min: 1 }),
    name: string(o, 'name', at, { min: 1 }),
    aliases: strings(o.aliases, `${at}.aliases`),
    role: optionalString(o, 'role', at),
    country: optionalString(o, 'country', at, { length: 2 }),
    verified: o.verified,
  });
}

function placeOf(o: Obj, at: string): Omit<Place, 'mentions'> {
  const kind = oneOf(o, 'kind', at, PLACE_KINDS);
  if (!kind) throw new Problem(`${at}.kind: expected one of ${PLACE_KINDS.join(', ')}`);
  return defined({
    id: string(o, 'id', at, { min: 1 }),
    name: string(o, 'name', at, { min: 1 }),
    kind,
    lat: number(o, 'lat', at, 90),
    lon: number(o, 'lon', at, 180),
    country: optionalString(o, 'country', at, { length: 2 }),
  });
}

function attempt<T>(check: () => T): ExtensionResult<T> {
  try {
    return { ok: true, value: check() };
  } catch (err) {
    if (err instanceof Problem) return { ok: false, problem: err.message };
    throw err;
  }
}

/** The timeline-level block: the topics, people and places the slides refer to by id. */
export function parseTimelineExtension(raw: unknown): ExtensionResult<TimelineExtension> {
  return attempt(() => {
    const o = object(raw, EXTENSION_KEY);
    if (o.version !== 1) throw new Problem(`${EXTENSION_KEY}.version: expected 1`);
    return {
      version: 1,
      topics: list(o.topics, `${EXTENSION_KEY}.topics`, topicOf),
      people: list(o.people, `${EXTENSION_KEY}.people`, personOf),
      places: list(o.places, `${EXTENSION_KEY}.places`, placeOf),
    };
  });
}

/** A slide's block: the event's fields TimelineJS has no place for. */
export function parseSlideExtension(raw: unknown): ExtensionResult<SlideExtension> {
  return attempt(() => {
    const o = object(raw, EXTENSION_KEY);
    return defined({
      kind: oneOf(o, 'kind', EXTENSION_KEY, EVENT_KINDS),
      status: oneOf(o, 'status', EXTENSION_KEY, EVENT_STATUSES),
      precision: oneOf(o, 'precision', EXTENSION_KEY, PRECISIONS),
      topics: o.topics === undefined ? undefined : strings(o.topics, `${EXTENSION_KEY}.topics`),
      participants:
        o.participants === undefined ? [] : strings(o.participants, `${EXTENSION_KEY}.participants`),
      place: optionalString(o, 'place', EXTENSION_KEY),
      origin: optionalString(o, 'origin', EXTENSION_KEY),
    });
  });
}

/**
 * The editable files in `editorial/` (people registry, topic taxonomy, places,
 * overrides): YAML, validated here so a typo stops the run with the file name
 * and the field, instead of silently extracting less.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { eventDate, eventKind, eventStatus, placeKind } from '../data/schema';
import { EditorialError } from './errors';
import { slugify } from './text';

export { EditorialError };

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by "-"');
const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as "JP"');

const personEntry = z.object({
  id: slug.optional(),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** The family name as used alone in text; defaults to the last word of `name`. */
  family: z.string().min(1).optional(),
  role: z.string().optional(),
  country: alpha2.optional(),
});
const peopleFile = z.object({ people: z.array(personEntry).default([]) });

const topicEntry = z.object({
  id: slug,
  label: z.string().min(1),
  parent: slug.optional(),
  aliases: z.array(z.string().min(1)).default([]),
});
const topicsFile = z.object({ topics: z.array(topicEntry).default([]) });

const regionEntry = z.object({
  id: slug.optional(),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
const placesFile = z.object({
  regions: z.array(regionEntry).default([]),
  /** Extra names for countries: name → ISO alpha-2. */
  countryAliases: z.record(z.string(), alpha2).default({}),
  /** Display names for countries whose atlas name is long or abbreviated: alpha-2 → name. */
  countryNames: z.record(z.string(), z.string().min(1)).default({}),
  /** Extra names for cities: name → the gazetteer's name and country. */
  cityAliases: z.record(z.string(), z.object({ name: z.string().min(1), country: alpha2 })).default({}),
});

const match = z
  .object({ id: z.string().min(1).optional(), sentence: z.string().min(1).optional() })
  .refine((m) => m.id || m.sentence, 'give "id" or "sentence"');
const eventOverride = z.object({
  match,
  drop: z.boolean().optional(),
  set: z
    .object({
      title: z.string().min(1),
      kind: eventKind,
      status: eventStatus,
      date: eventDate,
      place: z.string(),
      origin: z.string(),
      participants: z.array(z.string()),
      topics: z.array(z.string()),
    })
    .partial()
    .optional(),
});
const placeOverride = z.object({
  match: z.object({ id: z.string().min(1) }),
  drop: z.boolean().optional(),
  set: z
    .object({ name: z.string().min(1), kind: placeKind, lat: z.number(), lon: z.number(), country: alpha2 })
    .partial()
    .optional(),
});
const personOverride = z.object({
  match: z.object({ id: z.string().min(1) }),
  drop: z.boolean().optional(),
  set: z
    .object({ name: z.string().min(1), role: z.string(), country: alpha2, verified: z.boolean() })
    .partial()
    .optional(),
});
const overridesFile = z.object({
  events: z.array(eventOverride).default([]),
  places: z.array(placeOverride).default([]),
  people: z.array(personOverride).default([]),
});

export type PersonEntry = z.infer<typeof personEntry> & { id: string; family: string };
export type TopicEntry = z.infer<typeof topicEntry>;
export type PlacesEditorial = z.infer<typeof placesFile>;
export type Overrides = z.infer<typeof overridesFile>;
export type EventOverride = z.infer<typeof eventOverride>;

export interface Editorial {
  people: PersonEntry[];
  topics: TopicEntry[];
  places: PlacesEditorial;
  overrides: Overrides;
}

/** Raw file contents by name; a missing file counts as empty. */
export interface EditorialFiles {
  'people.yaml'?: string;
  'topics.yaml'?: string;
  'places.yaml'?: string;
  'overrides.yaml'?: string;
}

function parseFile<T extends z.ZodTypeAny>(name: string, text: string | undefined, shape: T): z.infer<T> {
  let data: unknown;
  try {
    data = text === undefined ? {} : (parseYaml(text) ?? {});
  } catch (err) {
    throw new EditorialError(name, `not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const result = shape.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new EditorialError(name, `${first.path.join('.') || '(root)'}: ${first.message}`);
  }
  return result.data;
}

function assertUnique(file: string, ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new EditorialError(file, `duplicate ${what} id "${id}"`);
    seen.add(id);
  }
}

export function parseEditorial(files: EditorialFiles): Editorial {
  const people = parseFile('people.yaml', files['people.yaml'], peopleFile).people.map((p) => ({
    ...p,
    id: p.id ?? slugify(p.name),
    family: p.family ?? p.name.trim().split(/\s+/).pop()!,
  }));
  assertUnique(
    'people.yaml',
    people.map((p) => p.id),
    'person',
  );
  const topics = parseFile('topics.yaml', files['topics.yaml'], topicsFile).topics;
  assertUnique(
    'topics.yaml',
    topics.map((t) => t.id),
    'topic',
  );
  const topicIds = new Set(topics.map((t) => t.id));
  for (const t of topics) {
    if (t.parent && !topicIds.has(t.parent))
      throw new EditorialError('topics.yaml', `topic "${t.id}" has an unknown parent "${t.parent}"`);
  }
  const places = parseFile('places.yaml', files['places.yaml'], placesFile);
  const overrides = parseFile('overrides.yaml', files['overrides.yaml'], overridesFile);
  return { people, topics, places, overrides };
}

/**
 * The fast validator must give the zod schema's verdict, with the same paths and messages, on
 * real and generated datasets and on many mutations of them (seeded, so a failure reproduces).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { mulberry32 } from '../lib/prng';
import { runPipeline } from '../pipeline/run';
import { EDITORIAL_DIR, SEEDS_DIR } from '../pipeline/test-resources';
import { dataset as schema, describeIssues, sourceFileFor, type Dataset } from './schema';
import { splitSources } from './split-sources';
import { validateSourceFile } from './source-file-checks';
import { BatchValidation, validateDataset } from './validate';
import { formatIssues } from './validate-kit';

type Json = Record<string | number, unknown>;

/** Both verdicts, each as the full list of `path: message` lines ('' = valid). */
function verdicts(data: unknown): { zod: string; fast: string } {
  const z = schema.safeParse(data);
  const f = validateDataset(data);
  return {
    zod: z.success ? '' : describeIssues(z.error, 1000),
    fast: f.ok ? '' : formatIssues(f.issues, 1000),
  };
}

/**
 * The verdict of `BatchValidation` as the streaming load uses it (`load.ts`): the dataset
 * without its events, then its events in batches of `size`; undefined where it does not apply
 * (no events array: such a file is never streamed).
 */
function batchVerdict(data: unknown, size: number): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { events, ...header } = data as Json;
  if (!Array.isArray(events)) return undefined;
  const v = new BatchValidation({ ...header, events: [] });
  for (let at = 0; at < events.length; at += size) v.events(events.slice(at, at + size), at);
  const r = v.result(data);
  return r.ok ? '' : formatIssues(r.issues, 1000);
}

function expectAgreement(data: unknown, label: string) {
  const { zod, fast } = verdicts(data);
  expect(fast, label).toBe(zod);
  for (const size of [1, 7, 1000]) {
    const batched = batchVerdict(data, size);
    if (batched !== undefined) expect(batched, `${label}, batches of ${size}`).toBe(fast);
  }
  return zod;
}

let seeds: unknown;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-seeds-'));
  try {
    const outFile = join(dir, 'dataset.json');
    const result = await runPipeline({
      seedsDir: SEEDS_DIR,
      outFile,
      editorialDir: EDITORIAL_DIR,
      cacheDir: false,
    });
    expect(result.ok).toBe(true);
    seeds = JSON.parse(readFileSync(outFile, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const generated = generateDataset({ events: 1000, seed: 1 });
const small = JSON.parse(
  JSON.stringify(generateDataset({ events: 40, seed: 7, eventsPerSource: 8 })),
) as Json;

describe('validateDataset agrees with the zod schema', () => {
  it('accepts the seeds dataset and a generated 1,000-event dataset, returning the input itself', () => {
    expect(expectAgreement(seeds, 'seeds')).toBe('');
    expect(expectAgreement(generated, 'generated')).toBe('');
    const result = validateDataset(generated);
    expect(result.ok && result.data).toBe(generated);
  });

  it('rejects what is not a dataset object', () => {
    for (const value of [null, [], 'x', 3, true, {}, { schemaVersion: 1 }, { schemaVersion: 2, events: [] }])
      expect(expectAgreement(value, JSON.stringify(value))).not.toBe('');
  });

  it.each(targetedMutations())('rejects $name, as zod does', ({ mutate }) => {
    for (const [label, base] of [
      ['seeds', seeds],
      ['generated', small],
    ] as const) {
      const copy = structuredClone(base) as Json;
      mutate(copy);
      expect(expectAgreement(copy, label)).not.toBe('');
    }
  });

  it('agrees on 600 random mutations of a generated dataset (same verdict, paths and messages)', () => {
    const random = mulberry32(2026);
    let rejected = 0;
    for (let n = 0; n < 600; n++) {
      const copy = structuredClone(small);
      const done: string[] = [];
      // One to three mutations at random places: mixes fatal (type) and continuable (range) problems.
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) done.push(mutateAtRandom(copy, random));
      if (expectAgreement(copy, `mutation ${n}: ${done.join('; ')}`)) rejected++;
    }
    // Most mutations break something; some (an optional field removed, a valid value) do not.
    expect(rejected).toBeGreaterThan(400);
  });
});

describe('split datasets (version 2): both validators agree', () => {
  const split = () =>
    structuredClone(splitSources(small as unknown as Dataset)) as unknown as {
      dataset: Json;
      files: { path: string; content: Json }[];
    };

  it('accepts a split dataset, and each source file against it', () => {
    const s = split();
    expect(expectAgreement(s.dataset, 'split')).toBe('');
    for (const f of s.files) expect(fileAgreement(f.content, s.dataset, f.content.source as string)).toBe('');
  });

  it.each([
    { name: 'a file in a version-1 dataset', mutate: (d: Json) => (d.schemaVersion = 1) },
    { name: 'a source with neither text nor file', mutate: (d: Json) => delete at(d, 'sources', 0).file },
    { name: 'text both inline and in a file', mutate: (d: Json) => (at(d, 'sources', 0).text = 'x') },
    { name: 'a file path with ..', mutate: (d: Json) => (at(d, 'sources', 0).file = '../secret.json') },
    {
      name: 'an absolute file URL',
      mutate: (d: Json) => (at(d, 'sources', 0).file = 'https://x.example/a.json'),
    },
    { name: 'a file that is not JSON', mutate: (d: Json) => (at(d, 'sources', 0).file = 'sources/a.txt') },
    { name: 'a schema version 3', mutate: (d: Json) => (d.schemaVersion = 3) },
  ])('rejects $name, as zod does', ({ mutate }) => {
    const s = split();
    mutate(s.dataset);
    expect(expectAgreement(s.dataset, 'split')).not.toBe('');
  });

  it('checks mentions only when every source is inline (a mention may name any source’s sentence)', () => {
    const s = split();
    at(s.dataset, 'places', 0).mentions = ['no-such-sentence'];
    expect(expectAgreement(s.dataset, 'split')).toBe('');
  });

  it.each([
    { name: 'another source’s file', mutate: (f: Json) => (f.source = 'other') },
    { name: 'sentence offsets past the text', mutate: (f: Json) => (at(f, 'sentences', 0).end = 10 ** 7) },
    { name: 'a text that no longer holds the quotes', mutate: (f: Json) => (f.text = 'Rewritten.') },
    { name: 'a sentence renamed', mutate: (f: Json) => (at(f, 'sentences', 1).id = 'renamed') },
    { name: 'a missing text', mutate: (f: Json) => delete f.text },
    { name: 'version 1', mutate: (f: Json) => (f.schemaVersion = 1) },
    { name: 'an array', mutate: (f: Json) => (f.sentences = 'none') },
  ])('rejects a source file with $name, as zod does', ({ mutate }) => {
    const s = split();
    const f = s.files[0].content;
    mutate(f);
    expect(fileAgreement(f, s.dataset, at(s.dataset, 'sources', 0).id as string)).not.toBe('');
  });

  it('agrees on 200 random mutations of source files', () => {
    const random = mulberry32(7);
    const s = split();
    let rejected = 0;
    for (let n = 0; n < 200; n++) {
      const i = Math.floor(random() * s.files.length);
      const copy = structuredClone(s.files[i].content);
      const done = mutateAtRandom(copy, random);
      const id = at(s.dataset, 'sources', i).id as string;
      if (fileAgreement(copy, s.dataset, id, `mutation ${n}: ${done}`)) rejected++;
    }
    expect(rejected).toBeGreaterThan(100);
  });
});

function fileAgreement(file: unknown, data: Json, id: string, label = id): string {
  const z = sourceFileFor(data as unknown as Dataset, id).safeParse(file);
  const f = validateSourceFile(file, data as unknown as Dataset, id);
  const zod = z.success ? '' : describeIssues(z.error, 1000);
  expect(f.ok ? '' : formatIssues(f.issues, 1000), label).toBe(zod);
  return zod;
}

const at = (d: Json, ...path: (string | number)[]): Json => path.reduce<Json>((o, k) => o[k] as Json, d);
const events = (d: Json) => d.events as Json[];

/** Named mutations for each kind of check: required fields, types, enums, dates, references, ids. */
function targetedMutations(): { name: string; mutate(d: Json): void }[] {
  return [
    { name: 'a missing event title', mutate: (d) => delete events(d)[0].title },
    { name: 'a missing sources list', mutate: (d) => delete d.sources },
    { name: 'a number where a string belongs', mutate: (d) => (events(d)[0].title = 5) },
    { name: 'null for an optional string', mutate: (d) => (at(d, 'sources', 0).url = null) },
    { name: 'an unknown event kind', mutate: (d) => (events(d)[0].kind = 'party') },
    { name: 'an unknown status', mutate: (d) => (events(d)[0].status = 'HELD') },
    { name: 'an unknown precision', mutate: (d) => (at(d, 'events', 0, 'date').precision = 'week') },
    { name: 'an unknown place kind', mutate: (d) => (at(d, 'places', 0).kind = 'town') },
    { name: 'month 13', mutate: (d) => (at(d, 'events', 0, 'date').start = '2023-13-01') },
    { name: 'an unpadded month', mutate: (d) => (at(d, 'events', 0, 'date').start = '2023-3-18') },
    { name: 'day 32 as an end date', mutate: (d) => (at(d, 'events', 0, 'date').end = '2023-03-32') },
    {
      name: 'an instant instead of a date',
      mutate: (d) => (at(d, 'events', 0, 'date').start = '2023-03-18T10:00Z'),
    },
    { name: 'a year as a number', mutate: (d) => (at(d, 'events', 0, 'date').start = 2023) },
    { name: 'a published date without its day', mutate: (d) => (at(d, 'sources', 0).published = '2023-03') },
    { name: 'a fractional order', mutate: (d) => (events(d)[0].order = 1.5) },
    { name: 'a negative order', mutate: (d) => (events(d)[0].order = -1) },
    { name: 'an order beyond safe integers', mutate: (d) => (events(d)[0].order = 2 ** 60) },
    { name: 'an infinite latitude', mutate: (d) => (at(d, 'places', 0).lat = Infinity) },
    { name: 'a latitude over 90', mutate: (d) => (at(d, 'places', 0).lat = 90.5) },
    { name: 'a longitude under -180', mutate: (d) => (at(d, 'places', 0).lon = -181) },
    { name: 'a three-letter country code', mutate: (d) => (at(d, 'places', 0).country = 'JPN') },
    { name: 'a string for verified', mutate: (d) => (at(d, 'people', 0).verified = 'yes') },
    { name: 'a one-letter language', mutate: (d) => (at(d, 'sources', 0).language = 'e') },
    { name: 'an empty id', mutate: (d) => (events(d)[0].id = '') },
    { name: 'no evidence', mutate: (d) => (events(d)[0].evidence = []) },
    { name: 'an event that is an array', mutate: (d) => ((d.events as unknown[])[0] = []) },
    { name: 'a date that is null', mutate: (d) => (events(d)[0].date = null) },
    { name: 'a wrong schema version', mutate: (d) => (d.schemaVersion = '1') },
    { name: 'a dangling place', mutate: (d) => (events(d)[0].place = 'atlantis') },
    { name: 'a dangling origin', mutate: (d) => (events(d)[0].origin = 'atlantis') },
    { name: 'a dangling participant', mutate: (d) => (events(d)[0].participants = ['nobody']) },
    { name: 'a dangling topic', mutate: (d) => (events(d)[0].topics = ['no-such-topic']) },
    { name: 'a dangling topic parent', mutate: (d) => (at(d, 'topics', 0).parent = 'no-such-topic') },
    { name: 'a dangling mention', mutate: (d) => (at(d, 'places', 0).mentions = ['no-such-sentence']) },
    {
      name: 'evidence from an unknown source',
      mutate: (d) => (at(d, 'events', 0, 'evidence', 0).source = 'x'),
    },
    {
      name: 'evidence citing another source’s sentence',
      mutate: (d) => {
        const evidence = at(d, 'events', 0, 'evidence', 0);
        const other = (d.sources as Json[]).find((s) => s.id !== evidence.source)!;
        evidence.sentence = at(other, 'sentences', 0).id;
      },
    },
    {
      name: 'a quote that is not verbatim',
      mutate: (d) => (at(d, 'events', 0, 'evidence', 0).quote = 'Not in the text at all'),
    },
    {
      name: 'sentence offsets past the text',
      mutate: (d) => (at(d, 'sources', 0, 'sentences', 0).end = 10 ** 7),
    },
    {
      name: 'sentence end before its start',
      mutate: (d) => (at(d, 'sources', 0, 'sentences', 0).start = 10 ** 7),
    },
    { name: 'a duplicate event id', mutate: (d) => events(d).push(structuredClone(events(d)[0])) },
    {
      name: 'a duplicate place id',
      mutate: (d) => (d.places as Json[]).push(structuredClone(at(d, 'places', 0))),
    },
    {
      name: 'a duplicate id and a bad date together',
      mutate: (d) => {
        events(d).push(structuredClone(events(d)[0]));
        at(d, 'events', 0, 'date').start = '2023-3';
      },
    },
    {
      name: 'a duplicate id hidden behind a type error (zod skips the references)',
      mutate: (d) => {
        events(d).push(structuredClone(events(d)[0]));
        events(d)[1].title = null;
      },
    },
  ];
}

const VALUES: unknown[] = [
  undefined,
  null,
  0,
  1,
  1.5,
  -1,
  90.5,
  -181,
  2 ** 60,
  -(2 ** 60),
  NaN,
  Infinity,
  '',
  'x',
  'JP',
  'JPN',
  true,
  [],
  {},
  ['x'],
  [1],
  [{}],
  '2023',
  '2023-02',
  '2023-02-30',
  '2023-13',
  '2023-1-01',
  '-44-03-15',
  '1234567',
  '2023-02-00',
  'meeting',
  'visit',
  'city',
  'region',
  'day',
  'year',
  'held',
  'planned',
  'party',
];

const IDS = (['places', 'people', 'topics', 'sources'] as const).flatMap((k) =>
  (small[k] as Json[]).map((item) => item.id),
);

/** Replaces, deletes or duplicates one value somewhere in `d`; returns what it did. */
function mutateAtRandom(d: Json, random: () => number): string {
  const slots: [Json, string | number][] = [];
  const walk = (o: unknown) => {
    if (typeof o !== 'object' || o === null) return;
    for (const key of Object.keys(o)) {
      const k = Array.isArray(o) ? Number(key) : key;
      slots.push([o as Json, k]);
      walk((o as Json)[k]);
    }
  };
  walk(d);
  const [parent, key] = slots[Math.floor(random() * slots.length)];
  const roll = random();
  if (roll < 0.1 && Array.isArray(parent)) {
    parent.push(structuredClone(parent[key as number]));
    return `duplicated ${String(key)}`;
  }
  if (roll < 0.25) {
    // Point at an id that exists elsewhere (a reference to the wrong kind of item, or a duplicate id).
    const id = IDS[Math.floor(random() * IDS.length)];
    parent[key] = id;
    return `${String(key)} = ${String(id)}`;
  }
  const value = VALUES[Math.floor(random() * VALUES.length)];
  if (value === undefined && !Array.isArray(parent)) delete parent[key];
  else parent[key] = structuredClone(value);
  return `${String(key)} = ${JSON.stringify(value)}`;
}

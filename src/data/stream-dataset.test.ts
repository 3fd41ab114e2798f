import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { serializeDataset } from './serialize-dataset';
import { DatasetStreamParser, type StreamPart } from './stream-dataset';

const data = generateDataset({ events: 40, seed: 11, eventsPerSource: 10 });
const tiny = {
  schemaVersion: 2,
  sources: [],
  places: [],
  people: [],
  topics: [],
  events: data.events.slice(0, 4),
};
const parsed = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

/** Feeds `text` cut at `cuts`; returns the end and every part handed out, checked for order. */
function read(text: string, cuts: number[] = [], batchChars = 64) {
  const parser = new DatasetStreamParser(batchChars);
  const parts: StreamPart[] = [];
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    parts.push(...parser.push(text.slice(at, cut)));
    at = cut;
  }
  // What load.ts does when the parser asks for it: read the file again, whole.
  const end = parser.end() ?? { json: JSON.parse(text) as unknown, streamed: false, parts: [], reread: true };
  parts.push(...end.parts);
  return { reread: false, ...end, all: parts };
}

/** What the parts describe: the header with the batches' events, which must follow each other. */
function assembled(parts: StreamPart[]): unknown {
  const [first, ...batches] = parts;
  if (!first || !('header' in first)) throw new Error('no header first');
  const events: unknown[] = [];
  for (const b of batches) {
    if ('header' in b || b.offset !== events.length) throw new Error('batches out of order');
    events.push(...b.events);
  }
  return { ...first.header, events };
}

describe('DatasetStreamParser on the layout serializeDataset writes', () => {
  it('hands out the header, then the events in batches, which add up to the dataset', () => {
    const text = serializeDataset(data);
    const cuts = Array.from({ length: 60 }, (_, i) => Math.floor(((i + 1) * text.length) / 61));
    const { json, streamed, all } = read(text, cuts, 2048);
    expect(streamed).toBe(true);
    expect(json).toEqual(parsed(data));
    expect(all.length).toBeGreaterThan(3);
    expect(assembled(all)).toEqual(json);
  });

  it.each([
    ['\\n', (t: string) => t],
    ['\\r\\n', (t: string) => t.replace(/\n/g, '\r\n')],
  ])('gives the same dataset whatever the chunk boundary (%s line ends)', (_, lineEnds) => {
    const text = lineEnds(serializeDataset(tiny));
    for (let cut = 0; cut <= text.length; cut++) {
      const { json, streamed, all } = read(text, [cut]);
      expect(streamed, `cut at ${cut}`).toBe(true);
      expect(json, `cut at ${cut}`).toEqual(parsed(tiny));
      expect(assembled(all)).toEqual(json);
    }
    // One character at a time: every boundary at once (inside strings, right after `[`, in `\r\n`).
    const oneByOne = read(
      text,
      Array.from({ length: text.length }, (_, i) => i),
    );
    expect(oneByOne.streamed).toBe(true);
    expect(oneByOne.json).toEqual(parsed(tiny));
  });

  it('asks for the file again when the events part turns out not to have the layout', () => {
    const layout = serializeDataset(tiny);
    const after = read(layout.replace(/\n\}\n$/, ',\n "extra": 1\n}\n'));
    expect([after.streamed, after.reread]).toEqual([false, true]);
    expect(read(JSON.stringify(tiny)).reread).toBe(false);
    expect(read(layout).reread).toBe(false);
  });

  it('reads an empty events list, and a dataset whose header holds the marker text in a string', () => {
    for (const d of [
      { ...tiny, events: [] },
      { ...tiny, title: '"events": [', sources: [{ note: 'a\n "events": [\n' }] },
      { events: tiny.events },
    ]) {
      const { json, streamed, all } = read(serializeDataset(d));
      expect(streamed).toBe(true);
      expect(json).toEqual(parsed(d));
      expect(assembled(all)).toEqual(json);
    }
  });
});

describe('DatasetStreamParser on other JSON: parsed whole at the end', () => {
  const layout = serializeDataset(data);
  const lines = layout.split('\n');
  const firstEvent = lines.indexOf(' "events": [') + 1;
  it.each([
    ['minified', JSON.stringify(data)],
    ['one-space indented (the earlier layout)', JSON.stringify(data, null, 1)],
    ['two-space indented', JSON.stringify(data, null, 2)],
    ['events first', (({ events, ...rest }) => JSON.stringify({ events, ...rest }, null, 1))(data)],
    ['a field after the events', layout.replace(/\n\}\n$/, ',\n "extra": [1, 2]\n}\n')],
    [
      'an event over two lines',
      layout.replace(lines[firstEvent + 20]!, lines[firstEvent + 20]!.replace(',', ',\n')),
    ],
    [
      'a nested "events" line',
      serializeDataset({ x: { events: [1] }, ...data }).replace('{"events":[1]}', '{\n  "events": [\n1]}'),
    ],
    ['white space after the marker', layout.replace('"events": [\n', '"events": [ \n')],
  ])('%s', (name, text) => {
    for (const batch of [64, 4096]) {
      const { json, streamed } = read(text, [100, 5000, 5001, 20_000], batch);
      // Both halves of a split event in one batch still parse (JSON allows the line break).
      if (name !== 'an event over two lines') expect(streamed).toBe(false);
      expect(json).toEqual(JSON.parse(text));
    }
  });

  it.each([
    ['a trailing comma after the last event', layout.replace(/\}\n \]\n\}\n$/, '},\n ]\n}\n')],
    ['two commas between events', layout.replace(lines[firstEvent + 30]!, `${lines[firstEvent + 30]!}\n,`)],
    ['a cut-off file', layout.slice(0, -30)],
    [
      'a broken event in the middle',
      layout.replace(lines[firstEvent + 25]!, lines[firstEvent + 25]!.replace('{', '')),
    ],
    ['a broken header', layout.replace('"schemaVersion": 2', '"schemaVersion": 2,')],
    ['text after the end', `${layout}{}`],
  ])('throws JSON.parse’s error for %s', (_, text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    for (const batch of [64, 4096]) {
      let error: unknown;
      try {
        read(text, [7, 3000], batch);
      } catch (err) {
        error = err;
      }
      expect(String(error)).toBe(
        String(
          (() => {
            try {
              JSON.parse(text);
            } catch (err) {
              return err;
            }
          })(),
        ),
      );
    }
  });
});

it('falls back when a batch ends inside an event split over two lines', () => {
  const text = serializeDataset(tiny).replace('"title"', '\n"title"');
  const at = text.indexOf('\n"title"');
  const { json, streamed, reread } = read(text, [at + 1], 8);
  expect([streamed, reread]).toEqual([false, true]);
  expect(json).toEqual(parsed(tiny));
});

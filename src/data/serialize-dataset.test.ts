import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { EVENTS_LINE, serializeDataset } from './serialize-dataset';

const data = generateDataset({ events: 30, seed: 3, eventsPerSource: 10 });

describe('serializeDataset', () => {
  it('writes plain JSON with the other fields indented, then one event per line, events last', () => {
    const text = serializeDataset(data);
    expect(JSON.parse(text)).toEqual(data);
    const lines = text.split('\n');
    const open = lines.indexOf(` ${EVENTS_LINE}`);
    expect(lines.slice(0, 2)).toEqual(['{', ' "schemaVersion": 2,']);
    expect(lines).toContain(' "sources": [');
    const eventLines = lines.slice(open + 1, open + 1 + data.events.length);
    expect(eventLines.map((l) => JSON.parse(l.replace(/,$/, '')) as unknown)).toEqual(data.events);
    expect(eventLines.slice(0, -1).every((l) => l.startsWith('  {') && l.endsWith('},'))).toBe(true);
    expect(eventLines.at(-1)).toMatch(/^ {2}\{.*\}$/);
    expect(lines.slice(open + 1 + data.events.length)).toEqual([' ]', '}', '']);
  });

  it('moves events after any field written after it, and writes an empty list and a bare object', () => {
    const { events, ...rest } = data;
    const text = serializeDataset({ events, ...rest });
    expect(text.indexOf(EVENTS_LINE)).toBeGreaterThan(text.indexOf('"topics"'));
    expect(JSON.parse(text)).toEqual(data);
    expect(serializeDataset({ ...rest, events: [] })).toMatch(/"topics": \[[^]*\n "events": \[\n \]\n\}\n$/);
    expect(serializeDataset({ events: [] })).toBe(`{\n ${EVENTS_LINE}\n ]\n}\n`);
  });

  it('writes anything without an events list one-space indented, as before', () => {
    const file = { source: 's1', text: 'A\nB', sentences: [] };
    expect(serializeDataset(file)).toBe(`${JSON.stringify(file, null, 1)}\n`);
    expect(serializeDataset({ events: 'no' })).toBe(`${JSON.stringify({ events: 'no' }, null, 1)}\n`);
  });
});

import { describe, expect, it } from 'vitest';
import { DatasetError } from '../data/load';
import { detectAndParse, detectFormat } from './detect';
import { readFixture } from './fixtures/read-fixture';
import { sampleDataset } from './fixtures/sample-dataset';

describe('detectAndParse', () => {
  it('reads our own dataset JSON, validated by the shared schema', () => {
    const text = JSON.stringify(sampleDataset);
    expect(detectFormat(text, 'dataset.json')).toBe('dataset');
    expect(detectAndParse(text, 'dataset.json')).toEqual(sampleDataset);
  });

  it('reports schema problems in our format with the file name and details', () => {
    const broken = JSON.stringify({
      ...sampleDataset,
      events: [{ ...sampleDataset.events[0], place: 'atlantis' }],
    });
    try {
      detectAndParse(broken, 'mine.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DatasetError);
      expect((err as DatasetError).message).toBe('mine.json does not match the data format.');
      expect((err as DatasetError).detail).toContain('unknown place "atlantis"');
    }
  });

  it('reads TimelineJS3 JSON and CSV (with a byte order mark, whatever the file name)', () => {
    expect(detectAndParse(readFixture('eras.json'), 'eras.json').title).toBe('Ports of the Hanseatic League');
    const csv = '\uFEFF' + readFixture('women-in-science.csv');
    expect(detectFormat(csv, 'export.txt')).toBe('timelinejs-csv');
    expect(detectAndParse(csv, 'women.csv').title).toBe('Women in Science');
  });

  it('refuses TimelineJS2, invalid JSON and unknown shapes with messages that say why', () => {
    expect(() => detectAndParse(readFixture('timelinejs2.json'), 'old.json')).toThrow(
      /old\.json: This is a TimelineJS2 file/,
    );
    expect(() => detectAndParse('{"events": [', 'cut.json')).toThrow('cut.json is not valid JSON.');
    expect(() => detectAndParse('{"type": "FeatureCollection"}', 'map.json')).toThrow(
      /map\.json is not in a format this app reads\. Expected/,
    );
    expect(() => detectAndParse('just some words', 'notes.txt')).toThrow(/not in a format this app reads/);
    expect(() => detectAndParse('a,b\n1,2\n', 'table.csv')).toThrow(/not a TimelineJS spreadsheet/);
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv } from './csv-export';
import { sampleDataset } from './fixtures/sample-dataset';

const csv = exportCsv(sampleDataset, sampleDataset.events);
const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const row = (id: string) => parsed.data.find((r) => r.id === id)!;

describe('exportCsv', () => {
  it('writes one row per event with the documented columns, CRLF line endings', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'id', 'date', 'end_date', 'precision', 'date_text', 'title', 'kind', 'status', 'place', 'country', 'lat', 'lon',
      'origin', 'participants', 'topics', 'sources', 'source_urls', 'quotes',
    ]); // prettier-ignore
    expect(parsed.data).toHaveLength(sampleDataset.events.length);
    expect(csv.split('\r\n')).toHaveLength(sampleDataset.events.length + 2); // header, rows, final empty
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });

  it('fills date, precision, place, coordinates, participants, topics and sources', () => {
    expect(row('kishida-scholz-talks')).toMatchObject({
      date: '2023-03-18',
      end_date: '',
      precision: 'day',
      date_text: '18 March 2023',
      place: 'Tokyo',
      country: 'JP',
      lat: '35.6895',
      lon: '139.6917',
      participants: 'Kishida Fumio; Olaf Scholz',
      topics: 'Economic security',
      sources:
        'Example Times: Japan, Germany hold first government talks (2023-03-18); Example Wire, Tokyo: 日独政府間協議 (2023-03-19)',
      source_urls: 'https://news.example.org/japan-germany',
    });
    expect(row('g7-summit')).toMatchObject({ date: '2023-05', precision: 'month', status: 'planned' });
    expect(row('scholz-visit-2022')).toMatchObject({ origin: 'Berlin', topics: 'China' });
    expect(row('kishida-statement')).toMatchObject({ place: '', lat: '', lon: '' });
  });

  it('quotes commas, semicolons, double quotes and keeps the text intact', () => {
    expect(row('kishida-statement').quotes).toBe(
      'Kishida told reporters: "We will work together; Germany is an irreplaceable partner."',
    );
    expect(csv).toContain(
      '"Kishida told reporters: ""We will work together; Germany is an irreplaceable partner."""',
    );
    expect(row('consultations').topics).toBe('Supply chains; Critical minerals, semiconductors');
  });

  it('defuses cells a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(row('consultations').title).toBe('\'=HYPERLINK("http://evil.example","First consultations")');
    expect(row('defense-ministers').title).toBe("'@Hamada, Pistorius; defence ministers");
    expect(row('kishida-statement').title).toBe("'+Kishida statement to reporters");
    expect(row('security-strategy').title.startsWith("'-Japan")).toBe(true);
    expect(row('inscription')).toMatchObject({ date: "'-0500", lat: '-12.0464', lon: '-77.0428' });
    for (const r of parsed.data) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('exports only the events it is given', () => {
    const one = exportCsv(sampleDataset, [sampleDataset.events[4]]);
    expect(Papa.parse(one.trim(), { header: true }).data).toHaveLength(1);
    expect(exportCsv(sampleDataset, []).trim()).toBe(parsed.meta.fields!.join(','));
  });
});

import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from './fixtures/sample-dataset';
import { exportGeoJson } from './geojson-export';

const text = exportGeoJson(sampleDataset, sampleDataset.events);
const json = JSON.parse(text) as FeatureCollection;

/** The RFC 7946 rules an exporter can break: member types, Point shape, [lon, lat] in range, no crs. */
function geoJsonProblems(value: unknown): string[] {
  const problems: string[] = [];
  const fc = value as Record<string, unknown>;
  if (fc.type !== 'FeatureCollection') problems.push('type is not FeatureCollection');
  if ('crs' in fc) problems.push('crs is not allowed (RFC 7946 §4)');
  if (!Array.isArray(fc.features)) return [...problems, 'features is not an array'];
  fc.features.forEach((f: Record<string, unknown>, i: number) => {
    if (f.type !== 'Feature') problems.push(`features[${i}].type`);
    if (typeof f.properties !== 'object' || f.properties === null || Array.isArray(f.properties))
      problems.push(`features[${i}].properties must be an object`);
    if (f.id !== undefined && typeof f.id !== 'string' && typeof f.id !== 'number')
      problems.push(`features[${i}].id`);
    const g = f.geometry as { type?: unknown; coordinates?: unknown } | null;
    if (!g || g.type !== 'Point') return problems.push(`features[${i}].geometry must be a Point`);
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length !== 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n)))
      return problems.push(`features[${i}] coordinates must be [lon, lat] numbers`);
    if (c[0] < -180 || c[0] > 180) problems.push(`features[${i}] longitude out of range`);
    if (c[1] < -90 || c[1] > 90) problems.push(`features[${i}] latitude out of range`);
  });
  return problems;
}

describe('exportGeoJson', () => {
  it('produces a FeatureCollection that follows RFC 7946', () => {
    expect(geoJsonProblems(json)).toEqual([]);
  });

  it('the validator catches lat/lon swapped out of range and a wrong type', () => {
    const bad = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [35, 139] } }],
    };
    expect(geoJsonProblems(bad)).toEqual(['features[0] latitude out of range']);
    expect(geoJsonProblems({ type: 'Feature' })).toContain('type is not FeatureCollection');
  });

  it('has one Point per event with a place, in [longitude, latitude] order', () => {
    const withPlace = sampleDataset.events.filter((e) => e.place);
    expect(json.features.map((f) => f.id)).toEqual(withPlace.map((e) => e.id));
    const tokyo = json.features.find((f) => f.id === 'kishida-scholz-talks')!;
    expect(tokyo.geometry).toEqual({ type: 'Point', coordinates: [139.6917, 35.6895] });
    const lima = json.features.find((f) => f.id === 'inscription')!;
    expect(lima.geometry).toEqual({ type: 'Point', coordinates: [-77.0428, -12.0464] });
  });

  it('carries the CSV fields as properties, lists as arrays', () => {
    const f = json.features.find((x) => x.id === 'kishida-scholz-talks')!;
    expect(f.properties).toMatchObject({
      date: '2023-03-18',
      precision: 'day',
      place: 'Tokyo',
      participants: ['Kishida Fumio', 'Olaf Scholz'],
      topics: ['Economic security'],
      source_urls: ['https://news.example.org/japan-germany'],
    });
    expect(f.properties!.sources).toHaveLength(2);
  });
});

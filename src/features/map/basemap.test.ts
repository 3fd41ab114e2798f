import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { BasemapError, basemapResolutionFor, deriveBasemap } from './basemap';
import { alpha2ToNumeric, numericToAlpha2 } from './country-codes';

const require = createRequire(import.meta.url);
const load = (res: string): unknown =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${res}.json`), 'utf8'));

/** Longitude steps between neighbours; an edge along a pole (Antarctica's closure) is not a stray line. */
const steps = (ring: Position[]) =>
  ring
    .slice(1)
    .map((p, i) => (Math.abs(p[1]) === 90 && p[1] === ring[i][1] ? 0 : Math.abs(p[0] - ring[i][0])));

describe.each(['110m', '50m'] as const)('deriveBasemap(%s)', (res) => {
  const basemap = deriveBasemap(load(res), res);
  const byName = (name: string) => basemap.countries.features.find((f) => f.properties.name === name)!;

  it('has no ring or line that jumps across the map', () => {
    for (const f of basemap.countries.features)
      for (const poly of f.geometry.coordinates)
        for (const ring of poly) {
          expect(Math.max(...steps(ring)), f.properties.name).toBeLessThanOrEqual(180);
          for (const p of ring) {
            expect(Math.abs(p[0])).toBeLessThanOrEqual(180);
            expect(Number.isFinite(p[1])).toBe(true);
          }
        }
    for (const line of [...basemap.borders.coordinates, ...basemap.coasts.coordinates]) {
      expect(Math.max(...steps(line))).toBeLessThanOrEqual(180);
      expect(line.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))).toBe(true);
    }
  });

  it('keeps Russia, Fiji and Antarctica, split at ±180 into pieces on both sides', () => {
    for (const name of ['Russia', 'Fiji', 'Antarctica']) {
      const lons = byName(name)
        .geometry.coordinates.flat(2)
        .map((p) => p[0]);
      expect(Math.min(...lons), name).toBeLessThan(-170);
      expect(Math.max(...lons), name).toBeGreaterThan(170);
    }
  });

  it('names countries by ISO alpha-2 as well as numeric id', () => {
    expect(byName('Japan').properties).toMatchObject({ numeric: '392', alpha2: 'JP' });
    expect(byName('Germany').properties.alpha2).toBe('DE');
    expect(byName('Australia').properties.alpha2).toBe('AU');
  });
});

describe('deriveBasemap errors', () => {
  it('throws a named error for something that is not a countries topology', () => {
    expect(() => deriveBasemap({ type: 'FeatureCollection' }, '110m')).toThrow(BasemapError);
  });
});

describe('basemapResolutionFor', () => {
  it('loads the detailed file only from country zoom on', () => {
    expect(basemapResolutionFor(2)).toBe('110m');
    expect(basemapResolutionFor(3.5)).toBe('110m');
    expect(basemapResolutionFor(4)).toBe('50m');
  });
});

describe('country codes', () => {
  it('maps alpha-2 and numeric both ways, padding short numerics', () => {
    expect(alpha2ToNumeric('jp')).toBe('392');
    expect(numericToAlpha2('36')).toBe('AU');
    expect(numericToAlpha2('999')).toBeUndefined();
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCountryRows, countryRows } from './country-table';

describe('countryRows', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('derives the rows from the packages once, stores them and reads back the same rows', () => {
    dir = mkdtempSync(join(tmpdir(), 'country-table-'));
    const rows = countryRows(dir);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^countries-[0-9a-f]{16}\.json$/)]);
    expect(rows).toEqual(buildCountryRows());
    expect(countryRows(dir)).toEqual(rows);
    const japan = rows.find((r) => r.code === 'JP')!;
    expect(japan.names).toContain('Japan');
    // Its pin lies on Honshu, the largest island.
    const [lon, lat] = japan.centre!;
    expect(lon).toBeGreaterThan(130);
    expect(lon).toBeLessThan(142);
    expect(lat).toBeGreaterThan(33);
    expect(lat).toBeLessThan(41);
    // One row per code, the first polygon shape in the atlas.
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('derives them again when the stored file is damaged', () => {
    dir = mkdtempSync(join(tmpdir(), 'country-table-'));
    const rows = countryRows(dir);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file), '[{"code": "JP", "atl');
    expect(countryRows(dir)).toEqual(rows);
  });
});

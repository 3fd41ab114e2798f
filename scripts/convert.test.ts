import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/load';
import { sampleDataset } from '../src/formats/fixtures/sample-dataset';

const fixtures = 'src/formats/fixtures';
const convert = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/convert.ts', ...args], { encoding: 'utf8' });

describe('npm run convert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'convert-'));

  it('imports a TimelineJS CSV into a valid dataset file', () => {
    const out = join(dir, 'women.json');
    const run = convert(
      '--import',
      'timelinejs',
      `${fixtures}/women-in-science.csv`,
      '--out',
      out,
      '--today',
      '2026-11-22',
    );
    expect(run.stderr).toContain('imported 6 events');
    expect(run.status).toBe(0);
    const data = parseDataset(JSON.parse(readFileSync(out, 'utf8')));
    expect(data.title).toBe('Women in Science');
    expect(data.sources[0].published).toBe('2026-11-22');
  });

  it('exports a topic subset (with sub-topics) to stdout', () => {
    const input = join(dir, 'sample.json');
    writeFileSync(input, JSON.stringify(sampleDataset));
    const run = convert('--export', 'geojson', '--in', input, '--topics', 'economic-security');
    expect(run.status).toBe(0);
    const ids = JSON.parse(run.stdout).features.map((f: { id: string }) => f.id);
    // security-strategy has the topic but no place, so it is not a feature.
    expect(ids).toEqual(['kishida-scholz-talks', 'consultations']);
  });

  it('writes an export to --out and refuses unknown topics and formats', () => {
    const input = join(dir, 'sample.json');
    writeFileSync(input, JSON.stringify(sampleDataset));
    const out = join(dir, 'events.ics');
    expect(convert('--export', 'ics', '--in', input, '--out', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const badTopic = convert('--export', 'csv', '--in', input, '--topics', 'nope');
    expect(badTopic.status).toBe(2);
    expect(badTopic.stderr).toContain('unknown topic nope; known topics: economic-security');
    expect(convert('--export', 'pdf', '--in', input).status).toBe(2);
    expect(convert('--import', 'timelinejs').status).toBe(2);
  });

  it('refuses TimelineJS2 and leaves the previous output in place', () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'previous');
    const run = convert('--import', 'timelinejs', `${fixtures}/timelinejs2.json`, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('This is a TimelineJS2 file');
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(existsSync(join(dir, 'missing.json'))).toBe(false);
    expect(convert('--export', 'csv', '--in', join(dir, 'missing.json')).stderr).toContain('cannot read');
  });
});

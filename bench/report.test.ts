import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { END, START, updateBenchmarksMd } from './report';
import type { Results } from './results';

const results: Results = {
  generatedAt: '2026-11-22T08:00:00.000Z',
  mode: 'full',
  git: { commit: 'abc1234', dirtySourceFiles: 0 },
  machine: {
    cpu: 'Test CPU',
    cores: 2,
    memoryGiB: 4,
    os: 'Linux',
    node: 'v20',
    chromium: '156',
    loadAverage: 3,
  },
  config: {
    runs: 5,
    sizes: [1000],
    seed: 1,
    taxonomy: 'editorial/topics.yaml',
    topicToggled: 'Indo-Pacific',
    viewport: '1440x900',
  },
  browser: {},
  figures: [
    { id: 'a', label: 'Filter | p95', goal: '≤ 50 ms p95', result: '40 ms (30–45, 5 runs)', status: 'meets' },
    { id: 'b', label: 'Load', result: 'n/a', status: 'not measured', why: 'timeline never drawn' },
  ],
};

describe('updateBenchmarksMd', () => {
  it('replaces only the generated section and flags a busy machine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-md-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'BENCHMARKS.md');
    writeFileSync(
      file,
      `# Benchmarks\n\nHand-written method.\n\n${START}\nold table\n${END}\n\n## Analysis\n\nKept.\n`,
    );
    await updateBenchmarksMd(file, results);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Hand-written method.');
    expect(text).toContain('## Analysis\n\nKept.');
    expect(text).not.toContain('old table');
    expect(text).toMatch(/\| Filter \\\| p95 +\| ≤ 50 ms p95 +\| 40 ms \(30–45, 5 runs\) +\| ✅ meets/);
    expect(text).toContain('⚠️ not measured');
    expect(text).toContain('the machine was busy');
    await updateBenchmarksMd(file, { ...results, machine: { ...results.machine, loadAverage: 0.2 } });
    expect(readFileSync(file, 'utf8')).not.toContain('the machine was busy');
    expect(readFileSync(file, 'utf8').split(START.slice(0, 24)).length).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { cpuNote, frameCpuNote, joinWhy } from './cpu-note';
import { spread } from './stats';

describe('cpuNote', () => {
  it('gives each median with its min–max and how many runs were traced', () => {
    expect(
      cpuNote([
        ['per toggle median', spread([26, 24, 30])],
        ['p95', spread([67, 60, 80])],
      ]),
    ).toBe('main-thread CPU per toggle median 26 ms (24–30), p95 67 ms (60–80) (3 traced runs)');
  });

  it('drops the range for one run and is undefined without a trace', () => {
    expect(cpuNote([['', spread([410.4])]])).toBe('main-thread CPU 410 ms (1 traced run)');
    expect(cpuNote([['', undefined]])).toBeUndefined();
    expect(joinWhy(cpuNote([['', undefined]]), 'drawn at 900')).toBe('drawn at 900');
  });
});

describe('frameCpuNote', () => {
  it('adds the gesture total after the per-frame figures', () => {
    expect(
      frameCpuNote({
        cpuFrameMedian: spread([2.66, 2.7]),
        cpuFrameP95: spread([3.94, 4.1]),
        cpuTotal: spread([271, 302]),
      }),
    ).toBe(
      'main-thread CPU per frame median 2.7 ms (2.7–2.7), p95 4.0 ms (3.9–4.1), 287 ms (271–302) over the gesture (2 traced runs); ',
    );
    expect(frameCpuNote({})).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { profileArgs } from './extract-process';

describe('profileArgs', () => {
  it('passes the CPU profile options on, with their values in either form, and nothing else', () => {
    expect(
      profileArgs(['--import', 'x.mjs', '--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--cpu-prof-interval=500']),
    ).toEqual(['--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--cpu-prof-interval=500']);
    expect(profileArgs(['--import', 'x.mjs', '--max-old-space-size=100'])).toEqual([]);
  });
});

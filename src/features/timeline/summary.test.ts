import { describe, expect, it } from 'vitest';
import { seedEvents } from './fixture.test-data';
import { describeEvents } from './summary';

describe('describeEvents', () => {
  it('summarises count and span in words', () => {
    expect(describeEvents(seedEvents)).toBe('7 events from 2022 to May 2023');
    expect(describeEvents(seedEvents.slice(0, 4))).toBe('4 events on 18 March 2023');
    expect(describeEvents([seedEvents[4]])).toBe('1 event in May 2023');
    expect(describeEvents([])).toBe('No events match the current filters.');
  });
});

import { describe, expect, it } from 'vitest';
import { seedEvents } from './fixture.test-data';
import { describeEvents, describeSpan } from './summary';

describe('describeEvents', () => {
  it('summarises count and span in words', () => {
    expect(describeEvents(seedEvents)).toBe('7 events from 2022 to May 2023');
    expect(describeEvents(seedEvents.slice(0, 4))).toBe('4 events on 18 March 2023');
    expect(describeEvents([seedEvents[4]])).toBe('1 event in May 2023');
    expect(describeEvents([])).toBe('No events match the current filters.');
  });
});

describe('describeSpan', () => {
  it('words the set from its count and its first-starting and last-ending events', () => {
    const g7 = seedEvents.find((e) => e.id === 'g7')!;
    const visit = seedEvents.find((e) => e.id === 'visit')!;
    const talks = seedEvents.find((e) => e.id === 'talks')!;
    expect(describeSpan(7, visit, g7)).toBe('7 events from 2022 to May 2023');
    expect(describeSpan(4, talks, talks)).toBe('4 events on 18 March 2023');
    expect(describeSpan(0)).toBe('No events match the current filters.');
  });
});

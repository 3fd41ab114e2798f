import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../data/schema';
import { endMs, startMs } from './calendar-date';
import { deriveDisplayOrder, deriveEventSpans } from './display-order';

const event = (start: string, order: number, end?: string) =>
  ({ date: { start, ...(end ? { end } : {}) }, order }) as unknown as NewsEvent;

describe('deriveEventSpans', () => {
  it('gives each event its start and (inclusive end →) exclusive end, repeated dates included', () => {
    const events = [
      event('2023', 0),
      event('2023', 1),
      event('2023-03-18', 0),
      event('2023-03-18', 1, '2023-03-20'),
      event('2023-03', 0, '2023-04'),
    ];
    const { start, end } = deriveEventSpans(events);
    expect([...start]).toEqual(events.map((e) => startMs(e.date.start)));
    expect([...end]).toEqual(events.map((e) => endMs(e.date.end ?? e.date.start)));
    expect(end[3]).toBe(Date.UTC(2023, 2, 21));
  });
});

describe('deriveDisplayOrder', () => {
  const orderOf = (events: NewsEvent[]) => deriveDisplayOrder(events, deriveEventSpans(events).start);

  it('is undefined when the events already are in display order, ties included', () => {
    expect(
      orderOf([event('2022', 0), event('2023-03', 0), event('2023-03', 0), event('2023-03-18', 2)]),
    ).toBe(undefined);
  });

  it('sorts by start, then order, then position', () => {
    const events = [event('2023-03-18', 1), event('2023', 0), event('2023-03-18', 0), event('2023', 0)];
    expect([...orderOf(events)!]).toEqual([1, 3, 2, 0]);
  });
});

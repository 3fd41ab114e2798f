import { describe, expect, it, vi } from 'vitest';
import { datasetWith, generateEvents } from './fixture.test-data';
import * as lanes from './lanes';
import { prepareTimeline, tableWarmers } from './prepare';

// Counts lane-key derivations: a table built ahead of time derives none when it is used.
vi.mock('./lanes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./lanes')>();
  return { ...actual, deriveLaneKey: vi.fn(actual.deriveLaneKey) };
});

describe('tableWarmers', () => {
  it('builds the other lane mode ahead, so switching lanes derives nothing and gives the same result', () => {
    const events = generateEvents(400);
    const warmed = datasetWith(events);
    const cold = datasetWith(events);
    // In display order, as filtering hands them over (any other list is prepared on its own).
    const shown = prepareTimeline(warmed.events, 'kind', warmed).items.map((i) => i.event);
    for (const step of tableWarmers(warmed)) step();

    const derive = vi.mocked(lanes.deriveLaneKey);
    derive.mockClear();
    const fromWarm = prepareTimeline(shown, 'country', warmed);
    expect(derive).not.toHaveBeenCalled();

    const fromCold = prepareTimeline(shown, 'country', cold);
    expect(derive).toHaveBeenCalled();
    expect(fromWarm.lanes).toEqual(fromCold.lanes);
    expect(fromWarm.items.map((i) => i.id)).toEqual(fromCold.items.map((i) => i.id));
    expect(fromWarm.indexOf(events[7].id)).toBe(fromCold.indexOf(events[7].id));
  });

  it('can run again without rebuilding anything', () => {
    const dataset = datasetWith(generateEvents(50));
    for (const step of tableWarmers(dataset)) step();
    const derive = vi.mocked(lanes.deriveLaneKey);
    derive.mockClear();
    for (const step of tableWarmers(dataset)) step();
    expect(derive).not.toHaveBeenCalled();
  });
});

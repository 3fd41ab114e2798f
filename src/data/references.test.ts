/**
 * The app checks the built-in dataset's cross-references in idle-time slices after the first
 * draw (`referenceCheckSteps`); the slices must find exactly what the one-go check finds.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { checkDeferredReferences, deferredReferenceCheck, parseDataset } from './load';
import { checkReferences, referenceCheckSteps, type IssuePath } from './references';
import type { Dataset } from './schema';

// Generated once (a few seconds on a busy machine); each test works on a copy.
const generated = generateDataset({ events: 9000, seed: 3, cities: 20 });
const big = () => structuredClone(generated) as unknown as Dataset;

function broken(): Dataset {
  const data = big();
  data.events[5].place = 'atlantis';
  data.events[8500].participants.push('nobody');
  data.events[8999].id = data.events[0].id;
  data.places[3].mentions.push('no-such-sentence');
  return data;
}

const collect = () => {
  const lines: string[] = [];
  return { lines, issue: (path: IssuePath, message: string) => lines.push(`${path.join('.')}: ${message}`) };
};

describe('referenceCheckSteps', () => {
  it('reports what checkReferences reports, in the same order, over many short slices', () => {
    const data = broken();
    const whole = collect();
    checkReferences(data, whole.issue);
    expect(whole.lines).toEqual([
      `events.8999.id: duplicate id "${data.events[0].id}"`,
      `places.3.mentions.${data.places[3].mentions.length - 1}: unknown sentence "no-such-sentence"`,
      'events.5.place: unknown place "atlantis"',
      `events.8500.participants.${data.events[8500].participants.length - 1}: unknown person "nobody"`,
    ]);
    const sliced = collect();
    const steps = referenceCheckSteps(data, sliced.issue);
    let slices = 0;
    while (!steps.next().done) slices++;
    expect(sliced.lines).toEqual(whole.lines);
    // Setup, the id lists, the sources and the 9,000 events at 4,000 a slice at least.
    expect(slices).toBeGreaterThanOrEqual(5);
  });
});

describe('deferredReferenceCheck', () => {
  it('gives the error checkDeferredReferences gives, once, and nothing for a sound dataset', () => {
    const a = parseDataset(broken(), 'the dataset', undefined, { deferReferences: true });
    const check = deferredReferenceCheck(a)!;
    let next = check.steps.next();
    while (!next.done) next = check.steps.next();
    const error = check.result();
    expect(error?.message).toBe('the dataset does not match the data format.');
    const b = parseDataset(broken(), 'the dataset', undefined, { deferReferences: true });
    expect(checkDeferredReferences(b)?.detail).toBe(error?.detail);
    // Checked: nothing left to do.
    expect(deferredReferenceCheck(a)).toBeUndefined();
    const sound = parseDataset(big(), 'the dataset', undefined, { deferReferences: true });
    expect(checkDeferredReferences(sound)).toBeUndefined();
  });

  it('starts afresh when a check was dropped half-way (a new dataset or an unmounted page)', () => {
    const a = parseDataset(broken(), 'the dataset', undefined, { deferReferences: true });
    deferredReferenceCheck(a)!.steps.next();
    expect(checkDeferredReferences(a)?.message).toBe('the dataset does not match the data format.');
  });
});

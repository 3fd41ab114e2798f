import { describe, expect, it } from 'vitest';
import { navigateMarks } from './navigation';

describe('navigateMarks', () => {
  // Date order; lanes 0 and 2 (lane 1 has nothing in view).
  const marks = [
    { id: 'a', laneIndex: 0, cx: 10 },
    { id: 'b', laneIndex: 2, cx: 100 },
    { id: 'c', laneIndex: 0, cx: 105 },
    { id: 'd', laneIndex: 2, cx: 300 },
  ];

  it('moves through date order with Left/Right, stopping at the ends', () => {
    expect(navigateMarks(marks, 'a', 'ArrowRight')).toBe('b');
    expect(navigateMarks(marks, 'b', 'ArrowLeft')).toBe('a');
    expect(navigateMarks(marks, 'a', 'ArrowLeft')).toBe('a');
    expect(navigateMarks(marks, 'd', 'ArrowRight')).toBe('d');
  });

  it('jumps to the ends with Home/End', () => {
    expect(navigateMarks(marks, 'c', 'Home')).toBe('a');
    expect(navigateMarks(marks, 'a', 'End')).toBe('d');
  });

  it('moves to the nearest mark of the next lane with marks, skipping empty lanes', () => {
    expect(navigateMarks(marks, 'c', 'ArrowDown')).toBe('b');
    expect(navigateMarks(marks, 'd', 'ArrowUp')).toBe('c');
    expect(navigateMarks(marks, 'a', 'ArrowUp')).toBe('a');
    expect(navigateMarks(marks, 'b', 'ArrowDown')).toBe('b');
  });

  it('starts at the first mark when nothing is focused, and handles no marks', () => {
    expect(navigateMarks(marks, undefined, 'ArrowRight')).toBe('a');
    expect(navigateMarks(marks, 'gone', 'End')).toBe('d');
    expect(navigateMarks([], 'a', 'ArrowRight')).toBeUndefined();
  });
});

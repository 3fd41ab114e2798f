import { describe, expect, it } from 'vitest';
import { moveFocus, pickTabStop } from './roving';

describe('pickTabStop', () => {
  const options = [
    { id: 'a', enabled: false },
    { id: 'b', enabled: true },
    { id: 'c', enabled: true },
  ];

  it('keeps the last focused option while it can take focus', () => {
    expect(pickTabStop(options, 'c')).toBe('c');
  });

  it('falls back to the first enabled option when the current one is disabled, gone or unset', () => {
    expect(pickTabStop(options, 'a')).toBe('b');
    expect(pickTabStop(options, 'zzz')).toBe('b');
    expect(pickTabStop(options, undefined)).toBe('b');
  });

  it('has no stop when nothing can take focus', () => {
    expect(pickTabStop([{ id: 'a', enabled: false }], undefined)).toBeUndefined();
    expect(pickTabStop([], 'a')).toBeUndefined();
  });
});

describe('moveFocus', () => {
  it('moves one step with the arrows, stopping at the ends', () => {
    expect(moveFocus('ArrowDown', 0, 3)).toBe(1);
    expect(moveFocus('ArrowRight', 1, 3)).toBe(2);
    expect(moveFocus('ArrowDown', 2, 3)).toBe(2);
    expect(moveFocus('ArrowUp', 1, 3)).toBe(0);
    expect(moveFocus('ArrowLeft', 0, 3)).toBe(0);
  });

  it('jumps to the ends with Home and End', () => {
    expect(moveFocus('Home', 2, 3)).toBe(0);
    expect(moveFocus('End', 0, 3)).toBe(2);
  });

  it('leaves other keys (Space, Tab) and empty lists alone', () => {
    expect(moveFocus(' ', 0, 3)).toBeUndefined();
    expect(moveFocus('Tab', 0, 3)).toBeUndefined();
    expect(moveFocus('ArrowDown', 0, 0)).toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWhenIdle } from './run-when-idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('runWhenIdle', () => {
  it('runs one step per idle period, in order', () => {
    const queue: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => queue.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const done: number[] = [];
    runWhenIdle([() => done.push(1), () => done.push(2)]);
    expect(done).toEqual([]);
    queue.shift()!();
    expect(done).toEqual([1]);
    queue.shift()!();
    expect(done).toEqual([1, 2]);
    expect(queue).toHaveLength(0);
  });

  it('falls back to timeouts without requestIdleCallback, and stops when cancelled', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestIdleCallback', undefined);
    const done: number[] = [];
    const cancel = runWhenIdle([() => done.push(1), () => done.push(2), () => done.push(3)]);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual([1]);
    cancel();
    vi.runAllTimers();
    expect(done).toEqual([1]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWhenIdle } from './run-when-idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('runWhenIdle', () => {
  const idle = (ms: number) => ({ timeRemaining: () => ms, didTimeout: false });

  it('runs one step per wholly idle period, in order, and waits through short ones', () => {
    const queue: ((deadline: ReturnType<typeof idle>) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: (typeof queue)[number]) => queue.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const done: number[] = [];
    runWhenIdle([() => done.push(1), () => done.push(2)]);
    expect(done).toEqual([]);
    queue.shift()!(idle(50));
    expect(done).toEqual([1]);
    // Between two frames of an animation: not now, but at the next idle period.
    queue.shift()!(idle(8));
    expect(done).toEqual([1]);
    queue.shift()!(idle(49));
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

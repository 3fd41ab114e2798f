import { afterEach, describe, expect, it, vi } from 'vitest';
import { runIteratorWhenIdle, runWhenIdle } from './run-when-idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A fake idle queue; each period answers timeRemaining() from a list (then 0). */
function fakeIdle() {
  const queue: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => queue.push(cb));
  vi.stubGlobal('cancelIdleCallback', (id: number) => queue.splice(id - 1, 1, () => undefined));
  const period = (ms: number[]) => {
    queue.shift()!({ didTimeout: false, timeRemaining: () => ms.shift() ?? 0 });
  };
  return { queue, period };
}

describe('runWhenIdle', () => {
  it('runs the steps in order, as many per idle period as leave a margin', () => {
    const idle = fakeIdle();
    const done: number[] = [];
    runWhenIdle([0, 1, 2, 3, 4].map((i) => () => done.push(i)));
    expect(done).toEqual([]);
    idle.period([20, 10, 2]); // room for steps 0 and 1, not for 2
    expect(done).toEqual([0, 1]);
    idle.period([1]); // a gap between frames: nothing
    expect(done).toEqual([0, 1]);
    idle.period([50, 50, 50]);
    expect(done).toEqual([0, 1, 2, 3, 4]);
    expect(idle.queue).toHaveLength(0);
  });

  it('with minIdleMs 40, waits for a wholly idle period, not the gaps of an animation', () => {
    const idle = fakeIdle();
    const done: number[] = [];
    runWhenIdle([() => done.push(1), () => done.push(2)], { minIdleMs: 40 });
    idle.period([50, 8]); // step 1 takes most of the period
    expect(done).toEqual([1]);
    idle.period([8]);
    expect(done).toEqual([1]);
    idle.period([49]);
    expect(done).toEqual([1, 2]);
    expect(idle.queue).toHaveLength(0);
  });

  it('stops when cancelled', () => {
    const idle = fakeIdle();
    const done: number[] = [];
    const cancel = runWhenIdle([0, 1, 2].map((i) => () => done.push(i)));
    idle.period([50, 0]);
    cancel();
    while (idle.queue.length) idle.period([50, 50, 50]);
    expect(done).toEqual([0]);
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

describe('runIteratorWhenIdle', () => {
  it("runs a generator's slices in idle periods until it is done", () => {
    const idle = fakeIdle();
    const done: number[] = [];
    function* slices() {
      for (let i = 0; i < 4; i++) {
        done.push(i);
        yield;
      }
    }
    runIteratorWhenIdle(slices());
    expect(done).toEqual([]);
    idle.period([20, 20, 1]);
    expect(done).toEqual([0, 1]);
    idle.period([50, 50, 50, 50]);
    expect(done).toEqual([0, 1, 2, 3]);
    expect(idle.queue).toHaveLength(0);
  });
});

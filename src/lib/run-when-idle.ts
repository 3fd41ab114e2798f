/**
 * Work that can wait (tables a later click or hover will need), run in the browser's idle
 * periods so it never delays a frame or an input: each step starts only when at least
 * `minIdleMs` of the period is left, as many steps per period as fit. Where there is no
 * `requestIdleCallback` (Safari), one step every `FALLBACK_MS`. Returns a cancel function
 * (a new dataset or an unmounted panel drops what is left).
 */
export interface IdleOptions {
  /**
   * Start a step only with this much of the idle period left. The default leaves a margin
   * for the next frame; 40 asks for a wholly idle period (50 ms when nothing is due), not the
   * gaps between the frames of an animation or a gesture, for steps that take longer.
   */
  minIdleMs?: number;
}

const DEFAULT_MIN_IDLE_MS = 4;
const FALLBACK_MS = 50;

export function runWhenIdle(
  steps: readonly (() => void)[],
  { minIdleMs = DEFAULT_MIN_IDLE_MS }: IdleOptions = {},
): () => void {
  const hasIdle = typeof requestIdleCallback === 'function';
  let next = 0;
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (next >= steps.length) return;
    handle = hasIdle ? requestIdleCallback(run) : setTimeout(run, FALLBACK_MS);
  };
  function run(deadline?: IdleDeadline) {
    handle = undefined;
    if (!deadline) steps[next++]();
    else while (next < steps.length && deadline.timeRemaining() >= minIdleMs) steps[next++]();
    schedule();
  }
  schedule();
  return function cancel() {
    next = steps.length;
    if (handle === undefined) return;
    if (hasIdle) cancelIdleCallback(handle as number);
    else clearTimeout(handle);
    handle = undefined;
  };
}

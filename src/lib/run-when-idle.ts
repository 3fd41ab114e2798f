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

export function runWhenIdle(steps: readonly (() => void)[], options: IdleOptions = {}): () => void {
  let next = 0;
  return runStepper(
    () => {
      steps[next++]();
      return next < steps.length;
    },
    steps.length > 0,
    options,
  );
}

/**
 * The same for work whose steps are the `next()` calls of an iterator (a generator that yields
 * between slices of a long loop), until it is done.
 */
export function runIteratorWhenIdle(
  steps: Iterator<unknown, unknown, undefined>,
  options: IdleOptions = {},
): () => void {
  return runStepper(() => !steps.next().done, true, options);
}

/** `step` runs one step and says whether more are left. */
function runStepper(
  step: () => boolean,
  pending: boolean,
  { minIdleMs = DEFAULT_MIN_IDLE_MS }: IdleOptions,
): () => void {
  const hasIdle = typeof requestIdleCallback === 'function';
  let more = pending;
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (!more) return;
    handle = hasIdle ? requestIdleCallback(run) : setTimeout(run, FALLBACK_MS);
  };
  function run(deadline?: IdleDeadline) {
    handle = undefined;
    if (!deadline) more = step();
    else while (more && deadline.timeRemaining() >= minIdleMs) more = step();
    schedule();
  }
  schedule();
  return function cancel() {
    more = false;
    if (handle === undefined) return;
    if (hasIdle) cancelIdleCallback(handle as number);
    else clearTimeout(handle);
    handle = undefined;
  };
}

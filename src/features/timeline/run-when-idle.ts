/**
 * Work that can wait: each step in its own idle period, and only in one that is wholly idle
 * (no frame due soon, so not between the frames of an animation or of a reader's gesture),
 * or after a short timeout where there is no `requestIdleCallback`.
 */
const FALLBACK_MS = 200;
/** What `timeRemaining()` reports when nothing is scheduled is 50 ms; between frames it is less. */
const WHOLLY_IDLE_MS = 40;

export function runWhenIdle(steps: readonly (() => void)[]): () => void {
  const idle = typeof requestIdleCallback === 'function';
  let next = 0;
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (next >= steps.length) return;
    handle = idle ? requestIdleCallback(run) : setTimeout(run, FALLBACK_MS);
  };
  function run(deadline?: IdleDeadline) {
    handle = undefined;
    if (!deadline || deadline.timeRemaining() >= WHOLLY_IDLE_MS) steps[next++]();
    schedule();
  }
  schedule();
  return function cancel() {
    if (handle === undefined) return;
    if (idle) cancelIdleCallback(handle as number);
    else clearTimeout(handle);
    handle = undefined;
    next = steps.length;
  };
}

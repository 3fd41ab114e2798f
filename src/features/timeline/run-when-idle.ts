/**
 * Work that can wait: each step in its own idle period (`requestIdleCallback`, or a short
 * timeout where there is none), so none of it delays a frame or the reader's next input
 * by more than one step.
 */
const FALLBACK_MS = 200;

export function runWhenIdle(steps: readonly (() => void)[]): () => void {
  const idle = typeof requestIdleCallback === 'function';
  let next = 0;
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (next >= steps.length) return;
    handle = idle ? requestIdleCallback(run) : setTimeout(run, FALLBACK_MS);
  };
  function run() {
    handle = undefined;
    steps[next++]();
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

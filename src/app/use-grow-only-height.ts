import { useLayoutEffect, type RefObject } from 'react';

/**
 * Lets a panel grow but not shrink while `resetKey` and its width stay the same. The
 * timeline's height follows its lanes, so without this a filter that empties a lane
 * shrinks it, the map below grows, and Leaflet re-clips and redraws every country on
 * each toggle (and the page jumps under the reader's pointer). A new dataset, lane mode
 * or view, or a different width (window resize), starts from the content's height again.
 */
export function useGrowOnlyHeight(ref: RefObject<HTMLElement | null>, resetKey: unknown) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    el.style.minHeight = '';
    let width = el.offsetWidth;
    let max = 0;
    const observer = new ResizeObserver(() => {
      if (el.offsetWidth !== width) {
        width = el.offsetWidth;
        max = 0;
        el.style.minHeight = '';
      }
      const height = el.offsetHeight;
      if (height > max) {
        max = height;
        el.style.minHeight = `${height}px`;
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      el.style.minHeight = '';
    };
  }, [ref, resetKey]);
}

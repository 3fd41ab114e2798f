import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * False until the element has been laid out, then true: the map is created only then.
 *
 * Leaflet reads its container's size as the map is created (`getSize`: clientWidth and
 * clientHeight). Created while React writes the page's DOM, that read forced a layout of the
 * whole page before the frame's own (16 ms at 10,000 events). The ResizeObserver's first report
 * comes after the frame's layout and before its paint; committing at once (flushSync) creates the
 * map and its markers there, so they are still drawn in that frame, and the size read then lays
 * out only the map's new element. An element that is not rendered gets no report: after two
 * frames the map is created anyway (as it was before, at whatever size it has).
 */
export function useLaidOut<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [laidOut, setLaidOut] = useState(() => typeof ResizeObserver === 'undefined');
  useLayoutEffect(function waitForLayout() {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let done = false;
    const finish = (sync: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      cancelAnimationFrame(frame);
      if (sync) flushSync(() => setLaidOut(true));
      else setLaidOut(true);
    };
    const observer = new ResizeObserver(() => finish(true));
    observer.observe(el);
    // The first frame's callbacks run before its layout (and its report); the second's after.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => finish(false));
    });
    return () => {
      done = true;
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return [ref, laidOut] as const;
}

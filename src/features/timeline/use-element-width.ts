import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The content width of an element, kept current with a ResizeObserver (0 until measured).
 *
 * Not read on mount: reading a size right after React wrote the DOM forces a layout of the whole
 * page before the frame's own (72 ms at 10,000 events). The observer's first report comes after
 * the frame's layout and before its paint; committing it at once (flushSync) draws the marks in
 * that same frame, so no frame shows the plot without them.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(function observeWidth() {
    const el = ref.current;
    if (!el) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(Math.floor(el.clientWidth));
      return;
    }
    let first = true;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry.contentRect.width);
      if (!first) return setWidth(next);
      first = false;
      flushSync(() => setWidth(next));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Where focus goes when the details close: back to the control the reader
 * chose the event with (a timeline mark, a list title, a map popup entry),
 * not to the top of the page, which is where it lands when the focused
 * element inside the details is removed.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

export function useFocusReturn(details: RefObject<HTMLElement | null>): () => void {
  const last = useRef<HTMLElement | SVGElement | null>(null);

  useEffect(
    function rememberFocusOutsideDetails() {
      const onFocusIn = (e: FocusEvent) => {
        const target = e.target;
        if (target instanceof HTMLElement || target instanceof SVGElement)
          if (!details.current?.contains(target)) last.current = target;
      };
      document.addEventListener('focusin', onFocusIn);
      return () => document.removeEventListener('focusin', onFocusIn);
    },
    [details],
  );

  return useCallback(() => {
    // After React has removed the details (their focused heading or button with them).
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return; // focus is already somewhere
      const target = last.current;
      if (target?.isConnected) target.focus();
      else details.current?.querySelector<HTMLElement>('h2')?.focus();
    });
  }, [details]);
}

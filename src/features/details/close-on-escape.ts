import type { KeyboardEvent } from 'react';

/**
 * A keydown handler for a panel: Escape closes it. Controls inside that use
 * Escape themselves (a menu, the timeline) call preventDefault, and are left alone.
 */
export function closeOnEscape(onClose: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
}

import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { moveFocus } from './roving';

const OPTION = 'input[type="checkbox"][data-option]:not(:disabled)';

/**
 * Handlers for a list (or tree) of option checkboxes with one tab stop:
 * remembers the last focused option and moves focus with the arrow keys
 * through the enabled checkboxes below the element that gets the handlers.
 */
export function useRovingList() {
  const [current, setCurrent] = useState<string>();
  return {
    current,
    onFocus(e: FocusEvent<HTMLElement>) {
      const id = (e.target as HTMLElement).dataset.option;
      if (id !== undefined && id !== current) setCurrent(id);
    },
    onKeyDown(e: KeyboardEvent<HTMLElement>) {
      const target = e.target as HTMLElement;
      if (!target.matches(OPTION)) return;
      const all = Array.from(e.currentTarget.querySelectorAll<HTMLInputElement>(OPTION));
      const next = moveFocus(e.key, all.indexOf(target as HTMLInputElement), all.length);
      if (next === undefined) return;
      e.preventDefault();
      all[next].focus();
    },
  };
}

/**
 * A roving tab stop for a list of checkboxes: the list costs one Tab, and the
 * arrow keys (Home, End) move between its options. Pure parts here; the list
 * components apply them.
 */

/** The option that takes the list's tab stop: the last focused one while it can take focus, else the first that can. */
export function pickTabStop(
  options: readonly { id: string; enabled: boolean }[],
  current: string | undefined,
): string | undefined {
  if (current !== undefined && options.some((o) => o.id === current && o.enabled)) return current;
  return options.find((o) => o.enabled)?.id;
}

/** Where a key moves focus among `count` focusable options from `at`; undefined: the key is not ours. */
export function moveFocus(key: string, at: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, at + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

import { useMemo, useState } from 'react';
import type { MarkHandlers } from './timeline-mark';

/**
 * Pointer and focus on marks: the tooltip follows the mark under the pointer or focus,
 * hover is shared with the other panels, focus moves the roving tab stop.
 */
export function useMarkHandlers(
  onSelect: (id: string | undefined) => void,
  onHover: (id: string | undefined) => void,
  setActive: (id: string) => void,
) {
  const [tipId, setTipId] = useState<string>();
  const handlers = useMemo<MarkHandlers>(() => {
    const enter = (id: string) => {
      setTipId(id);
      onHover(id);
    };
    const leave = (id: string) => {
      setTipId((t) => (t === id ? undefined : t));
      onHover(undefined);
    };
    return {
      onSelect: (id) => onSelect(id),
      onEnter: enter,
      onLeave: leave,
      onFocus: (id) => {
        setActive(id);
        enter(id);
      },
      onBlur: leave,
    };
  }, [onSelect, onHover, setActive]);
  return { tipId, handlers };
}

/**
 * Keyboard movement between marks (roving focus): Left/Right follow date order,
 * Up/Down jump to the nearest mark in the neighbouring lane, Home/End go to the ends.
 */
export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export interface NavMark {
  id: string;
  laneIndex: number;
  cx: number;
}

export function isNavKey(key: string): key is NavKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/** The id to focus after `key`, given marks in date order; the first mark when nothing has focus yet. */
export function navigateMarks(
  marks: readonly NavMark[],
  currentId: string | undefined,
  key: NavKey,
): string | undefined {
  if (!marks.length) return undefined;
  const i = marks.findIndex((m) => m.id === currentId);
  if (i < 0) return key === 'End' ? marks.at(-1)!.id : marks[0].id;
  switch (key) {
    case 'Home':
      return marks[0].id;
    case 'End':
      return marks.at(-1)!.id;
    case 'ArrowLeft':
      return marks[Math.max(0, i - 1)].id;
    case 'ArrowRight':
      return marks[Math.min(marks.length - 1, i + 1)].id;
    default: {
      const current = marks[i];
      const dir = key === 'ArrowDown' ? 1 : -1;
      // The nearest lane in that direction that has marks (lanes with nothing in view are skipped).
      let target: number | undefined;
      for (const m of marks) {
        const d = (m.laneIndex - current.laneIndex) * dir;
        if (d > 0 && (target === undefined || d < (target - current.laneIndex) * dir)) target = m.laneIndex;
      }
      if (target === undefined) return current.id;
      let best = current;
      let bestDistance = Infinity;
      for (const m of marks) {
        if (m.laneIndex !== target) continue;
        const distance = Math.abs(m.cx - current.cx);
        if (distance < bestDistance) {
          best = m;
          bestDistance = distance;
        }
      }
      return best.id;
    }
  }
}

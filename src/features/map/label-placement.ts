/**
 * Label placement in screen space: each marker's label tries right, left, above
 * and below, then the four corners of the circle (a crowded pair such as Tokyo and
 * Hiroshima at a wide view still gets both names); a position is taken only if its box overlaps no label placed before
 * it and no other marker's circle. Higher-priority labels (selected, larger
 * counts) are placed first; a label that fits nowhere is hidden (its marker keeps
 * its accessible name and shows the label on hover/focus).
 */
export type LabelPosition =
  'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';
export const LABEL_POSITIONS: readonly LabelPosition[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];
/** A corner label starts where the circle's 45° diagonal meets its edge (cos 45° ≈ 0.707). */
const DIAGONAL = Math.SQRT1_2;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelItem {
  id: string;
  /** Marker centre in container pixels. */
  x: number;
  y: number;
  /** Marker radius in pixels. */
  r: number;
  width: number;
  height: number;
  /** Larger first. */
  priority: number;
}

export const LABEL_GAP = 3;

export function labelBox(item: LabelItem, position: LabelPosition, gap = LABEL_GAP): Box {
  const { x, y, r, width: w, height: h } = item;
  const k = r * DIAGONAL + gap;
  switch (position) {
    case 'right':
      return { x0: x + r + gap, y0: y - h / 2, x1: x + r + gap + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - r - gap - w, y0: y - h / 2, x1: x - r - gap, y1: y + h / 2 };
    case 'above':
      return { x0: x - w / 2, y0: y - r - gap - h, x1: x + w / 2, y1: y - r - gap };
    case 'below':
      return { x0: x - w / 2, y0: y + r + gap, x1: x + w / 2, y1: y + r + gap + h };
    case 'above-right':
      return { x0: x + k, y0: y - k - h, x1: x + k + w, y1: y - k };
    case 'below-right':
      return { x0: x + k, y0: y + k, x1: x + k + w, y1: y + k + h };
    case 'above-left':
      return { x0: x - k - w, y0: y - k - h, x1: x - k, y1: y - k };
    case 'below-left':
      return { x0: x - k - w, y0: y + k, x1: x - k, y1: y + k + h };
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Marker circles as obstacles, with a small margin: a label right next to another place's
 * circle reads as that place's label (Tokyo's name beside Hiroshima's dot).
 */
export const CIRCLE_MARGIN = 3;
function circleBox(item: LabelItem): Box {
  const r = item.r + CIRCLE_MARGIN;
  return { x0: item.x - r, y0: item.y - r, x1: item.x + r, y1: item.y + r };
}

export interface Obstacle {
  x: number;
  y: number;
  r: number;
}

export function placeLabels(
  items: readonly LabelItem[],
  options: { bounds?: Box; gap?: number; obstacles?: readonly Obstacle[] } = {},
): Map<string, LabelPosition | null> {
  // Other circles without labels of their own (clusters) block labels too.
  const circles = [
    ...items.map((item) => ({ id: item.id, box: circleBox(item) })),
    ...(options.obstacles ?? []).map((o) => ({
      id: '',
      box: circleBox({ ...o, id: '', width: 0, height: 0, priority: 0 }),
    })),
  ];
  const placed: Box[] = [];
  const result = new Map<string, LabelPosition | null>();
  const order = [...items].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const inside = (box: Box) =>
    !options.bounds ||
    (box.x0 >= options.bounds.x0 &&
      box.x1 <= options.bounds.x1 &&
      box.y0 >= options.bounds.y0 &&
      box.y1 <= options.bounds.y1);
  for (const item of order) {
    let chosen: LabelPosition | null = null;
    for (const position of LABEL_POSITIONS) {
      const box = labelBox(item, position, options.gap);
      if (!inside(box)) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      if (circles.some((c) => c.id !== item.id && overlaps(c.box, box))) continue;
      chosen = position;
      placed.push(box);
      break;
    }
    result.set(item.id, chosen);
  }
  return result;
}

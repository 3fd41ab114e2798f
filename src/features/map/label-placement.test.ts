import { describe, expect, it } from 'vitest';
import { CIRCLE_MARGIN, labelBox, overlaps, placeLabels, type LabelItem } from './label-placement';
import { projectMercator } from './mercator';

const at = (id: string, lat: number, lon: number, zoom: number, r: number, priority: number): LabelItem => {
  const { x, y } = projectMercator(lat, lon, zoom);
  return { id, x, y, r, width: id.length * 7, height: 14, priority };
};

function expectNoCollisions(items: LabelItem[], placements: ReturnType<typeof placeLabels>) {
  const boxes = items.flatMap((item) => {
    const p = placements.get(item.id);
    return p ? [{ id: item.id, box: labelBox(item, p) }] : [];
  });
  for (const a of boxes)
    for (const b of boxes) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} vs ${b.id}`).toBe(false);
  for (const a of boxes)
    for (const m of items)
      if (m.id !== a.id) {
        const r = m.r + CIRCLE_MARGIN;
        const c = { x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r };
        expect(overlaps(a.box, c), `${a.id} label over ${m.id}`).toBe(false);
      }
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const placements = placeLabels([{ id: 'a', x: 100, y: 100, r: 8, width: 40, height: 14, priority: 1 }]);
    expect(placements.get('a')).toBe('right');
  });

  it('keeps the Tokyo and Hiroshima labels apart at country zoom (both shown)', () => {
    for (const zoom of [4, 4.5, 5, 6]) {
      const items = [
        at('Tokyo', 35.68, 139.69, zoom, 20, 4),
        at('Hiroshima', 34.39, 132.45, zoom, 10, 1),
        at('Japan', 36.2, 138.25, zoom, 14, 2),
      ];
      const placements = placeLabels(items);
      expect(placements.get('Tokyo'), `zoom ${zoom}`).not.toBeNull();
      expect(placements.get('Hiroshima'), `zoom ${zoom}`).not.toBeNull();
      expectNoCollisions(items, placements);
    }
  });

  it('moves the second label to the left when the right side is taken', () => {
    const items: LabelItem[] = [
      { id: 'big', x: 160, y: 100, r: 10, width: 40, height: 14, priority: 5 },
      { id: 'small', x: 100, y: 100, r: 5, width: 60, height: 14, priority: 1 },
    ];
    const placements = placeLabels(items);
    expect(placements.get('big')).toBe('right');
    expect(placements.get('small')).toBe('left');
  });

  it('hides the lowest-priority label when no position is free', () => {
    // Four markers around a fifth block all four of its positions.
    const items: LabelItem[] = [
      { id: 'centre', x: 100, y: 100, r: 4, width: 30, height: 12, priority: 0 },
      { id: 'e', x: 125, y: 100, r: 12, width: 10, height: 10, priority: 9 },
      { id: 'w', x: 75, y: 100, r: 12, width: 10, height: 10, priority: 9 },
      { id: 'n', x: 100, y: 80, r: 12, width: 10, height: 10, priority: 9 },
      { id: 's', x: 100, y: 120, r: 12, width: 10, height: 10, priority: 9 },
    ];
    const placements = placeLabels(items);
    expect(placements.get('centre')).toBeNull();
    expectNoCollisions(items, placements);
  });

  it('avoids obstacles such as cluster circles', () => {
    const placements = placeLabels([{ id: 'a', x: 100, y: 100, r: 5, width: 40, height: 14, priority: 1 }], {
      obstacles: [{ x: 140, y: 100, r: 15 }],
    });
    expect(placements.get('a')).toBe('left');
  });

  it('keeps labels inside the given bounds', () => {
    const placements = placeLabels(
      [{ id: 'edge', x: 390, y: 100, r: 6, width: 50, height: 14, priority: 1 }],
      {
        bounds: { x0: 0, y0: 0, x1: 400, y1: 300 },
      },
    );
    expect(placements.get('edge')).toBe('left');
  });

  it('resolves a crowded cluster of many markers without any overlap', () => {
    const items: LabelItem[] = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      x: 200 + ((i * 37) % 120),
      y: 200 + ((i * 53) % 90),
      r: 4 + (i % 5),
      width: 30 + (i % 4) * 10,
      height: 13,
      priority: i % 7,
    }));
    const placements = placeLabels(items);
    expectNoCollisions(items, placements);
    expect([...placements.values()].filter(Boolean).length).toBeGreaterThan(5);
  });
  it('uses a corner of the circle when right, left, above and below are all taken', () => {
    const hub: LabelItem = { id: 'hub', x: 100, y: 100, r: 10, width: 40, height: 14, priority: 1 };
    // Four busier neighbours whose circles block the hub's four side positions.
    const blockers: LabelItem[] = [
      { id: 'e', x: 140, y: 104, r: 8, width: 1, height: 1, priority: 9 },
      { id: 'w', x: 60, y: 100, r: 8, width: 1, height: 1, priority: 9 },
      { id: 'n', x: 92, y: 70, r: 8, width: 1, height: 1, priority: 9 },
      { id: 's', x: 100, y: 128, r: 8, width: 1, height: 1, priority: 9 },
    ];
    const items = [hub, ...blockers];
    const placements = placeLabels(items, { gap: 3 });
    expect(placements.get('hub')).toMatch(/^(above|below)-(right|left)$/);
    expectNoCollisions(items, placements);
  });
});

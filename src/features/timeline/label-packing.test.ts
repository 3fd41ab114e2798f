import { describe, expect, it } from 'vitest';
import { estimateTextWidth, packRows, truncateToWidth, type PackItem, type Placement } from './label-packing';

const GAP = 6;

/** Asserts the invariant the renderer relies on: no two placed, uncrowded items in a row overlap. */
function expectNoOverlap(items: PackItem[], placements: Placement[], gap = GAP) {
  const byRow = new Map<number, { start: number; end: number; i: number }[]>();
  placements.forEach((p, i) => {
    if (p.crowded) return;
    const list = byRow.get(p.row) ?? [];
    list.push({ start: p.alt ? items[i].alt!.start : items[i].start, end: p.end, i });
    byRow.set(p.row, list);
  });
  for (const list of byRow.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let k = 1; k < list.length; k++) {
      expect(list[k - 1].end + gap, `items ${list[k - 1].i} and ${list[k].i}`).toBeLessThanOrEqual(
        list[k].start,
      );
    }
  }
}

describe('packRows', () => {
  it('keeps items that do not overlap in the first row', () => {
    const items = [
      { start: 0, end: 50 },
      { start: 60, end: 100 },
      { start: 106, end: 200 },
    ];
    const { placements, rows } = packRows(items, { gap: GAP });
    expect(rows).toBe(1);
    expect(placements.map((p) => p.row)).toEqual([0, 0, 0]);
    expect(placements.every((p) => !p.crowded)).toBe(true);
  });

  it('moves an item down when it would come closer than the gap', () => {
    const { placements } = packRows(
      [
        { start: 0, end: 50 },
        { start: 55, end: 100 },
      ],
      { gap: GAP },
    );
    expect(placements.map((p) => p.row)).toEqual([0, 1]);
  });

  it('stacks same-position items (one day, several events) in their given order', () => {
    const items = Array.from({ length: 4 }, () => ({ start: 300, end: 480 }));
    const { placements, rows } = packRows(items, { gap: GAP, maxRows: 8 });
    expect(rows).toBe(4);
    expect(placements.map((p) => p.row)).toEqual([0, 1, 2, 3]);
    expect(placements.map((p) => p.end)).toEqual([480, 480, 480, 480]);
  });

  it('reuses the first row that has become free (greedy, top first)', () => {
    const items = [
      { start: 0, end: 100 },
      { start: 10, end: 40 },
      { start: 50, end: 90 },
      { start: 120, end: 160 },
    ];
    const { placements } = packRows(items, { gap: GAP });
    expect(placements.map((p) => p.row)).toEqual([0, 1, 1, 0]);
  });

  it('truncates the previous item in a full row when that makes room', () => {
    const items = [
      { start: 0, end: 200, minEnd: 40 },
      { start: 100, end: 180 },
    ];
    const { placements, rows } = packRows(items, { gap: GAP, maxRows: 1 });
    expect(rows).toBe(1);
    expect(placements[0]).toEqual({ row: 0, end: 94, crowded: false });
    expect(placements[1]).toEqual({ row: 0, end: 180, crowded: false });
    expectNoOverlap(items, placements);
  });

  it('chooses the row whose truncated label keeps the most text', () => {
    const items = [
      { start: 0, end: 300, minEnd: 30 },
      { start: 50, end: 300, minEnd: 80 },
      { start: 150, end: 200 },
    ];
    const { placements } = packRows(items, { gap: GAP, maxRows: 2 });
    // Row 0's item keeps 144px of room; row 1's would keep 94px.
    expect(placements[2].row).toBe(0);
    expect(placements[0].end).toBe(144);
    expect(placements[1].end).toBe(300);
    expectNoOverlap(items, placements);
  });

  it('never truncates below an item’s minimum', () => {
    const items = [
      { start: 0, end: 200, minEnd: 120 },
      { start: 100, end: 180 },
    ];
    const { placements } = packRows(items, { gap: GAP, maxRows: 1 });
    expect(placements[0]).toEqual({ row: 0, end: 200, crowded: false });
    expect(placements[1].crowded).toBe(true);
  });

  it('marks an item crowded when no row can make room, and later items still pack cleanly', () => {
    const items = [
      { start: 0, end: 100 },
      { start: 0, end: 100 },
      { start: 0, end: 100 },
      { start: 120, end: 160 },
    ];
    const { placements, rows } = packRows(items, { gap: GAP, maxRows: 2 });
    expect(rows).toBe(2);
    expect(placements[2].crowded).toBe(true);
    expect(placements[3]).toMatchObject({ crowded: false });
    expectNoOverlap(items, placements);
  });

  it('does not truncate into a crowded item', () => {
    const items = [
      { start: 0, end: 100, minEnd: 10 },
      { start: 0, end: 100, minEnd: 10 },
      { start: 50, end: 70, minEnd: 60 },
    ];
    const { placements } = packRows(items, { gap: GAP, maxRows: 1 });
    expect(placements[1].crowded).toBe(true);
    expect(placements[2].row).toBe(0);
    expect(placements[0].end).toBe(44);
  });

  it('falls back to the alternative extent when the preferred one finds no row', () => {
    // Preferred: label to the left, reaching back into row 0's item; alt: a shortened label on the right.
    const items: PackItem[] = [
      { start: 0, end: 575 },
      { start: 300, end: 760, alt: { start: 718, end: 780 } },
    ];
    const { placements } = packRows(items, { gap: GAP, maxRows: 1 });
    expect(placements[1]).toEqual({ row: 0, end: 780, crowded: false, alt: true });
  });

  it('prefers a free row for the preferred extent over the alternative', () => {
    const { placements } = packRows(
      [
        { start: 0, end: 100 },
        { start: 50, end: 200, alt: { start: 150, end: 220 } },
      ],
      { gap: GAP, maxRows: 2 },
    );
    expect(placements[1]).toEqual({ row: 1, end: 200, crowded: false });
  });

  it('does not truncate an item placed with its alternative extent', () => {
    const items: PackItem[] = [
      { start: 0, end: 100 },
      { start: 20, end: 300, minEnd: 130, alt: { start: 110, end: 300 } },
      { start: 200, end: 250 },
    ];
    const { placements } = packRows(items, { gap: GAP, maxRows: 1 });
    expect(placements[1].alt).toBe(true);
    expect(placements[1].end).toBe(300);
    expect(placements[2].crowded).toBe(true);
  });

  it('handles no items', () => {
    expect(packRows([])).toEqual({ placements: [], rows: 0 });
  });

  it('never lets labels overlap on random input, whatever the row budget', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 50; round++) {
      const items: PackItem[] = Array.from({ length: 60 }, () => {
        const start = Math.floor(random() * 800);
        const minEnd = start + 10 + Math.floor(random() * 20);
        const end = minEnd + Math.floor(random() * 200);
        const alt =
          random() < 0.3 ? { start: start + 20, end: start + 20 + Math.floor(random() * 60) } : undefined;
        return { start, minEnd, end, alt };
      }).sort((a, b) => a.start - b.start);
      const maxRows = 1 + Math.floor(random() * 6);
      const { placements, rows } = packRows(items, { gap: GAP, maxRows });
      expect(rows).toBeLessThanOrEqual(maxRows);
      expectNoOverlap(items, placements);
      placements.forEach((p, i) => {
        if (!p.crowded && !p.alt) expect(p.end).toBeGreaterThanOrEqual(items[i].minEnd!);
      });
    }
  });
});

describe('truncateToWidth', () => {
  const measure = (s: string) => s.length * 10;

  it('returns the text unchanged when it fits', () => {
    expect(truncateToWidth('Tokyo talks', 110, measure)).toBe('Tokyo talks');
  });

  it('cuts with an ellipsis to the longest prefix that fits', () => {
    expect(truncateToWidth('Tokyo talks', 60, measure)).toBe('Tokyo…');
    expect(measure(truncateToWidth('Government consultations', 95, measure))).toBeLessThanOrEqual(95);
  });

  it('drops trailing spaces before the ellipsis', () => {
    expect(truncateToWidth('G7 summit in Hiroshima', 40, measure)).toBe('G7…');
  });

  it('returns an empty string when nothing fits', () => {
    expect(truncateToWidth('Hiroshima', 15, measure)).toBe('');
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Kishida and Scholz hold talks')).toBeGreaterThan(estimateTextWidth('Kishida'));
    expect(estimateTextWidth('Tokyo', 24)).toBeGreaterThan(estimateTextWidth('Tokyo', 12));
  });

  it('treats wide letters as wider than narrow ones', () => {
    expect(estimateTextWidth('MMMM')).toBeGreaterThan(estimateTextWidth('iiii'));
  });
});

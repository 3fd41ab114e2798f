import { describe, expect, it } from 'vitest';
import { startOf } from '../../lib/calendar-date';
import { datasetWith, generateEvents, seedEvents, timelineDataset } from './fixture.test-data';
import { estimateTextWidth } from './label-packing';
import { itemsInView, layoutTimeline, prepareTimeline, type MarkLayout } from './layout';
import { fitWindow, type ViewWindow } from './view-window';

const measure = (s: string) => estimateTextWidth(s);
const day = (s: string) => +startOf(s);

function labelBox(m: MarkLayout): [number, number] {
  const w = measure(m.label);
  return m.anchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
}

describe('prepareTimeline', () => {
  it('sorts by date, then by the order of same-day events, and shapes marks by precision', () => {
    const shuffled = [...seedEvents].reverse();
    const p = prepareTimeline(shuffled, 'kind', timelineDataset);
    expect(p.items.map((i) => i.id)).toEqual([
      'visit',
      'strategy',
      'talks',
      'consultations',
      'defense',
      'statement',
      'g7',
    ]);
    const shape = Object.fromEntries(p.items.map((i) => [i.id, i.shape]));
    expect(shape).toMatchObject({ talks: 'point', g7: 'fuzzy', visit: 'fuzzy' });
  });

  it('spans the whole unit of a month or year in UTC', () => {
    const p = prepareTimeline(seedEvents, 'kind', timelineDataset);
    const g7 = p.items.find((i) => i.id === 'g7')!;
    expect(new Date(g7.start).toISOString()).toBe('2023-05-01T00:00:00.000Z');
    expect(new Date(g7.end).toISOString()).toBe('2023-06-01T00:00:00.000Z');
  });

  it('records the extent of all events for fitting the view', () => {
    const p = prepareTimeline(seedEvents, 'kind', timelineDataset);
    expect(p.extent).toEqual([day('2022-01-01'), day('2023-06-01')]);
    expect(prepareTimeline([], 'kind', timelineDataset).extent).toBeUndefined();
  });

  it('draws a multi-day range of known days as a plain span', () => {
    const events = [
      {
        ...seedEvents[0],
        id: 'two-days',
        date: { start: '2023-03-18', end: '2023-03-19', precision: 'day' as const },
      },
    ];
    expect(prepareTimeline(events, 'kind', timelineDataset).items[0].shape).toBe('span');
  });

  it('puts events in lanes by kind or by country', () => {
    expect(prepareTimeline(seedEvents, 'kind', timelineDataset).lanes.map((l) => l.key)).toEqual([
      'meeting',
      'visit',
      'statement',
      'policy',
      'summit',
    ]);
    const byCountry = prepareTimeline(seedEvents, 'country', timelineDataset);
    expect(byCountry.lanes.map((l) => [l.label, l.count])).toEqual([
      ['Japan', 6],
      ['Unknown', 1],
    ]);
  });
});

describe('itemsInView', () => {
  const p = prepareTimeline(seedEvents, 'kind', timelineDataset);

  it('finds long spans that started before the window', () => {
    const ids = itemsInView(p, [day('2022-06-01'), day('2022-07-01')]).map((i) => i.id);
    expect(ids).toEqual(['visit', 'strategy']);
  });

  it('excludes items ending at the window start (half-open spans)', () => {
    expect(itemsInView(p, [day('2023-01-01'), day('2023-03-18')]).map((i) => i.id)).toEqual([]);
    expect(itemsInView(p, [day('2023-03-18'), day('2023-03-19')]).map((i) => i.id)).toEqual([
      'talks',
      'consultations',
      'defense',
      'statement',
    ]);
  });
});

describe('layoutTimeline', () => {
  const view = fitWindow(seedEvents);
  const layout = (
    width: number,
    w: ViewWindow = view,
    events = seedEvents,
    lanes: 'kind' | 'country' = 'kind',
  ) => layoutTimeline(prepareTimeline(events, lanes, timelineDataset), { view: w, width, measure, top: 40 });

  it('shows every seed event as a mark, in date order', () => {
    const l = layout(800);
    expect(l.aggregated).toBe(false);
    expect(l.marks.map((m) => m.item.id)).toEqual([
      'visit',
      'strategy',
      'talks',
      'consultations',
      'defense',
      'statement',
      'g7',
    ]);
  });

  it('fans out the meetings of one day into separate rows in their order', () => {
    const l = layout(800);
    const meetings = l.marks.filter((m) => m.item.lane === 'meeting');
    expect(meetings.map((m) => m.row)).toEqual([0, 1, 2]);
    expect(new Set(meetings.map((m) => m.y)).size).toBe(3);
    expect(meetings[1].y).toBeGreaterThan(meetings[0].y);
  });

  it('keeps labels inside the plot and apart from each other (also at phone width, by country)', () => {
    for (const [width, lanes] of [
      [800, 'kind'],
      [360, 'kind'],
      [360, 'country'],
      [1200, 'country'],
    ] as const) {
      const l = layout(width, view, seedEvents, lanes);
      const boxes = l.marks.filter((m) => m.label).map((m) => ({ y: m.y, box: labelBox(m), id: m.item.id }));
      for (const b of boxes) {
        expect(b.box[0]).toBeGreaterThanOrEqual(0);
        expect(b.box[1]).toBeLessThanOrEqual(width);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          if (boxes[i].y !== boxes[j].y) continue;
          const apart = boxes[i].box[1] <= boxes[j].box[0] || boxes[j].box[1] <= boxes[i].box[0];
          expect(apart, `${boxes[i].id} vs ${boxes[j].id} at ${width}px`).toBe(true);
        }
    }
  });

  it('gives the four 18 March marks readable labels on a desktop-width plot', () => {
    const l = layout(800, [day('2023-03-01'), day('2023-04-15')], seedEvents, 'country');
    const sameDay = l.marks.filter((m) => m.item.event.date.start === '2023-03-18');
    expect(sameDay).toHaveLength(4);
    expect(new Set(sameDay.map((m) => m.y)).size).toBe(4);
    for (const m of sameDay) expect(m.label).toBe(m.item.event.title);
  });

  it('gives every seed event some label at desktop widths, shortening rather than hiding', () => {
    // All seven in one country lane: more events than the 6 rows, so the last one needs its shortened fallback.
    const allInJapan = seedEvents.map((e) => ({ ...e, place: e.place ?? 'japan' }));
    for (const width of [560, 665, 800, 1100])
      for (const [lanes, events] of [
        ['kind', seedEvents],
        ['country', seedEvents],
        ['country', allInJapan],
      ] as const) {
        const l = layoutTimeline(prepareTimeline(events, lanes, timelineDataset), {
          view,
          width,
          measure,
          maxRows: 6,
        });
        for (const m of l.marks) expect(m.label, `${m.item.id} at ${width}px by ${lanes}`).not.toBe('');
      }
  });

  it('truncates with an ellipsis when a label cannot fit', () => {
    const l = layout(240);
    const statement = l.marks.find((m) => m.item.id === 'statement')!;
    expect(statement.truncated).toBe(true);
    expect(statement.label.endsWith('…') || statement.label === '').toBe(true);
  });

  it('stacks lanes top to bottom from `top`, each as tall as its rows', () => {
    const l = layout(800);
    expect(l.lanes[0].y).toBe(40);
    for (let i = 1; i < l.lanes.length; i++)
      expect(l.lanes[i].y).toBe(l.lanes[i - 1].y + l.lanes[i - 1].height);
    expect(l.lanes[0].height).toBeGreaterThan(l.lanes[1].height);
    expect(l.height).toBe(l.lanes.at(-1)!.y + l.lanes.at(-1)!.height);
  });

  it('places marks by date: a point at the middle of its day, a fuzzy span across its month', () => {
    const w: ViewWindow = [day('2023-03-01'), day('2023-07-01')];
    const l = layout(1220, w);
    const x = (t: number) => ((t - w[0]) / (w[1] - w[0])) * 1220;
    const talks = l.marks.find((m) => m.item.id === 'talks')!;
    expect(talks.cx).toBeCloseTo(x(day('2023-03-18') + 43_200_000));
    expect([talks.x0, talks.x1]).toEqual([x(day('2023-03-18')), x(day('2023-03-19'))]);
    const g7 = l.marks.find((m) => m.item.id === 'g7')!;
    expect(g7.x0).toBeCloseTo(x(day('2023-05-01')));
    expect(g7.x1).toBeCloseTo(x(day('2023-06-01')));
  });

  it('aggregates 10,000 events at overview zoom into per-lane density, and shows marks again when zoomed in', () => {
    const events = generateEvents(10_000);
    const dataset = datasetWith(events);
    const prepared = prepareTimeline(events, 'kind', dataset);
    const overview = layoutTimeline(prepared, { view: fitWindow(events), width: 1000, measure });
    expect(overview.aggregated).toBe(true);
    expect(overview.marks).toHaveLength(0);
    expect(overview.inView).toBe(10_000);
    const binned = overview.lanes.reduce((n, l) => n + (l.bins ?? []).reduce((s, b) => s + b.count, 0), 0);
    expect(binned).toBe(10_000);
    expect(overview.maxBin).toBeGreaterThan(0);

    const pinned = layoutTimeline(prepared, {
      view: fitWindow(events),
      width: 1000,
      measure,
      pinned: ['gen-5', undefined, 'not-an-event'],
    });
    expect(pinned.aggregated).toBe(true);
    expect(pinned.marks.map((m) => m.item.id)).toEqual(['gen-5']);
    const lane = pinned.lanes[pinned.marks[0].laneIndex];
    expect(pinned.marks[0].y).toBeGreaterThan(lane.y);
    expect(pinned.marks[0].y).toBeLessThan(lane.y + lane.height);

    const zoomed = layoutTimeline(prepared, {
      view: [day('2010-03-01'), day('2010-03-15')],
      width: 1000,
      measure,
    });
    expect(zoomed.aggregated).toBe(false);
    expect(zoomed.marks.length).toBeGreaterThan(0);
    expect(zoomed.marks.length).toBeLessThanOrEqual(500);
    expect(zoomed.marks.length).toBe(zoomed.inView);
  });
});

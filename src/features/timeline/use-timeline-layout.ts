/**
 * What the timeline draws, derived from its props: the prepared events (once per filter
 * result and lane mode), the visible window, and the layout for that window and width.
 */
import { useEffect, useMemo } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import { endOf, startOf } from '../../lib/calendar-date';
import { indexDataset } from '../../lib/dataset-index';
import type { Lanes } from '../../state/view-state';
import { layoutTimeline, prepareTimeline } from './layout';
import { datasetExtent, tableWarmers } from './prepare';
import { runWhenIdle } from '../../lib/run-when-idle';
import { describeSpan } from './summary';
import { deriveTicks, formatTick } from './ticks';
import { AXIS_HEIGHT } from './timeline-axis';
import { DENSITY_HEIGHT } from './timeline-plot';
import { useTextMeasure } from './use-text-measure';
import { useRevealSelected, useViewWindow } from './use-view-window';
import { DAY, fitExtent } from './view-window';

export interface TimelineLayoutInput {
  dataset: Dataset;
  events: NewsEvent[];
  lanes: Lanes;
  range?: [string, string];
  onRangeChange(range: [string, string] | undefined): void;
  selectedId?: string;
  hoveredId?: string;
  dateFilter: { from?: string; to?: string };
  /** Width of the plot area, lane names included. */
  outerWidth: number;
}

/** Lane names get their own column when the plot can spare it; on phones they head each lane. */
const GUTTER = 104;
const GUTTER_FROM = 560;

export function useTimelineLayout(input: TimelineLayoutInput) {
  const { dataset, events, lanes, outerWidth, selectedId, hoveredId, dateFilter } = input;
  const gutter = outerWidth >= GUTTER_FROM ? GUTTER : 0;
  const width = Math.max(0, outerWidth - gutter);
  const laneHeader = gutter ? 0 : 16;
  const measure = useTextMeasure();
  const published = indexDataset(dataset).newestPublished;
  const publishedAt = published ? +startOf(published) + DAY / 2 : undefined;

  const reference = useMemo(
    () => fitExtent(datasetExtent(dataset), publishedAt ? [publishedAt] : []),
    [dataset, publishedAt],
  );
  // Memoized on the events (one linear pass over a per-dataset table); the per-view layout only looks at what is in view.
  const prepared = useMemo(() => prepareTimeline(events, lanes, dataset), [events, lanes, dataset]);
  // The other lane mode's table and the id look-ups, built while nothing else happens.
  useEffect(
    function warmTablesWhenIdle() {
      // A step takes 60-100 ms at 100,000 events: only in a wholly idle period.
      return runWhenIdle(tableWarmers(dataset), { minIdleMs: 40 });
    },
    [dataset],
  );
  const summary = useMemo(
    () => describeSpan(prepared.items.length, prepared.items[0]?.event, prepared.last?.event),
    [prepared],
  );
  const fit = useMemo(() => fitExtent(prepared.extent), [prepared.extent]);
  const { view, setUserView, fitView } = useViewWindow({
    range: input.range,
    fit,
    onRangeChange: input.onRangeChange,
  });
  useRevealSelected(selectedId, prepared, view, setUserView);
  const layout = useMemo(
    () =>
      layoutTimeline(prepared, {
        view,
        width,
        measure,
        top: AXIS_HEIGHT,
        laneHeader,
        densityHeight: DENSITY_HEIGHT,
        pinned: [selectedId, hoveredId],
      }),
    [prepared, view, width, measure, laneHeader, selectedId, hoveredId],
  );
  const { ticks } = useMemo(() => deriveTicks(view, width), [view, width]);

  const x = (t: number) => ((t - view[0]) / (view[1] - view[0])) * width;
  const filterPx: [number, number] | undefined =
    dateFilter.from || dateFilter.to
      ? [
          dateFilter.from ? x(+startOf(dateFilter.from)) : -1e4,
          dateFilter.to ? x(+endOf(dateFilter.to)) : 1e6,
        ]
      : undefined;
  const publishedMark = publishedAt
    ? { x: x(publishedAt), label: `Published ${formatTick(new Date(publishedAt), 'day', true)}` }
    : undefined;
  return {
    ...{ gutter, width, laneHeader, measure, reference, summary, view, setUserView, fitView },
    ...{ layout, ticks, filterPx, publishedMark },
  };
}

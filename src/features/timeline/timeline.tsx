import { memo, useCallback, useEffect, useId, useMemo } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import { endOf, startOf } from '../../lib/calendar-date';
import { indexDataset } from '../../lib/dataset-index';
import type { Lanes } from '../../state/view-state';
import { layoutTimeline, prepareTimeline } from './layout';
import { datasetExtent, tableWarmers } from './prepare';
import { runWhenIdle } from './run-when-idle';
import { describeSpan } from './summary';
import { deriveTicks, formatTick } from './ticks';
import { AXIS_HEIGHT } from './timeline-axis';
import { TimelineGutter } from './timeline-lanes';
import { TimelineLegend } from './timeline-legend';
import { DENSITY_HEIGHT, TimelinePlot } from './timeline-plot';
import { describeFilter, TimelineToolbar } from './timeline-toolbar';
import { TimelineStatus } from './timeline-status';
import { TimelineTooltip } from './timeline-tooltip';
import { TimelineBinCursor } from './timeline-bin-cursor';
import { useBinCursor } from './use-bin-cursor';
import { useBrush } from './use-brush';
import { useElementWidth } from './use-element-width';
import { useMarkHandlers } from './use-mark-handlers';
import { useTextMeasure } from './use-text-measure';
import { useTimelineKeys } from './use-timeline-keys';
import { useRevealSelected, useViewWindow } from './use-view-window';
import { useZoom } from './use-zoom';
import { DAY, dayRange, fitExtent } from './view-window';
import './timeline.css';

export interface TimelineProps {
  dataset: Dataset;
  events: NewsEvent[];
  selectedId?: string;
  hoveredId?: string;
  onSelect(id: string | undefined): void;
  onHover(id: string | undefined): void;
  range?: [string, string];
  onRangeChange(range: [string, string] | undefined): void;
  lanes: Lanes;
  onLanesChange(lanes: Lanes): void;
  dateFilter: { from?: string; to?: string };
  onDateFilterChange(from: string | undefined, to: string | undefined): void;
  controls?: boolean;
}

/** Lane names get their own column when the plot can spare it; on phones they head each lane. */
const GUTTER = 104;
const GUTTER_FROM = 560;

/** Skip re-rendering when nothing the timeline shows changed (e.g. the map moved). */
function sameTimelineProps(a: TimelineProps, b: TimelineProps): boolean {
  for (const key of Object.keys(b) as (keyof TimelineProps)[]) {
    if (key === 'dateFilter') {
      if (a.dateFilter.from !== b.dateFilter.from || a.dateFilter.to !== b.dateFilter.to) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

export const Timeline = memo(TimelineView, sameTimelineProps);

function TimelineView(props: TimelineProps) {
  const { dataset, events, lanes, dateFilter, onHover, onSelect, controls = true } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [plotRef, outerWidth] = useElementWidth<HTMLDivElement>();
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
      return runWhenIdle(tableWarmers(dataset));
    },
    [dataset],
  );
  const summary = useMemo(
    () => describeSpan(prepared.items.length, prepared.items[0]?.event, prepared.last?.event),
    [prepared],
  );
  const fit = useMemo(() => fitExtent(prepared.extent), [prepared.extent]);
  const { view, setUserView, fitView } = useViewWindow({
    range: props.range,
    fit,
    onRangeChange: props.onRangeChange,
  });
  useRevealSelected(props.selectedId, prepared, view, setUserView);
  const layout = useMemo(
    () =>
      layoutTimeline(prepared, {
        view,
        width,
        measure,
        top: AXIS_HEIGHT,
        laneHeader,
        densityHeight: DENSITY_HEIGHT,
        pinned: [props.selectedId, props.hoveredId],
      }),
    [prepared, view, width, measure, laneHeader, props.selectedId, props.hoveredId],
  );
  const { ticks } = useMemo(() => deriveTicks(view, width), [view, width]);
  const x = (t: number) => ((t - view[0]) / (view[1] - view[0])) * width;
  const invert = (px: number) => view[0] + (px / width) * (view[1] - view[0]);

  const keys = useTimelineKeys({ layout, width, onSelect });
  const { zoomBy, panBy } = useZoom(keys.ref, {
    width,
    view,
    reference,
    onUserView: setUserView,
  });
  const bins = useBinCursor({ layout, width, setView: setUserView, focusMark: keys.focusMark });
  const zoomIn = useCallback(() => zoomBy(2), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(0.5), [zoomBy]);
  const { drag, handlers: brush } = useBrush((a, b) =>
    props.onDateFilterChange(...dayRange(invert(a), invert(b))),
  );
  const { tipId, handlers } = useMarkHandlers(onSelect, onHover, keys.setActive);
  const tipMark = tipId ? layout.marks.find((m) => m.item.id === tipId) : undefined;

  const hasFilter = Boolean(dateFilter.from || dateFilter.to);
  const filterPx: [number, number] | undefined = hasFilter
    ? [dateFilter.from ? x(+startOf(dateFilter.from)) : -1e4, dateFilter.to ? x(+endOf(dateFilter.to)) : 1e6]
    : undefined;
  const publishedMark = publishedAt
    ? { x: x(publishedAt), label: `Published ${formatTick(new Date(publishedAt), 'day', true)}` }
    : undefined;

  return (
    <div className="timeline">
      {controls && (
        <TimelineToolbar
          lanes={lanes}
          onLanesChange={props.onLanesChange}
          onZoomIn={zoomIn}
          onZoomOut={zoomOut}
          onFit={fitView}
          dateFilter={dateFilter}
          onDateFilterChange={props.onDateFilterChange}
        />
      )}
      <TimelineStatus
        uid={uid}
        summary={summary}
        layout={layout}
        dateText={hasFilter && !controls ? describeFilter(dateFilter) : undefined}
      />
      <div
        className="tl-plot"
        ref={plotRef}
        onKeyDown={(e) => bins.onKeyDown(e, zoomBy, panBy) || keys.onKeyDown(e, zoomBy, panBy)}
      >
        <div className="tl-canvas">
          {gutter > 0 && (
            <TimelineGutter
              lanes={layout.lanes}
              width={gutter}
              height={layout.height + 4}
              measure={measure}
            />
          )}
          <TimelinePlot
            svgRef={keys.ref}
            layout={layout}
            width={width}
            laneHeader={laneHeader}
            ticks={ticks}
            gradient={`tl${uid}`}
            labelledBy={`${uid}-name`}
            describedBy={`${uid}-summary`}
            // At overview the bin cursor is the one tab stop (pinned marks stay clickable).
            tabStopId={bins.found ? undefined : keys.tabStop(props.selectedId)}
            plotTabStop={!bins.found && !layout.marks.length}
            selectedId={props.selectedId}
            hoveredId={props.hoveredId}
            tooltip={tipMark ? { markId: tipMark.item.id, id: `${uid}-tip` } : undefined}
            filter={filterPx}
            published={publishedMark}
            drag={drag}
            brush={brush}
            handlers={handlers}
          />
        </div>
        <TimelineBinCursor
          cursorRef={bins.ref}
          found={bins.found}
          layout={layout}
          left={gutter}
          width={width}
          laneHeader={laneHeader}
          densityHeight={DENSITY_HEIGHT}
        />
        <TimelineTooltip
          id={`${uid}-tip`}
          mark={tipMark}
          dataset={dataset}
          left={gutter}
          width={width}
          height={layout.height}
        />
      </div>
      <TimelineLegend gradient={`tl${uid}`} />
    </div>
  );
}

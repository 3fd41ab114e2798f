import { memo, useCallback, useId, useMemo } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import type { Lanes } from '../../state/view-state';
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
import { useTimelineKeys } from './use-timeline-keys';
import { useTimelineLayout } from './use-timeline-layout';
import { useZoom } from './use-zoom';
import { dayRange } from './view-window';
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
  const { dataset, lanes, onHover, onSelect, controls = true } = props;
  // One object while the dates stay the same (the props carry a new one on every render), so the
  // memoized toolbar skips a filter toggle: React rewrites a re-rendered input's name and type.
  const { from, to } = props.dateFilter;
  const dateFilter = useMemo(() => ({ from, to }), [from, to]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [plotRef, outerWidth] = useElementWidth<HTMLDivElement>();
  const derived = useTimelineLayout({ ...props, outerWidth });
  const { gutter, width, laneHeader, view, setUserView, layout } = derived;
  const invert = (px: number) => view[0] + (px / width) * (view[1] - view[0]);

  const keys = useTimelineKeys({ layout, width, onSelect });
  const { zoomBy, panBy } = useZoom(keys.ref, {
    width,
    view,
    reference: derived.reference,
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

  return (
    <div className="timeline">
      {controls && (
        <TimelineToolbar
          lanes={lanes}
          onLanesChange={props.onLanesChange}
          onZoomIn={zoomIn}
          onZoomOut={zoomOut}
          onFit={derived.fitView}
          dateFilter={dateFilter}
          onDateFilterChange={props.onDateFilterChange}
        />
      )}
      <TimelineStatus
        uid={uid}
        summary={derived.summary}
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
              measure={derived.measure}
            />
          )}
          <TimelinePlot
            svgRef={keys.ref}
            layout={layout}
            width={width}
            laneHeader={laneHeader}
            ticks={derived.ticks}
            gradient={`tl${uid}`}
            labelledBy={`${uid}-name`}
            describedBy={`${uid}-summary`}
            // At overview the bin cursor is the one tab stop (pinned marks stay clickable).
            tabStopId={bins.found ? undefined : keys.tabStop(props.selectedId)}
            plotTabStop={!bins.found && !layout.marks.length}
            selectedId={props.selectedId}
            hoveredId={props.hoveredId}
            tooltip={tipMark ? { markId: tipMark.item.id, id: `${uid}-tip` } : undefined}
            filter={derived.filterPx}
            published={derived.publishedMark}
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

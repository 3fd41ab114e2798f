import type { PointerEvent, RefObject } from 'react';
import { TimelineAxis } from './timeline-axis';
import { TimelineLanes } from './timeline-lanes';
import { TimelineMark, type MarkHandlers } from './timeline-mark';
import type { TimelineLayout } from './layout';
import type { Tick } from './ticks';
import type { BrushDrag } from './use-brush';

export const DENSITY_HEIGHT = 36;

interface Props {
  svgRef: RefObject<SVGSVGElement | null>;
  layout: TimelineLayout;
  width: number;
  laneHeader: number;
  ticks: Tick[];
  gradient: string;
  labelledBy: string;
  describedBy: string;
  tabStopId?: string;
  /** The plot itself takes focus (no marks and no density cursor to stop on). */
  plotTabStop: boolean;
  selectedId?: string;
  hoveredId?: string;
  tooltip?: { markId: string; id: string };
  filter?: [number, number];
  published?: { x: number; label: string };
  drag: BrushDrag | null;
  brush: Record<string, (e: PointerEvent<SVGElement>) => void>;
  handlers: MarkHandlers;
}

const STATUSES = ['held', 'planned', 'background'] as const;

/** The SVG: axis and brush on top, lanes below, one focusable button per event mark. */
export function TimelinePlot(props: Props) {
  const { layout, width, gradient, tabStopId, selectedId, hoveredId, tooltip } = props;
  const height = layout.height + 4;
  return (
    <svg
      ref={props.svgRef}
      className="tl-svg"
      width={width}
      height={height}
      role="group"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      // With marks on screen the roving mark is the single tab stop, at overview the density cursor; otherwise the plot itself.
      tabIndex={props.plotTabStop ? 0 : -1}
    >
      <defs>
        {STATUSES.map((s) => (
          <linearGradient key={s} id={`${gradient}-${s}`} className={`tl-fade tl-fade--${s}`}>
            <stop offset="0" className="tl-fade-edge" />
            <stop offset="0.3" className="tl-fade-core" />
            <stop offset="0.7" className="tl-fade-core" />
            <stop offset="1" className="tl-fade-edge" />
          </linearGradient>
        ))}
      </defs>
      <TimelineLanes
        lanes={layout.lanes}
        width={width}
        maxBin={layout.maxBin}
        densityHeight={DENSITY_HEIGHT}
        laneHeader={props.laneHeader}
        labels={props.laneHeader > 0}
      />
      <TimelineAxis
        width={width}
        bottom={layout.height}
        ticks={props.ticks}
        filter={props.filter}
        published={props.published}
        drag={props.drag}
        brush={props.brush}
      />
      {layout.lanes.map((l, i) => {
        const marks = layout.marks.filter((m) => m.item.lane === l.lane.key);
        if (!marks.length) return null;
        return (
          <g
            key={l.lane.key}
            className={i % 2 ? 'tl-marks--odd' : undefined}
            role="group"
            aria-label={`${l.lane.label}: ${marks.length} in view`}
          >
            {marks.map((m) => (
              <TimelineMark
                key={m.item.id}
                mark={m}
                gradient={gradient}
                tabStop={m.item.id === tabStopId}
                selected={m.item.id === selectedId}
                hovered={m.item.id === hoveredId}
                describedBy={tooltip?.markId === m.item.id ? tooltip.id : undefined}
                handlers={props.handlers}
              />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

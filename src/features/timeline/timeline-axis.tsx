import type { PointerEvent } from 'react';
import type { BrushDrag } from './use-brush';
import type { Tick } from './ticks';
import { isoDay } from './view-window';

export const AXIS_HEIGHT = 46;
const BAND_TOP = 18;

interface Props {
  width: number;
  /** Bottom of the lanes, where grid lines end. */
  bottom: number;
  ticks: Tick[];
  /** Date filter as px (may reach beyond the plot). */
  filter?: [number, number];
  published?: { x: number; label: string };
  drag: BrushDrag | null;
  brush: Record<string, (e: PointerEvent<SVGElement>) => void>;
}

/**
 * The date axis on top of the plot. Its band doubles as the brush: drag across it to set
 * the date filter, which stays shaded here and across the lanes.
 */
export function TimelineAxis({ width, bottom, ticks, filter, published, drag, brush }: Props) {
  const clamp = (x: number) => Math.max(0, Math.min(width, x));
  const publishedRight = published && published.x > width - 150;
  return (
    <g className="tl-axis">
      {ticks.map((t) => (
        <line key={t.t} className="tl-grid" x1={t.x} x2={t.x} y1={AXIS_HEIGHT - 6} y2={bottom} />
      ))}
      <rect
        className="tl-brush"
        data-no-zoom=""
        aria-hidden="true"
        x={0}
        y={BAND_TOP}
        width={width}
        height={AXIS_HEIGHT - BAND_TOP}
        {...brush}
      >
        <title>Drag across the dates to filter events to that period</title>
      </rect>
      {filter && clamp(filter[1]) > clamp(filter[0]) && (
        <g className="tl-filter-shade" aria-hidden="true">
          <rect
            x={clamp(filter[0])}
            y={BAND_TOP}
            width={clamp(filter[1]) - clamp(filter[0])}
            height={AXIS_HEIGHT - BAND_TOP}
          />
          <rect
            className="tl-filter-lanes"
            x={clamp(filter[0])}
            y={AXIS_HEIGHT}
            width={clamp(filter[1]) - clamp(filter[0])}
            height={Math.max(0, bottom - AXIS_HEIGHT)}
          />
        </g>
      )}
      {drag && (
        <rect
          className="tl-brush-drag"
          aria-hidden="true"
          x={Math.min(drag.a, drag.b)}
          y={BAND_TOP}
          width={Math.abs(drag.b - drag.a)}
          height={bottom - BAND_TOP}
        />
      )}
      {ticks
        .filter((t) => t.showLabel)
        .map((t) => (
          <text
            key={t.t}
            className="tl-tick"
            data-date={isoDay(t.t)}
            x={t.labelX}
            y={AXIS_HEIGHT - 14}
            textAnchor="middle"
            aria-hidden="true"
          >
            {t.label}
          </text>
        ))}
      <line className="tl-axis-line" x1={0} x2={width} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} />
      {published && published.x >= 0 && published.x <= width && (
        <g className="tl-published">
          <line x1={published.x} x2={published.x} y1={4} y2={bottom} />
          <text
            x={published.x + (publishedRight ? -5 : 5)}
            y={12}
            textAnchor={publishedRight ? 'end' : 'start'}
          >
            {published.label}
          </text>
        </g>
      )}
    </g>
  );
}

import type { Measure } from './label-packing';
import { truncateToWidth } from './label-packing';
import type { LaneLayout } from './layout';

interface Props {
  lanes: LaneLayout[];
  width: number;
  maxBin: number;
  densityHeight: number;
  laneHeader: number;
  /** Draw lane names inside the plot (narrow screens, where there is no gutter). */
  labels: boolean;
}

function laneCount(l: LaneLayout): string {
  return l.bins ? `${l.inView.toLocaleString('en')} in view` : String(l.lane.count);
}

/** Lane bands, and at overview zoom each lane's density histogram. */
export function TimelineLanes({ lanes, width, maxBin, densityHeight, laneHeader, labels }: Props) {
  return (
    <g className="tl-lanes" aria-hidden="true">
      {lanes.map((l, i) => (
        <g key={l.lane.key} className={i % 2 ? 'tl-lane tl-lane--odd' : 'tl-lane'}>
          <rect className="tl-lane-bg" x={0} y={l.y} width={width} height={l.height} />
          {labels && (
            <text className="tl-lane-label" x={6} y={l.y + 12}>
              {l.lane.label}
              <tspan className="tl-lane-count"> {laneCount(l)}</tspan>
            </text>
          )}
          {l.bins?.map((b, k) => {
            const h = Math.max(1.5, (b.count / Math.max(1, maxBin)) * densityHeight);
            const base = l.y + laneHeader + densityHeight + 2;
            return (
              <rect
                // Keyed by date, so zooming and panning move the rects instead of replacing them.
                key={k === 0 && b.x0 === 0 ? 'edge' : b.t}
                className="tl-bin"
                x={b.x0}
                y={base - h}
                width={Math.max(1, b.x1 - b.x0 - 1)}
                height={h}
              >
                <title>{`${b.count} events`}</title>
              </rect>
            );
          })}
        </g>
      ))}
    </g>
  );
}

/** Lane names in a column left of the plot, on screens wide enough to spare it. */
export function TimelineGutter(props: {
  lanes: LaneLayout[];
  width: number;
  height: number;
  measure: Measure;
}) {
  const { lanes, width, height, measure } = props;
  return (
    <svg className="tl-gutter" width={width} height={height} aria-hidden="true">
      {lanes.map((l, i) => (
        <g key={l.lane.key} className={i % 2 ? 'tl-lane tl-lane--odd' : 'tl-lane'}>
          <rect className="tl-lane-bg" x={0} y={l.y} width={width} height={l.height} />
          <text className="tl-lane-label" x={8} y={l.y + 15}>
            {truncateToWidth(l.lane.label, width - 14, measure)}
          </text>
          {l.height >= 34 && (
            <text className="tl-lane-count" x={8} y={l.y + 29}>
              {l.bins
                ? laneCount(l)
                : `${l.lane.count.toLocaleString('en')} ${l.lane.count === 1 ? 'event' : 'events'}`}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

import { useState, type PointerEvent } from 'react';
import { barAt, densityPath, layoutDensityBars, type DensityBar } from './density-bars';
import { formatCount } from './format-count';
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
  return l.bins ? `${formatCount(l.inView)} in view` : String(l.lane.count);
}

/** The bar under the mouse, by lane and date (so it is the same period while the view moves). */
interface Hovered {
  lane: string;
  t: number;
}

/** Lane bands, and at overview zoom each lane's density histogram. */
export function TimelineLanes({ lanes, width, maxBin, densityHeight, laneHeader, labels }: Props) {
  const [hovered, setHovered] = useState<Hovered>();
  return (
    <g className="tl-lanes" aria-hidden="true">
      {lanes.map((l, i) => {
        const bins = l.bins;
        const bars =
          bins && layoutDensityBars(bins, l.y + laneHeader + densityHeight + 2, maxBin, densityHeight);
        const hoveredAt =
          bins && hovered?.lane === l.lane.key ? bins.findIndex((b) => b.t === hovered.t) : -1;
        const onPointerMove = (e: PointerEvent<SVGPathElement>) => {
          // The mouse resting on a bar names its count; a drag (pan) or a touch does not.
          if (!bins || !bars || e.pointerType !== 'mouse' || e.buttons) return;
          const svg = e.currentTarget.ownerSVGElement;
          const k = svg ? barAt(bars, e.clientX - svg.getBoundingClientRect().left) : -1;
          if (k >= 0) setHovered({ lane: l.lane.key, t: bins[k].t });
        };
        return (
          <g key={l.lane.key} className={i % 2 ? 'tl-lane tl-lane--odd' : 'tl-lane'}>
            <rect className="tl-lane-bg" x={0} y={l.y} width={width} height={l.height} />
            {labels && (
              <text className="tl-lane-label" x={6} y={l.y + 12}>
                {l.lane.label}
                <tspan className="tl-lane-count"> {laneCount(l)}</tspan>
              </text>
            )}
            {bars && <path className="tl-bin" d={densityPath(bars)} onPointerMove={onPointerMove} />}
            {bins && bars && hoveredAt >= 0 && (
              <BinHit
                bar={bars[hoveredAt]}
                count={bins[hoveredAt].count}
                onLeave={() => setHovered(undefined)}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}

/** An invisible rect over the hovered bar, carrying its native tooltip ("12 events"). */
function BinHit({ bar, count, onLeave }: { bar: DensityBar; count: number; onLeave(): void }) {
  return (
    <rect
      className="tl-bin-hit"
      x={bar.x}
      y={bar.y}
      width={bar.width}
      height={bar.height}
      onPointerLeave={onLeave}
    >
      <title>{`${count} events`}</title>
    </rect>
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
                : `${formatCount(l.lane.count)} ${l.lane.count === 1 ? 'event' : 'events'}`}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

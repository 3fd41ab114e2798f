/** Travel routes (origin → place) as arcs with a direction arrow; the hovered/selected visit is emphasised. */
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Marker, Polyline } from 'react-leaflet';
import type { Marker as LeafletMarker, Polyline as LeafletPolyline } from 'leaflet';
import type { TravelLine } from './travel-lines';
import { createArrowIcon, updateArrowIcon } from './place-icon';

// className and interactive are creation options (setStyle ignores them), so they are props.
const LINE_STYLE = { weight: 2.5, dashArray: '6 5' };

/**
 * Rendered again only when its slot gets another route or highlight: a route's arc and arrow are
 * computed once (travel-lines.ts), so an unchanged slot keeps the same arrays.
 */
const TravelLineView = memo(
  TravelLineViewImpl,
  (a, b) => a.highlighted === b.highlighted && a.line.path === b.line.path && a.line.arrow === b.line.arrow,
);

function TravelLineViewImpl({ line, highlighted }: { line: TravelLine; highlighted: boolean }) {
  const ref = useRef<LeafletPolyline>(null);
  const arrowRef = useRef<LeafletMarker>(null);
  // One arrow per slot, turned in place (a new icon would make Leaflet rebuild its element).
  const [arrow] = useState(() => createArrowIcon(line.arrow.angle));
  useLayoutEffect(
    function turnArrow() {
      updateArrowIcon(arrow, line.arrow.angle);
    },
    [arrow, line.arrow.angle],
  );
  useEffect(
    function syncHighlight() {
      ref.current?.getElement()?.classList.toggle('is-highlighted', highlighted);
      arrowRef.current?.getElement()?.classList.toggle('is-highlighted', highlighted);
    },
    [highlighted, arrow],
  );
  return (
    <>
      <Polyline
        ref={ref}
        positions={line.path}
        className="map-travel"
        interactive={false}
        pathOptions={LINE_STYLE}
      />
      <Marker
        ref={arrowRef}
        position={line.arrow.at}
        icon={arrow}
        interactive={false}
        keyboard={false}
        zIndexOffset={-20000}
      />
    </>
  );
}

export const TravelLinesLayer = memo(TravelLinesLayerImpl);

function TravelLinesLayerImpl({
  lines,
  highlight,
}: {
  lines: readonly TravelLine[];
  highlight: ReadonlySet<string>;
}) {
  return (
    <>
      {lines.map((line, slot) => (
        <TravelLineView
          // By slot, not route: a filter change usually changes most of the busiest routes, and
          // moving a line (new points, arrow turned) costs far less than removing one SVG path and
          // adding another. The lines are neither focusable nor interactive, so nothing else is kept.
          key={slot}
          line={line}
          highlighted={line.eventIds.some((id) => highlight.has(id))}
        />
      ))}
    </>
  );
}

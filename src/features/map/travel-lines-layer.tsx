/** Travel routes (origin → place) as arcs with a direction arrow; the hovered/selected visit is emphasised. */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Polyline } from 'react-leaflet';
import type { Marker as LeafletMarker, Polyline as LeafletPolyline } from 'leaflet';
import type { TravelLine } from './travel-lines';
import { createArrowIcon } from './place-icon';

// className and interactive are creation options (setStyle ignores them), so they are props.
const LINE_STYLE = { weight: 2.5, dashArray: '6 5' };

function TravelLineView({ line, highlighted }: { line: TravelLine; highlighted: boolean }) {
  const ref = useRef<LeafletPolyline>(null);
  const arrow = useMemo(() => createArrowIcon(line.arrow.angle), [line.arrow.angle]);
  const arrowRef = useRef<LeafletMarker>(null);
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
      {lines.map((line) => (
        <TravelLineView
          key={line.id}
          line={line}
          highlighted={line.eventIds.some((id) => highlight.has(id))}
        />
      ))}
    </>
  );
}

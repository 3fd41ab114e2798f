/** Travel routes (origin → place) as arcs with a direction arrow; the hovered/selected visit is emphasised. */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Marker, Polyline } from 'react-leaflet';
import type { Marker as LeafletMarker, Polyline as LeafletPolyline } from 'leaflet';
import type { TravelLine } from './travel-lines';
import { retainItems, type RetainedItems } from './clusters';
import { createArrowIcon, setMarkerHidden, setVisibility, updateArrowIcon } from './place-icon';

// className and interactive are creation options (setStyle ignores them), so they are props.
const LINE_STYLE = { weight: 2.5, dashArray: '6 5' };
/** Routes kept hidden after a filter change drops them (see `retainItems`). */
const RETAINED = 60;

interface TravelLineViewProps {
  line: TravelLine;
  highlighted: boolean;
  /** Dropped by a filter change: kept hidden, to be shown again rather than rebuilt. */
  hidden: boolean;
}

/**
 * Rendered again only when it changes: a hidden line not until it is shown, a shown one when its
 * arc (computed once per route, see travel-lines.ts) or its highlight changes.
 */
const TravelLineView = memo(
  TravelLineViewImpl,
  (a, b) =>
    (a.hidden && b.hidden) ||
    (a.hidden === b.hidden &&
      a.highlighted === b.highlighted &&
      a.line.path === b.line.path &&
      a.line.arrow === b.line.arrow),
);

function TravelLineViewImpl({ line, highlighted, hidden }: TravelLineViewProps) {
  const ref = useRef<LeafletPolyline>(null);
  const arrowRef = useRef<LeafletMarker>(null);
  // One arrow per route, turned in place (a new icon would make Leaflet rebuild its element).
  const [arrow] = useState(() => createArrowIcon(line.arrow.angle));
  useLayoutEffect(
    function turnArrow() {
      updateArrowIcon(arrow, line.arrow.angle);
    },
    [arrow, line.arrow.angle],
  );
  useLayoutEffect(
    function hideWhenDropped() {
      const el = ref.current?.getElement() as SVGElement | undefined;
      if (el) setVisibility(el, hidden);
      setMarkerHidden(arrowRef.current, hidden);
    },
    [hidden],
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

const lineKey = (line: TravelLine) => line.id;

function TravelLinesLayerImpl({
  lines,
  highlight,
}: {
  lines: readonly TravelLine[];
  highlight: ReadonlySet<string>;
}) {
  // By route: a route still drawn after a filter change keeps its path and arrow untouched, and a
  // dropped one is hidden, so toggling a filter back shows it again instead of building it anew.
  const retained = useRef<RetainedItems<TravelLine>>(undefined);
  const kept = useMemo(() => retainItems(lines, lineKey, retained.current, RETAINED), [lines]);
  useLayoutEffect(() => {
    retained.current = kept;
  }, [kept]);
  // One array: React keeps a component (and its path) only while its key stays in one list.
  return [
    ...lines.map((line) => (
      <TravelLineView
        key={line.id}
        line={line}
        highlighted={line.eventIds.some((id) => highlight.has(id))}
        hidden={false}
      />
    )),
    ...[...kept.hidden.values()].map((line) => (
      <TravelLineView key={line.id} line={line} highlighted={false} hidden />
    )),
  ];
}

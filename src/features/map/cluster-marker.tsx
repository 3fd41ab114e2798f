/** A cluster of places: shows its event count; click/Enter zooms in until it falls apart. */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Marker, useMap } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { ClusterItem } from './clusters';
import { applyZIndexOffset, createClusterIcon, setMarkerHidden, updateClusterIcon } from './place-icon';

interface ClusterMarkerViewProps {
  item: ClusterItem;
  radius: number;
  expansionZoom(clusterId: number): number | undefined;
  /** Gone from the view after a filter change: kept hidden, to be shown again rather than rebuilt. */
  hidden?: boolean;
}

/** A hidden cluster is not rendered again until it is shown (see `retainItems` in clusters.ts). */
export const ClusterMarkerView = memo(ClusterMarkerViewImpl, (a, b) => !!a.hidden && !!b.hidden);

function ClusterMarkerViewImpl({ item, radius, expansionZoom, hidden = false }: ClusterMarkerViewProps) {
  const map = useMap();
  const position = useMemo(() => [item.lat, item.lon] as [number, number], [item.lat, item.lon]);
  const ref = useRef<LeafletMarker>(null);
  // Updated in place, not replaced: see PlaceMarkerView.
  const [icon] = useState(() => createClusterIcon(item.places, item.events, radius));
  useLayoutEffect(
    function updateIconInPlace() {
      if (hidden) return;
      updateClusterIcon(icon, item.places, item.events, radius, ref.current?.getElement());
      // Bigger clusters above smaller ones. Only the z-index is written (not the transform too, as
      // a changing `zIndexOffset` prop would make react-leaflet do through Leaflet's update()).
      if (ref.current) applyZIndexOffset(ref.current, item.events);
    },
    [icon, item.places, item.events, radius, hidden],
  );
  useLayoutEffect(() => setMarkerHidden(ref.current, hidden), [hidden]);
  const [initialZ] = useState(item.events);
  // Stable handlers reading the latest cluster: its id changes whenever a filter builds another
  // index, and rebinding every cluster's listeners on each filter change is wasted work.
  const latest = useRef({ clusterId: item.clusterId, position, expansionZoom });
  useLayoutEffect(() => {
    latest.current = { clusterId: item.clusterId, position, expansionZoom };
  });
  const handlers = useMemo(() => {
    const zoomIn = () => {
      const { clusterId, position: at, expansionZoom: zoomOf } = latest.current;
      const target = Math.max(map.getZoom() + 1, zoomOf(clusterId) ?? 0);
      map.setView(at, Math.min(target, map.getMaxZoom()));
    };
    return {
      click: zoomIn,
      keypress: (e: LeafletKeyboardEvent) => {
        if (e.originalEvent.key === 'Enter') zoomIn();
      },
    };
  }, [map]);
  return (
    <Marker ref={ref} position={position} icon={icon} eventHandlers={handlers} zIndexOffset={initialZ} />
  );
}

/** A cluster of places: shows its event count; click/Enter zooms in until it falls apart. */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Marker, useMap } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { ClusterItem } from './clusters';
import { createClusterIcon, updateClusterIcon } from './place-icon';

export function ClusterMarkerView({
  item,
  radius,
  expansionZoom,
}: {
  item: ClusterItem;
  radius: number;
  expansionZoom(clusterId: number): number | undefined;
}) {
  const map = useMap();
  const position = useMemo(() => [item.lat, item.lon] as [number, number], [item.lat, item.lon]);
  const ref = useRef<LeafletMarker>(null);
  // Updated in place, not replaced: see PlaceMarkerView.
  const [icon] = useState(() => createClusterIcon(item.places, item.events, radius));
  useLayoutEffect(
    function updateIconInPlace() {
      updateClusterIcon(icon, item.places, item.events, radius, ref.current?.getElement());
    },
    [icon, item.places, item.events, radius],
  );
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
    <Marker ref={ref} position={position} icon={icon} eventHandlers={handlers} zIndexOffset={item.events} />
  );
}

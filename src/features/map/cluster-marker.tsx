/**
 * A cluster of places: shows its event count; click/Enter zooms in until it falls apart.
 *
 * The component only creates the Leaflet marker (in render order, so the tab order follows the
 * items as before) and removes it; it is never rendered again. A filter toggle changes the count
 * and size of nearly every cluster in view (60 at 10,000 events): `updateDrawnClusters`
 * writes them into the markers in one loop instead of re-rendering a component and its
 * react-leaflet `<Marker>` per cluster.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Marker } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { ClusterItem } from './clusters';
import type { DrawnClusters } from './drawn-clusters';
import { createClusterIcon } from './place-icon';

interface ClusterMarkerViewProps {
  /** The cluster at creation; later counts, sizes and positions come from `updateDrawnClusters`. */
  item: ClusterItem;
  /** Its key (`itemKey`): the marker is registered under it in `drawn`. */
  id: string;
  radius: number;
  /** Shared with the layer that updates the markers (stable). */
  drawn: DrawnClusters;
  /** Zooms in on the cluster drawn under this key now (stable). */
  zoomIn(id: string): void;
}

export const ClusterMarkerView = memo(ClusterMarkerViewImpl, () => true);

function ClusterMarkerViewImpl({ item, id, radius, drawn, zoomIn }: ClusterMarkerViewProps) {
  const ref = useRef<LeafletMarker>(null);
  // Read once: the marker is created from them and then updated in place (see drawn-clusters.ts).
  const [initial] = useState(() => ({
    icon: createClusterIcon(item.places, item.events, radius),
    position: [item.lat, item.lon] as [number, number],
    // Bigger clusters above smaller ones: placed with it, later written alone (applyZIndexOffset).
    zIndexOffset: item.events,
  }));
  useLayoutEffect(
    function register() {
      const marker = ref.current;
      if (!marker) return;
      drawn.set(id, { marker, icon: initial.icon });
      return () => {
        if (drawn.get(id)?.marker === marker) drawn.delete(id);
      };
    },
    [drawn, id, initial],
  );
  const handlers = useMemo(
    () => ({
      click: () => zoomIn(id),
      keypress: (e: LeafletKeyboardEvent) => {
        if (e.originalEvent.key === 'Enter') zoomIn(id);
      },
    }),
    [zoomIn, id],
  );
  return (
    <Marker
      ref={ref}
      position={initial.position}
      icon={initial.icon}
      eventHandlers={handlers}
      zIndexOffset={initial.zIndexOffset}
    />
  );
}

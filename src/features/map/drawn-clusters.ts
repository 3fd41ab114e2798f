/**
 * The cluster markers on the map, by item key, and the one loop that brings them up to date
 * after a filter change or a move: counts, sizes, names, stacking, position and visibility are
 * written into the existing Leaflet markers and their elements (only what changed), with no
 * component rendered again (see cluster-marker.tsx).
 */
import type L from 'leaflet';
import type { MapItem } from './clusters';
import { applyZIndexOffset, setMarkerHidden, updateClusterIcon } from './place-icon';

export interface DrawnCluster {
  marker: L.Marker;
  icon: L.DivIcon;
}

/** Filled by each cluster marker as it is created, emptied as it is removed. */
export type DrawnClusters = Map<string, DrawnCluster>;

/**
 * Updates the drawn clusters: those in `shown` are shown with their current count, size
 * (`radiusOf` their events) and position, those in `hidden` (kept for later, see `retainItems`)
 * are hidden and keep what they showed until shown again. Items that are places are skipped.
 */
export function updateDrawnClusters(
  drawn: DrawnClusters,
  shown: ReadonlyMap<string, MapItem>,
  hidden: ReadonlyMap<string, MapItem>,
  radiusOf: (events: number) => number,
): void {
  for (const [key, item] of shown) {
    const d = item.type === 'cluster' ? drawn.get(key) : undefined;
    if (!d || item.type !== 'cluster') continue;
    const { marker, icon } = d;
    const el = marker.getElement();
    setMarkerHidden(marker, false);
    updateClusterIcon(icon, item.places, item.events, radiusOf(item.events), el);
    const at = marker.getLatLng();
    if (at.lat !== item.lat || at.lng !== item.lon) marker.setLatLng([item.lat, item.lon]);
    // Bigger clusters above smaller ones. Only the z-index is written (Leaflet's
    // setZIndexOffset would rewrite the unchanged transform too).
    applyZIndexOffset(marker, item.events);
  }
  for (const [key, item] of hidden) {
    const d = item.type === 'cluster' ? drawn.get(key) : undefined;
    if (d) setMarkerHidden(d.marker, true);
  }
}

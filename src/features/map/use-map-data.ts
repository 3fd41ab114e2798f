/** Everything the map draws, derived (memoized) from the dataset and the filtered events. */
import { useMemo } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import { indexDataset } from '../../lib/dataset-index';
import { deriveChoroplethClasses, deriveCountryMentions } from './choropleth';
import { buildPlaceLayer, type ClusterCache } from './clusters';
import { deriveMapLayersOnce, indexMap, routesOfEvents, type MapIndex } from './map-index';
import { deriveRadiusScale, placeOfEvent } from './markers';
import { deriveTravelLines } from './travel-lines';

/** Cluster indexes per dataset (immutable once built, so map views may share them). */
const clusterCaches = new WeakMap<MapIndex, ClusterCache>();

export function useMapData(dataset: Dataset, events: NewsEvent[], selectedId?: string, hoveredId?: string) {
  const index = indexDataset(dataset);
  const mapIndex = indexMap(dataset);
  // One pass over the filtered events gives the markers, the routes and the fit bounds.
  const derived = useMemo(() => deriveMapLayersOnce(mapIndex, events), [mapIndex, events]);
  const { markers, bounds } = derived;
  const layer = useMemo(() => {
    let cache = clusterCaches.get(mapIndex);
    if (!cache) clusterCaches.set(mapIndex, (cache = new Map()));
    return buildPlaceLayer(markers, undefined, cache);
  }, [mapIndex, markers]);
  const radius = useMemo(() => deriveRadiusScale(markers), [markers]);
  const mentions = useMemo(() => deriveCountryMentions(dataset.places), [dataset]);
  const classes = useMemo(() => deriveChoroplethClasses(Math.max(0, ...mentions.values())), [mentions]);

  const topLines = useMemo(() => deriveTravelLines(derived.routes), [derived]);
  const highlight = useMemo(
    () => new Set([selectedId, hoveredId].filter((x): x is string => !!x)),
    [selectedId, hoveredId],
  );
  // The hovered/selected visit is drawn even when it is not among the busiest routes.
  const lines = useMemo(() => {
    if (highlight.size === 0 || topLines.some((l) => l.eventIds.some((id) => highlight.has(id))))
      return topLines;
    const shown = new Set(topLines.map((l) => l.id));
    const extra = deriveTravelLines(
      routesOfEvents(mapIndex, derived, highlight).filter((r) => !shown.has(r.id)),
      { limit: 0, keep: highlight },
    );
    return extra.length ? [...topLines, ...extra] : topLines;
  }, [mapIndex, derived, topLines, highlight]);

  return {
    index,
    markers,
    layer,
    radius,
    mentions,
    classes,
    lines,
    highlight,
    bounds,
    hoveredPlace: placeOfEvent(index.events, hoveredId),
    selectedPlace: placeOfEvent(index.events, selectedId),
  };
}

/** Everything the map draws, derived (memoized) from the dataset and the filtered events. */
import { useMemo } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import { indexDataset } from '../../lib/dataset-index';
import { deriveChoroplethClasses, deriveCountryMentions } from './choropleth';
import { buildPlaceLayer, type PlaceLayer } from './clusters';
import { deriveMapLayers, indexMap, routesOfEvents, type MapIndex } from './map-index';
import { deriveRadiusScale, placeOfEvent } from './markers';
import { deriveTravelLines } from './travel-lines';

/** The last place layer built per dataset (its cluster index is immutable, so it can be shared). */
const lastLayers = new WeakMap<MapIndex, PlaceLayer>();

export function useMapData(dataset: Dataset, events: NewsEvent[], selectedId?: string, hoveredId?: string) {
  const index = indexDataset(dataset);
  const mapIndex = indexMap(dataset);
  // One pass over the filtered events gives the markers, the routes and the fit bounds.
  const derived = useMemo(() => deriveMapLayers(mapIndex, events), [mapIndex, events]);
  const { markers, bounds } = derived;
  const layer = useMemo(() => {
    // The cluster index is kept across filter changes that leave the same places with events.
    const built = buildPlaceLayer(markers, undefined, lastLayers.get(mapIndex));
    lastLayers.set(mapIndex, built);
    return built;
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

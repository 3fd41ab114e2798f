/** Everything the map draws, derived (memoized) from the dataset and the filtered events. */
import { useMemo } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import { indexDataset } from '../../lib/dataset-index';
import { deriveChoroplethClasses, deriveCountryMentions } from './choropleth';
import { buildPlaceLayer } from './clusters';
import { derivePlaceMarkers, deriveFitBounds, deriveRadiusScale, placeOfEvent } from './markers';
import { deriveTravelLines, groupRoutes } from './travel-lines';

export function useMapData(dataset: Dataset, events: NewsEvent[], selectedId?: string, hoveredId?: string) {
  const index = indexDataset(dataset);
  const markers = useMemo(() => derivePlaceMarkers(index.places, events), [index, events]);
  const layer = useMemo(() => buildPlaceLayer(markers), [markers]);
  const radius = useMemo(() => deriveRadiusScale(markers), [markers]);
  const mentions = useMemo(() => deriveCountryMentions(dataset.places), [dataset]);
  const classes = useMemo(() => deriveChoroplethClasses(Math.max(0, ...mentions.values())), [mentions]);

  const routes = useMemo(() => groupRoutes(index.places, events), [index, events]);
  const topLines = useMemo(() => deriveTravelLines(routes), [routes]);
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
      routes.filter((r) => !shown.has(r.id)),
      { limit: 0, keep: highlight },
    );
    return extra.length ? [...topLines, ...extra] : topLines;
  }, [routes, topLines, highlight]);

  // Fit to the event places only (see deriveFitBounds): hovering or travel arcs never refit.
  const bounds = useMemo(() => deriveFitBounds(index.places, events), [index, events]);

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

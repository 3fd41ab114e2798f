/**
 * Explorer → feature props, so every composition (the dashboard and each
 * embed panel) wires the timeline, the map and the details the same way.
 */
import type { Explorer } from './use-explorer';
import type { TimelineProps } from '../features/timeline/timeline';
import type { MapViewProps } from '../features/map/map-view';

export function deriveTimelineProps(x: Explorer, controls = true): TimelineProps {
  const { state, update } = x;
  return {
    dataset: x.dataset,
    events: x.events,
    selectedId: state.selected,
    hoveredId: x.hoveredId,
    onSelect: x.select,
    onHover: x.setHovered,
    range: state.range,
    // Zoom and pan are continuous: replace the history entry instead of piling them up.
    onRangeChange: (range) => update((s) => ({ ...s, range }), { replace: true }),
    lanes: state.lanes,
    onLanesChange: (lanes) => update((s) => ({ ...s, lanes })),
    dateFilter: { from: state.filters.from, to: state.filters.to },
    onDateFilterChange: (from, to) => update((s) => ({ ...s, filters: { ...s.filters, from, to } })),
    controls,
  };
}

export function deriveMapProps(x: Explorer, controls = true): MapViewProps {
  const { state, update } = x;
  return {
    dataset: x.dataset,
    events: x.events,
    selectedId: state.selected,
    hoveredId: x.hoveredId,
    onSelect: x.select,
    onHover: x.setHovered,
    activePlaces: state.filters.places,
    onPlaceToggle: (id) => x.toggleFilter('places', id),
    view: state.map,
    onViewChange: (map) => update((s) => ({ ...s, map }), { replace: true }),
    tileUrl: state.tiles ?? import.meta.env.VITE_TILE_URL,
    controls,
  };
}

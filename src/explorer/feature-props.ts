/**
 * Explorer → feature props, so every composition (the dashboard and each
 * embed panel) wires the timeline and the map the same way. Every callback is
 * stable (from useExplorer), so the memoized panels re-render only when their
 * data changes.
 */
import type { Explorer } from './use-explorer';
import type { TimelineProps } from '../features/timeline/timeline';
import type { MapViewProps } from '../features/map/map-view';

/** What every linked panel shares: the data, the selection and hover, and how to change them. */
function linkedProps(x: Explorer) {
  return {
    dataset: x.dataset,
    events: x.events,
    selectedId: x.state.selected,
    hoveredId: x.hoveredId,
    onSelect: x.select,
    onHover: x.setHovered,
  };
}

export function deriveTimelineProps(x: Explorer, controls = true): TimelineProps {
  const { state } = x;
  return {
    ...linkedProps(x),
    range: state.range,
    onRangeChange: x.setRange,
    lanes: state.lanes,
    onLanesChange: x.setLanes,
    dateFilter: { from: state.filters.from, to: state.filters.to },
    onDateFilterChange: x.setDateFilter,
    controls,
  };
}

export function deriveMapProps(x: Explorer, controls = true): MapViewProps {
  const { state } = x;
  return {
    ...linkedProps(x),
    activePlaces: state.filters.places,
    onPlaceToggle: x.togglePlace,
    view: state.map,
    onViewChange: x.setMapView,
    tileUrl: state.tiles ?? import.meta.env.VITE_TILE_URL,
    controls,
  };
}

/**
 * Explorer → feature props, shared by the panels that show a timeline or a
 * map (alone or together), so each feature is wired once, as the dashboard does.
 */
import type { Explorer } from '../explorer/use-explorer';
import type { TimelineProps } from '../features/timeline/timeline';
import type { MapViewProps } from '../features/map/map-view';
import type { EmbedOptions } from './embed-options';

export interface PanelProps {
  x: Explorer;
  options: EmbedOptions;
}

export function deriveTimelineProps(x: Explorer, controls: boolean): TimelineProps {
  const { state, update } = x;
  return {
    dataset: x.dataset,
    events: x.events,
    selectedId: state.selected,
    hoveredId: x.hoveredId,
    onSelect: x.select,
    onHover: x.setHovered,
    range: state.range,
    onRangeChange: (range) => update((s) => ({ ...s, range }), { replace: true }),
    lanes: state.lanes,
    onLanesChange: (lanes) => update((s) => ({ ...s, lanes })),
    dateFilter: { from: state.filters.from, to: state.filters.to },
    onDateFilterChange: (from, to) => update((s) => ({ ...s, filters: { ...s.filters, from, to } })),
    controls,
  };
}

export function deriveMapProps(x: Explorer, controls: boolean): MapViewProps {
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

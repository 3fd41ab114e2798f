// SKELETON: the map engineer replaces this.
import type { Dataset, NewsEvent } from '../../data/schema';
import type { MapView as MapViewState } from '../../state/view-state';

export interface MapViewProps {
  dataset: Dataset;
  events: NewsEvent[];
  selectedId?: string;
  hoveredId?: string;
  onSelect(id: string | undefined): void;
  onHover(id: string | undefined): void;
  activePlaces: string[];
  onPlaceToggle(placeId: string): void;
  view?: MapViewState;
  onViewChange(view: MapViewState | undefined): void;
  tileUrl?: string;
  controls?: boolean;
}
export function MapView({ events }: MapViewProps) {
  return <p>{events.length} events on the map.</p>;
}

import { MapView } from '../../features/map/map-view';
import { deriveMapProps, type PanelProps } from '../panel-props';

export function MapPanel({ x, options }: PanelProps) {
  return (
    <section aria-label="Map" className="embed-panel embed-map">
      <MapView {...deriveMapProps(x, options.controls)} />
    </section>
  );
}

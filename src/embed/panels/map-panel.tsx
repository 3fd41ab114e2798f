import { MapView } from '../../features/map/map-view';
import { deriveMapProps, type PanelProps } from '../panel-props';
import { MapQueries } from './map-queries';

export function MapPanel({ x, options }: PanelProps) {
  return (
    <section aria-label="Map" className="embed-panel embed-map">
      <MapQueries>
        <MapView {...deriveMapProps(x, options.controls)} />
      </MapQueries>
    </section>
  );
}

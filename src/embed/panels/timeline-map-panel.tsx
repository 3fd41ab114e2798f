import { MapView } from '../../features/map/map-view';
import { Timeline } from '../../features/timeline/timeline';
import { deriveMapProps, deriveTimelineProps, type PanelProps } from '../panel-props';
import { MapQueries } from './map-queries';

/** Compact combination: side by side when the iframe is wide, stacked when narrow. */
export function TimelineMapPanel({ x, options }: PanelProps) {
  return (
    <div className="embed-timeline-map">
      <section aria-label="Timeline" className="embed-panel embed-timeline">
        <Timeline {...deriveTimelineProps(x, options.controls)} />
      </section>
      <section aria-label="Map" className="embed-panel embed-map">
        <MapQueries>
          <MapView {...deriveMapProps(x, options.controls)} />
        </MapQueries>
      </section>
    </div>
  );
}

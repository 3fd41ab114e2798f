/** Legend: the country shading ramp (with its counts as text) and what a circle means. */
import type { ChoroplethClass } from './choropleth';

export function MapLegend({ classes, id }: { classes: readonly ChoroplethClass[]; id: string }) {
  return (
    <div className="map-legend" role="group" aria-labelledby={id}>
      <p className="map-legend-title" id={id}>
        Sentences mentioning a country
      </p>
      <ul className="map-legend-ramp">
        <li>
          <span className="map-swatch m-0" aria-hidden="true" />
          none
        </li>
        {classes.map((c) => (
          <li key={c.level}>
            <span className={`map-swatch m-${c.level}`} aria-hidden="true" />
            {c.label}
          </li>
        ))}
      </ul>
      <p className="map-legend-note">
        <span className="map-swatch-dot" aria-hidden="true" /> circle area: events at a place
      </p>
    </div>
  );
}

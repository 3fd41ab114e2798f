/** Countries (shaded by mentions), coasts and borders, in a pane below the travel lines and markers. */
import { memo, useEffect, useMemo, useState } from 'react';
import { GeoJSON, Pane, useMap, useMapEvents } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import type { Feature } from 'geojson';
import { basemapResolutionFor, type CountryProps } from './basemap';
import { classifyCount, type ChoroplethClass } from './choropleth';
import { useAfterFirstFrame } from './use-after-first-frame';
import { useBasemap } from './use-basemap';

const ATTRIBUTION = 'Countries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
const COAST_STYLE: PathOptions = { className: 'map-coast', fill: false, weight: 0.8, interactive: false };
const BORDER_STYLE: PathOptions = { className: 'map-border', fill: false, weight: 0.6, interactive: false };

export interface BasemapLayerProps {
  mentions: ReadonlyMap<string, number>;
  classes: readonly ChoroplethClass[];
  onError(message: string | undefined): void;
}

/** Memoized: a map move that rewrites the URL re-renders the map view, not the countries. */
export const BasemapLayer = memo(BasemapLayerImpl);

function BasemapLayerImpl({ mentions, classes, onError }: BasemapLayerProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  const handlers = useMemo(() => ({ zoomend: () => setZoom(map.getZoom()) }), [map]);
  useMapEvents(handlers);
  const query = useBasemap(basemapResolutionFor(zoom));
  const message = query.isError && !query.data ? query.error.message : undefined;
  useEffect(
    function reportBasemapError() {
      onError(message);
    },
    [message, onError],
  );

  // Path classes are fixed when Leaflet creates a layer, so the style is keyed into the layer's key.
  const countryStyle = useMemo(
    () => (feature?: Feature) => {
      const props = feature?.properties as CountryProps | undefined;
      const level = classifyCount(classes, props?.alpha2 ? mentions.get(props.alpha2) : undefined);
      return { className: `map-country m-${level}`, stroke: false, fillOpacity: 1, interactive: false };
    },
    [mentions, classes],
  );
  const afterFirstFrame = useAfterFirstFrame();
  const basemap = afterFirstFrame ? query.data : undefined;
  const shown = basemap !== undefined;
  useEffect(
    function attributeOnce() {
      // Not a layer option: GeoJSON copies its options to every country, and each one added would
      // rewrite the attribution control's HTML (hundreds of times per basemap, e.g. at zoom 4).
      if (!shown) return;
      map.attributionControl?.addAttribution(ATTRIBUTION);
      return () => void map.attributionControl?.removeAttribution(ATTRIBUTION);
    },
    [map, shown],
  );
  if (!basemap) return null;
  const key = `${basemap.resolution}:${classes.map((c) => c.max).join(',')}:${mentions.size}`;
  return (
    <Pane name="basemap" style={{ zIndex: 250 }}>
      <GeoJSON key={`countries-${key}`} data={basemap.countries} style={countryStyle} interactive={false} />
      <GeoJSON
        key={`coasts-${basemap.resolution}`}
        data={basemap.coasts}
        style={COAST_STYLE}
        interactive={false}
      />
      <GeoJSON
        key={`borders-${basemap.resolution}`}
        data={basemap.borders}
        style={BORDER_STYLE}
        interactive={false}
      />
    </Pane>
  );
}

/**
 * The map panel: offline Natural Earth basemap shaded by country mentions, a
 * marker per place with filtered events (clustered when there are many),
 * travel lines for visits, and two-way linking with the other panels by event id.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import { memo, useCallback, useId, useState } from 'react';
import { MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import type { Dataset, NewsEvent } from '../../data/schema';
import type { MapView as MapViewState } from '../../state/view-state';
import { BasemapLayer } from './basemap-layer';
import { MapA11y } from './map-a11y';
import { MapLegend } from './map-legend';
import { MapSummary } from './map-summary';
import { PlacesLayer } from './places-layer';
import { parseTileUrl, tileAttribution } from './tiles';
import { TravelLinesLayer } from './travel-lines-layer';
import { useLaidOut } from './use-laid-out';
import { useMapData } from './use-map-data';

export { prefetchBasemap } from './use-basemap';
import { FIT_OPTIONS, ViewSync } from './view-sync';
import { MAX_ZOOM, MIN_ZOOM } from './view';

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

const WORLD_CENTER: [number, number] = [25, 15];
const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-85, -180],
  [85, 180],
];

/** Props are ids, arrays from the URL state and stable callbacks: a shallow compare skips renders. */
export const MapView = memo(MapViewImpl);

function MapViewImpl(props: MapViewProps) {
  const { dataset, events, selectedId, hoveredId, view, onViewChange, controls = true } = props;
  const data = useMapData(dataset, events, selectedId, hoveredId);
  const { index, markers, layer, radius, mentions, classes, lines, highlight, bounds } = data;
  const tiles = parseTileUrl(props.tileUrl);
  const [fitRequest, setFitRequest] = useState(0);
  const [basemapError, setBasemapError] = useState<string | undefined>();
  const onSelect = useCallback((id: string) => props.onSelect(id), [props.onSelect]); // eslint-disable-line react-hooks/exhaustive-deps
  const ids = { summary: useId(), legend: useId() };

  // MapContainer reads these once, at creation; ViewSync takes over afterwards.
  const [initial] = useState(() =>
    view
      ? { center: [view.lat, view.lon] as [number, number], zoom: view.zoom }
      : bounds
        ? { bounds, boundsOptions: FIT_OPTIONS }
        : { center: WORLD_CENTER, zoom: 1.5 },
  );
  const placesWithEvents = markers.filter((m) => !m.context).length;
  // Leaflet is created once the panel has been laid out (see useLaidOut).
  const [viewRef, laidOut] = useLaidOut<HTMLDivElement>();

  return (
    <div className={`map-view${tiles ? ' has-tiles' : ''}`} ref={viewRef}>
      {laidOut && (
        <MapContainer
          {...initial}
          className="map-canvas"
          zoomSnap={0.5}
          zoomDelta={1}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          zoomControl={false}
          maxBounds={WORLD_BOUNDS}
          maxBoundsViscosity={1}
        >
          <MapA11y
            label={`Map of event places: ${placesWithEvents} ${placesWithEvents === 1 ? 'place' : 'places'}`}
            describedBy={ids.summary}
          />
          {controls && <ZoomControl zoomInTitle="Zoom map in" zoomOutTitle="Zoom map out" />}
          {tiles && (
            <TileLayer
              url={tiles}
              attribution={tileAttribution(tiles, import.meta.env.VITE_TILE_ATTRIBUTION)}
            />
          )}
          <BasemapLayer mentions={mentions} classes={classes} onError={setBasemapError} />
          <TravelLinesLayer lines={lines} highlight={highlight} />
          <PlacesLayer
            layer={layer}
            radius={radius}
            events={index.events}
            hoveredPlace={data.hoveredPlace}
            selectedPlace={data.selectedPlace}
            activePlaces={props.activePlaces}
            onToggle={props.onPlaceToggle}
            onHover={props.onHover}
            onSelect={onSelect}
          />
          <ViewSync
            view={view}
            bounds={bounds}
            fitRequest={fitRequest}
            scope={dataset}
            onViewChange={onViewChange}
          />
        </MapContainer>
      )}
      {controls && (
        <button
          type="button"
          className="map-fit"
          disabled={!bounds}
          onClick={() => {
            onViewChange(undefined);
            setFitRequest((n) => n + 1);
          }}
        >
          Fit to events
        </button>
      )}
      {basemapError && (
        <p className="map-notice" role="status">
          {basemapError} Places are still shown.
        </p>
      )}
      <MapLegend classes={classes} id={ids.legend} />
      <MapSummary id={ids.summary} markers={markers} lines={lines} />
    </div>
  );
}

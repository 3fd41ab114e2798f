/**
 * The map panel: offline Natural Earth basemap shaded by country mentions, a
 * marker per place with filtered events (clustered when there are many),
 * travel lines for visits, and two-way linking with the other panels by event id.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useId, useMemo, useState } from 'react';
import { MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import type { Dataset, NewsEvent } from '../../data/schema';
import { indexDataset } from '../../lib/dataset-index';
import type { MapView as MapViewState } from '../../state/view-state';
import { BasemapLayer } from './basemap-layer';
import { deriveChoroplethClasses, deriveCountryMentions } from './choropleth';
import { buildPlaceLayer } from './clusters';
import { MapA11y } from './map-a11y';
import { MapLegend } from './map-legend';
import { MapSummary } from './map-summary';
import { derivePlaceMarkers, deriveFitBounds, deriveRadiusScale, placeOfEvent } from './markers';
import { PlacesLayer } from './places-layer';
import { parseTileUrl, tileAttribution } from './tiles';
import { TravelLinesLayer } from './travel-lines-layer';
import { deriveTravelLines } from './travel-lines';
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

export function MapView(props: MapViewProps) {
  const { dataset, events, selectedId, hoveredId, view, onViewChange, controls = true } = props;
  const index = indexDataset(dataset);
  const markers = useMemo(() => derivePlaceMarkers(index.places, events), [index, events]);
  const layer = useMemo(() => buildPlaceLayer(markers), [markers]);
  const radius = useMemo(() => deriveRadiusScale(markers), [markers]);
  const lines = useMemo(() => deriveTravelLines(index.places, events), [index, events]);
  const bounds = useMemo(
    () =>
      deriveFitBounds(
        index.places,
        events,
        lines.map((l) => l.path),
      ),
    [index, events, lines],
  );
  const mentions = useMemo(() => deriveCountryMentions(dataset.places), [dataset]);
  const classes = useMemo(() => deriveChoroplethClasses(Math.max(0, ...mentions.values())), [mentions]);
  const highlight = useMemo(
    () => new Set([selectedId, hoveredId].filter((x): x is string => !!x)),
    [selectedId, hoveredId],
  );
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

  return (
    <div className={`map-view${tiles ? ' has-tiles' : ''}`}>
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
          hoveredPlace={placeOfEvent(index.events, hoveredId)}
          selectedPlace={placeOfEvent(index.events, selectedId)}
          activePlaces={props.activePlaces}
          onToggle={props.onPlaceToggle}
          onHover={props.onHover}
          onSelect={onSelect}
        />
        <ViewSync view={view} bounds={bounds} fitRequest={fitRequest} onViewChange={onViewChange} />
      </MapContainer>
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

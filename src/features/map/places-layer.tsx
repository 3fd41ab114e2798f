/**
 * The markers in view: places (or clusters of them), with labels placed in
 * screen space so close places (Tokyo and Hiroshima) never overlap; recomputed
 * whenever the view settles (zoom or pan).
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { NewsEvent } from '../../data/schema';
import {
  clusterExpansionZoom,
  deriveVisibleItems,
  itemKey,
  retainItems,
  type BBox,
  type MapItem,
  type PlaceLayer,
  type RetainedItems,
} from './clusters';
import { placeLabels, type LabelItem } from './label-placement';
import { ClusterMarkerView } from './cluster-marker';
import { updateDrawnClusters, type DrawnClusters } from './drawn-clusters';
import { PlaceMarkerView } from './place-marker';
import { measureLabel } from './place-icon';
import { spreadMarkers, type SpreadRank } from './marker-spread';
import { basemapResolutionFor } from './basemap';
import { countryLookupOf } from './country-lookup';
import { useBasemap } from './use-basemap';

const LABEL_HEIGHT = 16;
const NO_OFFSET = { dx: 0, dy: 0 };
/** Markers kept hidden after they leave the view (see `retainItems`): a few filter toggles' worth. */
const RETAINED = 150;
const clusterRadius = (radius: (n: number) => number, events: number) =>
  Math.min(26, Math.max(14, radius(events)));

export interface PlacesLayerProps {
  layer: PlaceLayer;
  radius(count: number): number;
  events: ReadonlyMap<string, NewsEvent>;
  hoveredPlace?: string;
  selectedPlace?: string;
  activePlaces: readonly string[];
  onToggle(placeId: string): void;
  onHover(id: string | undefined): void;
  onSelect(id: string): void;
}

function readView(map: LeafletMap): { bbox: BBox; zoom: number; size: string } {
  const b = map.getBounds();
  const s = map.getSize();
  return {
    bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    zoom: map.getZoom(),
    size: `${s.x}x${s.y}`,
  };
}

/** Memoized: a map move that rewrites the URL re-renders the map view, not every marker. */
export const PlacesLayer = memo(PlacesLayerImpl);

function PlacesLayerImpl(props: PlacesLayerProps) {
  const { layer, radius, events, hoveredPlace, selectedPlace, activePlaces } = props;
  const map = useMap();
  const [view, setView] = useState(() => readView(map));
  const handlers = useMemo(
    () => ({ moveend: () => setView(readView(map)), resize: () => setView(readView(map)) }),
    [map],
  );
  useMapEvents(handlers);

  const items = useMemo(() => deriveVisibleItems(layer, view.bbox, view.zoom), [layer, view]);
  const retained = useRef<RetainedItems>(undefined);
  const kept = useMemo(() => retainItems(items, itemKey, retained.current, RETAINED), [items]);
  useLayoutEffect(() => {
    retained.current = kept;
  }, [kept]);
  // Cluster markers register here as they are created; this layer updates them in place.
  const [drawnClusters] = useState<DrawnClusters>(() => new Map());
  // After the markers' own layout effects (children first), so new ones are registered by then.
  useLayoutEffect(
    function updateClustersInPlace() {
      updateDrawnClusters(drawnClusters, kept.shown, kept.hidden, (events) => clusterRadius(radius, events));
    },
    [drawnClusters, kept, radius],
  );
  // The basemap query is shared with BasemapLayer (same key), so this fetches nothing more.
  const basemap = useBasemap(basemapResolutionFor(view.zoom)).data;
  const lookup = basemap ? countryLookupOf(basemap.countries) : undefined;
  // Read once per map: getComputedStyle inside a filter change would force a style recalculation.
  const font = useMemo(() => `600 12px ${getComputedStyle(map.getContainer()).fontFamily}`, [map]);
  const layout = useMemo(() => {
    const size = map.getSize();
    const places = items.flatMap((item) => (item.type === 'place' ? [item.marker] : []));
    const points = places.map((m) => {
      const p = map.latLngToContainerPoint([m.lat, m.lon]);
      return { m, x: p.x, y: p.y, r: radius(m.eventIds.length) };
    });
    const offsets = spreadMarkers(
      points.map(({ m, x, y, r }) => ({ id: m.placeId, x, y, r, movable: !m.context && m.kind !== 'city' })),
      40,
      lookup && rankSpot(map, lookup, new Map(places.map((m) => [m.placeId, m]))),
    );
    const labelItems: LabelItem[] = points.map(({ m, x, y, r }) => {
      const o = offsets.get(m.placeId)!;
      const emphasis = m.placeId === selectedPlace || m.placeId === hoveredPlace ? 1e9 : 0;
      return {
        id: m.placeId,
        x: x + o.dx,
        y: y + o.dy,
        r,
        width: measureLabel(m.name, font),
        height: LABEL_HEIGHT,
        // Places with events before context dots; bigger before smaller.
        priority: emphasis + (m.context ? 0 : 1e6) + m.eventIds.length,
      };
    });
    const obstacles = items.flatMap((item) => {
      if (item.type !== 'cluster') return [];
      const p = map.latLngToContainerPoint([item.lat, item.lon]);
      return [{ x: p.x, y: p.y, r: clusterRadius(radius, item.events) }];
    });
    const labels = placeLabels(labelItems, { bounds: { x0: 0, y0: 0, x1: size.x, y1: size.y }, obstacles });
    return { offsets, labels };
    // `items` is new after every zoom or pan, so screen positions are recomputed then.
  }, [items, map, font, radius, selectedPlace, hoveredPlace, lookup]);

  // Stable: reads the cluster drawn under a key now (its id changes whenever a filter builds
  // another index) and the layer it belongs to.
  const latestLayer = useRef(layer);
  useLayoutEffect(() => {
    latestLayer.current = layer;
  }, [layer]);
  const zoomIn = useCallback(
    (key: string) => {
      const item = retained.current?.shown.get(key);
      if (item?.type !== 'cluster') return;
      const target = Math.max(
        map.getZoom() + 1,
        clusterExpansionZoom(latestLayer.current, item.clusterId) ?? 0,
      );
      map.setView([item.lat, item.lon], Math.min(target, map.getMaxZoom()));
    },
    [map],
  );
  const renderItem = (item: MapItem, hidden: boolean) =>
    item.type === 'cluster' ? (
      <ClusterMarkerView
        key={itemKey(item)}
        id={itemKey(item)}
        item={item}
        radius={clusterRadius(radius, item.events)}
        drawn={drawnClusters}
        zoomIn={zoomIn}
      />
    ) : (
      <PlaceMarkerView
        // Leaflet fixes keyboard/interactive at creation: a place turning into a context dot is a new marker.
        key={itemKey(item)}
        marker={item.marker}
        radius={radius(item.marker.eventIds.length)}
        offset={(!hidden && layout.offsets.get(item.marker.placeId)) || NO_OFFSET}
        label={(!hidden && layout.labels.get(item.marker.placeId)) || null}
        hovered={!hidden && item.marker.placeId === hoveredPlace}
        selected={!hidden && item.marker.placeId === selectedPlace}
        active={!hidden && activePlaces.includes(item.marker.placeId)}
        events={events}
        onToggle={props.onToggle}
        onHover={props.onHover}
        onSelect={props.onSelect}
        hidden={hidden}
      />
    );
  // One array: React keeps a component (and its Leaflet marker) only while its key stays in one list.
  return [
    ...items.map((item) => renderItem(item, false)),
    ...[...kept.hidden.values()].map((item) => renderItem(item, true)),
  ];
}

/** A moved country marker is best over its own land, then over the sea, worst over a neighbour. */
function rankSpot(
  map: LeafletMap,
  lookup: (lon: number, lat: number) => number,
  markers: ReadonlyMap<string, { lat: number; lon: number }>,
): SpreadRank {
  // Each marker tries up to hundreds of spots; its own country is looked up once.
  const homes = new Map<string, number>();
  return (id, x, y) => {
    const m = markers.get(id);
    if (!m) return 0;
    let home = homes.get(id);
    if (home === undefined) homes.set(id, (home = lookup(m.lon, m.lat)));
    const at = map.containerPointToLatLng([x, y]);
    const here = lookup(at.lng, at.lat);
    return here === home ? 0 : here < 0 ? 1 : 2;
  };
}

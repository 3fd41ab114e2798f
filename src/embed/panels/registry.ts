/**
 * One lazy chunk per panel, so an embed downloads only what it shows: the
 * timeline embed never fetches Leaflet or the basemap, the map embed never
 * fetches the timeline code.
 */
import { lazy, type ComponentType } from 'react';
import { preloadMap } from '../../app/preload-map';
import type { Panel } from '../../state/embed-options';
import type { PanelProps } from '../panel-props';

type PanelModule = Promise<{ default: ComponentType<PanelProps> }>;

const LOADERS: Record<Panel, () => PanelModule> = {
  timeline: () => import('./timeline-panel').then((m) => ({ default: m.TimelinePanel })),
  map: () => import('./map-panel').then((m) => ({ default: m.MapPanel })),
  'timeline-map': () => import('./timeline-map-panel').then((m) => ({ default: m.TimelineMapPanel })),
  list: () => import('./list-panel').then((m) => ({ default: m.ListPanel })),
  filters: () => import('./filters-panel').then((m) => ({ default: m.FiltersPanel })),
  details: () => import('./details-panel').then((m) => ({ default: m.DetailsPanel })),
};

const loading = new Map<Panel, PanelModule>();

/** One request per panel: the preload at start-up and the lazy component share it. */
function load(panel: Panel): PanelModule {
  let pending = loading.get(panel);
  if (!pending) {
    pending = LOADERS[panel]();
    loading.set(panel, pending);
  }
  return pending;
}

export const PANEL_COMPONENTS: Record<Panel, ComponentType<PanelProps>> = {
  timeline: lazy(() => load('timeline')),
  map: lazy(() => load('map')),
  'timeline-map': lazy(() => load('timeline-map')),
  list: lazy(() => load('list')),
  filters: lazy(() => load('filters')),
  details: lazy(() => load('details')),
};

/**
 * Start downloading the panel's code (and the basemap, for map panels) while the dataset
 * downloads, instead of after it arrived. A failure is reported when the panel renders.
 */
export function preloadPanel(panel: Panel): void {
  load(panel).catch(() => undefined);
  if (panel === 'map' || panel === 'timeline-map') preloadMap();
}

/** Panels that get the compact toolbar (topic picker, count, active filters) when controls are on. */
export const HAS_TOOLBAR: Record<Panel, boolean> = {
  timeline: true,
  map: true,
  'timeline-map': true,
  list: true,
  filters: false,
  details: false,
};

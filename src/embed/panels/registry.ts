/**
 * One lazy chunk per panel, so an embed downloads only what it shows: the
 * timeline embed never fetches Leaflet or the basemap, the map embed never
 * fetches the timeline code.
 */
import { lazy, type ComponentType } from 'react';
import type { Panel } from '../../state/embed-options';
import type { PanelProps } from '../panel-props';

export const PANEL_COMPONENTS: Record<Panel, ComponentType<PanelProps>> = {
  timeline: lazy(() => import('./timeline-panel').then((m) => ({ default: m.TimelinePanel }))),
  map: lazy(() => import('./map-panel').then((m) => ({ default: m.MapPanel }))),
  'timeline-map': lazy(() => import('./timeline-map-panel').then((m) => ({ default: m.TimelineMapPanel }))),
  list: lazy(() => import('./list-panel').then((m) => ({ default: m.ListPanel }))),
  filters: lazy(() => import('./filters-panel').then((m) => ({ default: m.FiltersPanel }))),
  details: lazy(() => import('./details-panel').then((m) => ({ default: m.DetailsPanel }))),
};

/** Panels that get the compact toolbar (topic picker, count, active filters) when controls are on. */
export const HAS_TOOLBAR: Record<Panel, boolean> = {
  timeline: true,
  map: true,
  'timeline-map': true,
  list: true,
  filters: false,
  details: false,
};

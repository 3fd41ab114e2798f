/**
 * Wires URL state, filtering and hover linking for any composition of panels
 * (the dashboard and each embed), so they all behave the same way.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Dataset, NewsEvent } from '../data/schema';
// Modules, not the feature's index: the index re-exports the panel UI, which embeds without
// a filters panel must not download.
import { applyFilters, buildFilterIndex, type FilterIndex } from '../features/filters/apply-filters';
import { indexDataset } from '../lib/dataset-index';
import type { useViewState } from '../state/use-view-state';
import { useViewStore } from './use-memory-view-state';
import type { Filters, Lanes, MapView, ViewState } from '../state/view-state';

export type FilterKind = 'topics' | 'people' | 'places';

export interface Explorer {
  dataset: Dataset;
  index: FilterIndex;
  state: ViewState;
  update: ReturnType<typeof useViewState>[1];
  events: NewsEvent[];
  selectedEvent?: NewsEvent;
  hoveredId?: string;
  setHovered(id: string | undefined): void;
  select(id: string | undefined): void;
  setFilters(filters: Filters): void;
  /** Add an id to a facet (from details, reader or map); toggles it off when already there. */
  toggleFilter(kind: FilterKind, id: string): void;
  openReader(source: string, sentence?: string): void;
  closeReader(): void;
  /** Continuous changes (zoom, pan) replace the history entry instead of piling up. */
  setRange(range: [string, string] | undefined): void;
  setLanes(lanes: Lanes): void;
  setDateFilter(from: string | undefined, to: string | undefined): void;
  setMapView(map: MapView | undefined): void;
  togglePlace(id: string): void;
}

export interface ExplorerOptions {
  /**
   * false: keep the view state in memory, starting from the URL (embeds; an
   * iframe must not add entries to the host page's Back history). Default true.
   */
  history?: boolean;
}

export function useExplorer(dataset: Dataset, options: ExplorerOptions = {}): Explorer {
  const [state, update] = useViewStore(options.history === false ? 'memory' : 'url');
  const [hoveredId, setHovered] = useState<string | undefined>();
  const index = useMemo(() => buildFilterIndex(dataset), [dataset]);
  const events = useMemo(() => applyFilters(index, state.filters), [index, state.filters]);
  const selectedEvent = useMemo(
    () => (state.selected ? indexDataset(dataset).events.get(state.selected) : undefined),
    [dataset, state.selected],
  );

  const select = useCallback(
    (id: string | undefined) => update((s) => ({ ...s, selected: id, reader: undefined })),
    [update],
  );
  const setFilters = useCallback((filters: Filters) => update((s) => ({ ...s, filters })), [update]);
  const toggleFilter = useCallback(
    (kind: FilterKind, id: string) =>
      update((s) => {
        const current = s.filters[kind];
        const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
        return { ...s, filters: { ...s.filters, [kind]: next } };
      }),
    [update],
  );
  const openReader = useCallback(
    (source: string, sentence?: string) => update((s) => ({ ...s, reader: { source, sentence } })),
    [update],
  );
  const closeReader = useCallback(() => update((s) => ({ ...s, reader: undefined })), [update]);
  // Stable callbacks, so memoized panels skip renders caused by other panels' updates.
  const setRange = useCallback(
    (range: [string, string] | undefined) => update((s) => ({ ...s, range }), { replace: true }),
    [update],
  );
  const setLanes = useCallback((lanes: Lanes) => update((s) => ({ ...s, lanes })), [update]);
  const setDateFilter = useCallback(
    (from: string | undefined, to: string | undefined) =>
      update((s) => ({ ...s, filters: { ...s.filters, from, to } })),
    [update],
  );
  const setMapView = useCallback(
    (map: MapView | undefined) => update((s) => ({ ...s, map }), { replace: true }),
    [update],
  );
  const togglePlace = useCallback((id: string) => toggleFilter('places', id), [toggleFilter]);

  return {
    dataset,
    index,
    state,
    update,
    events,
    selectedEvent,
    hoveredId,
    setHovered,
    select,
    setFilters,
    toggleFilter,
    openReader,
    closeReader,
    setRange,
    setLanes,
    setDateFilter,
    setMapView,
    togglePlace,
  };
}

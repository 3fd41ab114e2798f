/**
 * Wires URL state, filtering and hover linking for any composition of panels
 * (the dashboard and each embed), so they all behave the same way.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Dataset, NewsEvent } from '../data/schema';
import { applyFilters, buildFilterIndex, type FilterIndex } from '../features/filters';
import { useViewState } from '../state/use-view-state';
import { useMemoryViewState } from './use-memory-view-state';
import type { Filters, ViewState } from '../state/view-state';

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
}

export interface ExplorerOptions {
  /**
   * false: keep the view state in memory, starting from the URL (embeds; an
   * iframe must not add entries to the host page's Back history). Default true.
   */
  history?: boolean;
}

export function useExplorer(dataset: Dataset, options: ExplorerOptions = {}): Explorer {
  // Both hooks run on every render (hook order); the option picks which one drives the state.
  const inUrl = useViewState();
  const inMemory = useMemoryViewState();
  const [state, update] = options.history === false ? inMemory : inUrl;
  const [hoveredId, setHovered] = useState<string | undefined>();
  const index = useMemo(() => buildFilterIndex(dataset), [dataset]);
  const events = useMemo(() => applyFilters(index, state.filters), [index, state.filters]);
  const selectedEvent = useMemo(
    () => (state.selected ? dataset.events.find((e) => e.id === state.selected) : undefined),
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
  };
}

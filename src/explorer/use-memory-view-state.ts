/**
 * The view state kept in memory instead of the URL, for embeds: an iframe that
 * pushes history entries hijacks the host page's Back button. It starts from
 * the page's URL and normalizes every update exactly as the URL store does
 * (same store, over a history that only exists in memory).
 */
import { useState, useSyncExternalStore } from 'react';
import {
  createViewStore,
  getViewStore,
  type HistoryHost,
  type UpdateOptions,
  type ViewUpdate,
} from '../state/view-store';
import type { ViewState } from '../state/view-state';

export function createMemoryHistory(search: string): HistoryHost {
  const location = { pathname: '/', search, hash: '' };
  const go = (_data: unknown, _unused: string, url: string) => {
    location.search = new URL(url, 'http://memory.invalid').search;
  };
  return {
    location,
    history: { pushState: go, replaceState: go },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
}

export function useMemoryViewState(
  search: string = window.location.search,
): [ViewState, (next: ViewUpdate, opts?: UpdateOptions) => void] {
  const [store] = useState(() => createViewStore(createMemoryHistory(search)));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return [state, store.update];
}

/**
 * The view state from the page's URL store ('url') or from a store of this
 * component's own over a memory history ('memory'): one store and one
 * subscription, rather than running both hooks and ignoring one. The kind
 * must not change over the component's life.
 */
export function useViewStore(
  kind: 'url' | 'memory',
): [ViewState, (next: ViewUpdate, opts?: UpdateOptions) => void] {
  const [store] = useState(() =>
    kind === 'memory' ? createViewStore(createMemoryHistory(window.location.search)) : getViewStore(),
  );
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return [state, store.update];
}

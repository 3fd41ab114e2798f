/**
 * A tiny external store over the browser URL, so every component (and every
 * embedded panel on the page) reads the same view state via
 * `useSyncExternalStore`. The URL stays the single source of truth: each
 * update is normalized through serialize → parse, so the state in memory is
 * exactly what a reload of the current URL would give.
 */
import { formatSearch, parseState, type ViewState } from './view-state';
import { shareStructure } from './share-structure';

/** The slice of `window` the store needs (a fake one in tests). */
export interface HistoryHost {
  location: { pathname: string; search: string; hash: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export type ViewUpdate = ViewState | ((s: ViewState) => ViewState);
export interface UpdateOptions {
  /** Replace the current history entry instead of pushing one (continuous changes: zoom, pan). */
  replace?: boolean;
}

export interface ViewStore {
  getSnapshot(): ViewState;
  subscribe(listener: () => void): () => void;
  update(next: ViewUpdate, opts?: UpdateOptions): void;
}

export function createViewStore(host: HistoryHost): ViewStore {
  let state = parseState(new URLSearchParams(host.location.search));
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());

  const onPopState = () => {
    const next = shareStructure(state, parseState(new URLSearchParams(host.location.search)));
    if (next === state) return;
    state = next;
    emit();
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      if (listeners.size === 0) host.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) host.removeEventListener('popstate', onPopState);
      };
    },
    update(next, opts) {
      const value = typeof next === 'function' ? next(state) : next;
      const { pathname, hash } = host.location;
      const search = host.location.search === '?' ? '' : host.location.search;
      const nextSearch = formatSearch(value, search);
      const normalized = shareStructure(state, parseState(new URLSearchParams(nextSearch)));
      // Never push the same URL twice: a no-op click must not add a Back step.
      if (nextSearch !== search) {
        const url = `${pathname}${nextSearch}${hash}`;
        if (opts?.replace) host.history.replaceState(null, '', url);
        else host.history.pushState(null, '', url);
      }
      if (normalized === state) return;
      state = normalized;
      emit();
    },
  };
}

let shared: ViewStore | undefined;

/** The one store for this page, created on first use. */
export function getViewStore(): ViewStore {
  shared ??= createViewStore(window);
  return shared;
}

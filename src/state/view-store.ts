/**
 * A tiny external store over the browser URL, so every component (and every
 * embedded panel on the page) reads the same view state via
 * `useSyncExternalStore`. The URL stays the single source of truth: each
 * update is normalized through serialize → parse, so the state in memory is
 * exactly what a reload of the current URL would give.
 *
 * The page's store writes the URL after the next paint: `history.pushState` costs 2-3 ms that
 * the frame showing a click's result need not wait for. The state (and every listener) changes
 * at once; only the address bar follows a frame later.
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
  /** Makes the history writes still waiting for `defer` now, in order. */
  flush(): void;
}

/**
 * `defer(run)`: when to make the history writes of an update (`run` writes every one waiting).
 * Without it they are made at once.
 */
export function createViewStore(host: HistoryHost, defer?: (run: () => void) => void): ViewStore {
  let state = parseState(new URLSearchParams(host.location.search));
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  // Writes not made yet, oldest first, and the search they leave the URL with.
  let waiting: { url: string; replace?: boolean }[] = [];
  let waitingSearch: string | undefined;

  const flush = () => {
    for (const { url, replace } of waiting)
      if (replace) host.history.replaceState(null, '', url);
      else host.history.pushState(null, '', url);
    waiting = [];
    waitingSearch = undefined;
  };

  const onPopState = () => {
    // The reader went Back or Forward before a waiting write was made: the URL they went to wins.
    waiting = [];
    waitingSearch = undefined;
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
    flush,
    update(next, opts) {
      const value = typeof next === 'function' ? next(state) : next;
      const { pathname, hash } = host.location;
      const search = waitingSearch ?? (host.location.search === '?' ? '' : host.location.search);
      const nextSearch = formatSearch(value, search);
      const normalized = shareStructure(state, parseState(new URLSearchParams(nextSearch)));
      // Never push the same URL twice: a no-op click must not add a Back step.
      if (nextSearch !== search) {
        const url = `${pathname}${nextSearch}${hash}`;
        const last = waiting.at(-1);
        // A replace rewrites the entry the write before it makes (a push stays a push).
        if (opts?.replace && last) last.url = url;
        else waiting.push({ url, replace: opts?.replace });
        waitingSearch = nextSearch;
        if (!defer) flush();
        else if (!last) defer(flush);
      }
      if (normalized === state) return;
      state = normalized;
      emit();
    },
  };
}

let shared: ViewStore | undefined;

/**
 * Runs `run` after the next paint: a task queued from an animation frame callback runs once that
 * frame is drawn. A hidden page draws no frames, hence the timer.
 */
function afterPaint(run: () => void) {
  const timer = setTimeout(run, 100);
  requestAnimationFrame(() => {
    clearTimeout(timer);
    setTimeout(run);
  });
}

/** The one store for this page, created on first use. */
export function getViewStore(): ViewStore {
  if (!shared) {
    const store = (shared = createViewStore(window, afterPaint));
    // Leaving the page (a link, a reload) must not lose the last step.
    addEventListener('pagehide', store.flush);
  }
  return shared;
}

/**
 * The view state held in the URL, shared by every component on the page.
 * User actions push a history entry (Back undoes them); pass `{ replace: true }`
 * for continuous changes such as zooming or panning. Back/Forward restore state.
 */
import { useSyncExternalStore } from 'react';
import { getViewStore, type UpdateOptions, type ViewUpdate } from './view-store';
import type { ViewState } from './view-state';

export function useViewState(): [ViewState, (next: ViewUpdate, opts?: UpdateOptions) => void] {
  const store = getViewStore();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return [state, store.update];
}

// SKELETON: the filters/state engineer replaces this with the full, tested implementation.
import type { EventKind, EventStatus } from '../data/schema';

export type Lanes = 'kind' | 'country';
export interface Filters {
  topics: string[];
  people: string[];
  places: string[];
  kinds: EventKind[];
  statuses: EventStatus[];
  sources: string[];
  from?: string;
  to?: string;
  q: string;
}
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}
export interface ViewState {
  filters: Filters;
  selected?: string;
  reader?: { source: string; sentence?: string };
  range?: [string, string];
  lanes: Lanes;
  map?: MapView;
  view: 'chart' | 'list';
  tiles?: string;
}
export const EMPTY_FILTERS: Filters = {
  topics: [],
  people: [],
  places: [],
  kinds: [],
  statuses: [],
  sources: [],
  q: '',
};
export const DEFAULT_STATE: ViewState = { filters: EMPTY_FILTERS, lanes: 'kind', view: 'chart' };
export function parseState(params: URLSearchParams): ViewState {
  const list = (k: string) => (params.get(k) ?? '').split(',').filter(Boolean);
  return {
    ...DEFAULT_STATE,
    filters: { ...EMPTY_FILTERS, topics: list('topics'), places: list('places'), q: params.get('q') ?? '' },
    selected: params.get('event') ?? undefined,
  };
}
export function serializeState(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.filters.topics.length) p.set('topics', state.filters.topics.join(','));
  if (state.filters.places.length) p.set('places', state.filters.places.join(','));
  if (state.filters.q) p.set('q', state.filters.q);
  if (state.selected) p.set('event', state.selected);
  return p;
}

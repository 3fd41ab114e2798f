/**
 * The explorer's view state and its URL form. The URL is the state: every
 * filter, the selection, the reader, the timeline window, the map view and
 * the chart/list switch can be shared as a link.
 *
 * `parseState` never throws: each parameter is parsed on its own and falls
 * back to its default when malformed. `serializeState` omits defaults and
 * writes parameters in one fixed order, so equal states give equal URLs.
 */
import type { EventKind, EventStatus } from '../data/schema';
import { EVENT_KINDS, EVENT_STATUSES } from '../data/vocabulary';
import {
  formatMapView,
  isValidId,
  parseId,
  parseIdList,
  parseIsoDay,
  parseMapView,
  parseQuery,
  parseRange,
  parseReader,
  parseTiles,
} from './url-values';

export type Lanes = 'kind' | 'country';
export interface Filters {
  /** Topic ids; an event matches a topic if it has it or a descendant. */
  topics: string[];
  people: string[];
  places: string[];
  kinds: EventKind[];
  statuses: EventStatus[];
  /** Source ids (the event has evidence from one of them). */
  sources: string[];
  /** YYYY-MM-DD inclusive lower bound. */
  from?: string;
  /** YYYY-MM-DD inclusive upper bound. */
  to?: string;
  /** Free-text search ('' = none). */
  q: string;
}
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}
export interface ViewState {
  filters: Filters;
  /** Selected event id (details open). */
  selected?: string;
  reader?: { source: string; sentence?: string };
  /** Timeline visible window, YYYY-MM-DD..YYYY-MM-DD. */
  range?: [string, string];
  lanes: Lanes;
  map?: MapView;
  view: 'chart' | 'list';
  /** Optional raster tile URL template. */
  tiles?: string;
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  topics: [],
  people: [],
  places: [],
  kinds: [],
  statuses: [],
  sources: [],
  q: '',
}) as Filters;

export const DEFAULT_STATE: ViewState = Object.freeze({
  filters: EMPTY_FILTERS,
  lanes: 'kind',
  view: 'chart',
}) as ViewState;

/** Every parameter this module reads and writes, in the order it writes them. */
export const STATE_PARAMS = [
  'topics',
  'people',
  'places',
  'kinds',
  'status',
  'sources',
  'from',
  'to',
  'q',
  'event',
  'reader',
  'range',
  'lanes',
  'map',
  'view',
  'tiles',
] as const;

const KINDS = new Set<string>(EVENT_KINDS);
const STATUSES = new Set<string>(EVENT_STATUSES);

export function parseFilters(params: URLSearchParams): Filters {
  const filters: Filters = {
    topics: parseIdList(params.get('topics')),
    people: parseIdList(params.get('people')),
    places: parseIdList(params.get('places')),
    kinds: parseIdList(params.get('kinds'), (k) => KINDS.has(k)) as EventKind[],
    statuses: parseIdList(params.get('status'), (s) => STATUSES.has(s)) as EventStatus[],
    sources: parseIdList(params.get('sources')),
    q: parseQuery(params.get('q')),
  };
  const from = parseIsoDay(params.get('from'));
  const to = parseIsoDay(params.get('to'));
  // A reversed date filter would silently match nothing: treat it as junk.
  if (from && (!to || from <= to)) filters.from = from;
  if (to && (!from || from <= to)) filters.to = to;
  return filters;
}

export function parseState(params: URLSearchParams): ViewState {
  try {
    const state: ViewState = {
      filters: parseFilters(params),
      lanes: params.get('lanes') === 'country' ? 'country' : 'kind',
      view: params.get('view') === 'list' ? 'list' : 'chart',
    };
    const selected = parseId(params.get('event'));
    if (selected) state.selected = selected;
    const reader = parseReader(params.get('reader'));
    if (reader) state.reader = reader;
    const range = parseRange(params.get('range'));
    if (range) state.range = range;
    const map = parseMapView(params.get('map'));
    if (map) state.map = map;
    const tiles = parseTiles(params.get('tiles'));
    if (tiles) state.tiles = tiles;
    return state;
  } catch {
    // Parsers above do not throw; this guards the contract against a future one that does.
    return DEFAULT_STATE;
  }
}

export function serializeState(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const f = state.filters;
  const list = (key: string, values: readonly string[]) => {
    const kept = values.filter((v, i) => v && !v.includes(',') && values.indexOf(v) === i);
    if (kept.length) p.set(key, kept.join(','));
  };
  list('topics', f.topics);
  list('people', f.people);
  list('places', f.places);
  list('kinds', f.kinds);
  list('status', f.statuses);
  list('sources', f.sources);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.q) p.set('q', f.q);
  if (state.selected) p.set('event', state.selected);
  if (state.reader && isValidId(state.reader.source))
    p.set(
      'reader',
      state.reader.sentence ? `${state.reader.source}~${state.reader.sentence}` : state.reader.source,
    );
  if (state.range) p.set('range', `${state.range[0]}..${state.range[1]}`);
  if (state.lanes !== 'kind') p.set('lanes', state.lanes);
  if (state.map) p.set('map', formatMapView(state.map));
  if (state.view !== 'chart') p.set('view', state.view);
  if (state.tiles) p.set('tiles', state.tiles);
  return p;
}

/**
 * The query string for a state (with `?`, or '' when everything is default).
 * Parameters this module does not own (an embed's, say) are kept after ours.
 * `,` `~` `:` `/` are left readable; they mean nothing special in a query value.
 */
export function formatSearch(state: ViewState, current = ''): string {
  const params = serializeState(state);
  const owned = new Set<string>(STATE_PARAMS);
  for (const [key, value] of new URLSearchParams(current)) if (!owned.has(key)) params.append(key, value);
  const qs = params.toString().replace(/%2C|%7E|%3A|%2F/gi, (m) => decodeURIComponent(m));
  return qs ? `?${qs}` : '';
}

/** True when any filter is active. */
export function hasActiveFilters(f: Filters): boolean {
  return (
    f.topics.length +
      f.people.length +
      f.places.length +
      f.kinds.length +
      f.statuses.length +
      f.sources.length >
      0 ||
    !!f.from ||
    !!f.to ||
    f.q.trim() !== ''
  );
}

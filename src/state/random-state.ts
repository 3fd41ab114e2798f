/**
 * Seeded generators of valid view states, for round-trip property tests
 * (kept beside the state module so other tests can reuse them).
 */
import { EVENT_KINDS, EVENT_STATUSES } from '../data/vocabulary';
import type { Filters, ViewState } from './view-state';

import { mulberry32 } from '../lib/prng';

export { mulberry32 };

const ID_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789-_.:é'];
const LEAD_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const Q_CHARS = [...'abc xyz ÄÖü"\'&=+?#%,~/ 日本 –'];

export function randomState(rand: () => number): ViewState {
  const int = (n: number) => Math.floor(rand() * n);
  const chance = (p: number) => rand() < p;
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  const id = () => {
    let s = pick(LEAD_CHARS);
    for (let i = int(20); i > 0; i--) s += pick(ID_CHARS);
    return s;
  };
  const ids = () => [...new Set(Array.from({ length: chance(0.5) ? 0 : 1 + int(4) }, id))];
  const subset = <T>(xs: readonly T[]) => xs.filter(() => chance(0.3));
  const day = () => {
    const d = new Date(Date.UTC(1990 + int(40), int(12), 1 + int(28)));
    return d.toISOString().slice(0, 10);
  };
  const filters: Filters = {
    topics: ids(),
    people: ids(),
    places: ids(),
    kinds: subset(EVENT_KINDS),
    statuses: subset(EVENT_STATUSES),
    sources: ids(),
    q: chance(0.5) ? '' : Array.from({ length: 1 + int(30) }, () => pick(Q_CHARS)).join(''),
  };
  const [a, b] = [day(), day()].sort();
  if (chance(0.4)) filters.from = a;
  if (chance(0.4)) filters.to = b;
  const state: ViewState = {
    filters,
    lanes: chance(0.5) ? 'kind' : 'country',
    view: chance(0.5) ? 'chart' : 'list',
  };
  if (chance(0.5)) state.selected = id();
  if (chance(0.3))
    state.reader = chance(0.5) ? { source: id() } : { source: id(), sentence: `${id()}:s${int(40)}` };
  if (chance(0.4)) state.range = [day(), day()].sort() as [string, string];
  if (chance(0.4))
    state.map = {
      lat: Math.round((rand() * 180 - 90) * 1e5) / 1e5 || 0,
      lon: Math.round((rand() * 360 - 180) * 1e5) / 1e5 || 0,
      zoom: Math.round(rand() * 18 * 100) / 100,
    };
  if (chance(0.2)) state.tiles = `https://tiles${int(9)}.example.org/{z}/{x}/{y}.png?key=${id()}`;
  return state;
}

/**
 * Keeps object identity for the parts of a new state that did not change, so
 * memoized consumers (filtering keyed on `state.filters`, the map keyed on
 * `state.map`) do not recompute when only another part of the URL moved.
 */
import type { Filters, ViewState } from './view-state';

function equalValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => equalValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Structural equality that treats a missing key and an `undefined` one alike. */
export const deepEqual = equalValue;

function share<T extends object>(prev: T, next: T): T {
  let same = true;
  const out = { ...next } as Record<string, unknown>;
  for (const key of new Set([...Object.keys(prev), ...Object.keys(next)])) {
    const a = (prev as Record<string, unknown>)[key];
    const b = (next as Record<string, unknown>)[key];
    if (equalValue(a, b)) out[key] = a;
    else same = false;
  }
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return same ? prev : (out as T);
}

export function shareStructure(prev: ViewState, next: ViewState): ViewState {
  const filters: Filters = share(prev.filters, next.filters);
  return share(prev, { ...next, filters });
}

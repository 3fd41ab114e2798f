import { describe, expect, it, vi } from 'vitest';
import { createViewStore, type HistoryHost } from './view-store';
import { DEFAULT_STATE } from './view-state';

/** An in-memory browser history with Back/Forward that fire popstate. */
function fakeHost(initial = '') {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/app/', hash: '#top', search: initial };
  const go = (delta: number) => {
    index += delta;
    location.search = entries[index];
    listeners.forEach((l) => l());
  };
  const searchOf = (url: string) => new URL(url, 'http://x').search;
  const host: HistoryHost = {
    location,
    history: {
      pushState: vi.fn((_d: unknown, _u: string, url: string) => {
        entries.splice(index + 1, entries.length, searchOf(url));
        index += 1;
        location.search = searchOf(url);
      }),
      replaceState: vi.fn((_d: unknown, _u: string, url: string) => {
        entries[index] = searchOf(url);
        location.search = searchOf(url);
      }),
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
  };
  return { host, entries, back: () => go(-1), forward: () => go(1), listeners };
}

describe('createViewStore', () => {
  it('reads the initial state from the URL', () => {
    const { host } = fakeHost('?topics=china&view=list');
    const store = createViewStore(host);
    expect(store.getSnapshot().filters.topics).toEqual(['china']);
    expect(store.getSnapshot().view).toBe('list');
  });

  it('pushes user actions and replaces continuous ones, keeping path and hash', () => {
    const { host, entries } = fakeHost();
    const store = createViewStore(host);
    store.update((s) => ({ ...s, view: 'list' }));
    expect(host.history.pushState).toHaveBeenCalledWith(null, '', '/app/?view=list#top');
    store.update((s) => ({ ...s, map: { lat: 1, lon: 2, zoom: 3 } }), { replace: true });
    store.update((s) => ({ ...s, map: { lat: 1, lon: 2.5, zoom: 3 } }), { replace: true });
    expect(host.history.replaceState).toHaveBeenCalledTimes(2);
    expect(entries).toEqual(['', '?map=1,2.5,3&view=list']);
  });

  it('never pushes the same URL twice and does not notify for a no-op', () => {
    const { host } = fakeHost();
    const store = createViewStore(host);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((s) => ({ ...s, selected: 'e1' }));
    store.update((s) => ({ ...s, selected: 'e1' }));
    store.update((s) => ({ ...s }));
    expect(host.history.pushState).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('restores state on Back and Forward', () => {
    const { host, back, forward } = fakeHost();
    const store = createViewStore(host);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((s) => ({ ...s, filters: { ...s.filters, topics: ['economic-security'] } }));
    store.update((s) => ({ ...s, filters: { ...s.filters, kinds: ['meeting'] } }));
    back();
    expect(store.getSnapshot().filters.kinds).toEqual([]);
    expect(store.getSnapshot().filters.topics).toEqual(['economic-security']);
    back();
    expect(store.getSnapshot()).toEqual(DEFAULT_STATE);
    forward();
    expect(store.getSnapshot().filters.topics).toEqual(['economic-security']);
    expect(listener).toHaveBeenCalledTimes(5);
  });

  it('normalizes updates to what the URL can say, and keeps identity of unchanged parts', () => {
    const { host } = fakeHost('?topics=china');
    const store = createViewStore(host);
    const before = store.getSnapshot();
    store.update(
      (s) => ({ ...s, map: { lat: 35.123456789, lon: 139, zoom: 4 }, range: ['2023-05-01', '2023-01-01'] }),
      {
        replace: true,
      },
    );
    const after = store.getSnapshot();
    expect(after.map).toEqual({ lat: 35.12346, lon: 139, zoom: 4 });
    expect(after.range).toBeUndefined();
    expect(after.filters).toBe(before.filters);
  });

  it('keeps parameters it does not own', () => {
    const { host } = fakeHost('?panel=timeline');
    const store = createViewStore(host);
    store.update((s) => ({ ...s, lanes: 'country' }));
    expect(host.location.search).toBe('?lanes=country&panel=timeline');
  });

  it('listens to popstate only while subscribed', () => {
    const { host, listeners } = fakeHost();
    const store = createViewStore(host);
    const off = store.subscribe(() => {});
    expect(listeners.size).toBe(1);
    off();
    expect(listeners.size).toBe(0);
  });
});

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

  describe('with deferred history writes', () => {
    /** A store whose writes wait until `run()` (the page's store: after the next paint). */
    function deferred(initial = '') {
      const fake = fakeHost(initial);
      const runs: (() => void)[] = [];
      const store = createViewStore(fake.host, (run) => runs.push(run));
      const run = () => runs.splice(0).forEach((r) => r());
      return { ...fake, store, runs, run };
    }

    it('changes the state and notifies at once, and writes the URL when the deferred run comes', () => {
      const { host, store, runs, run } = deferred();
      const listener = vi.fn();
      store.subscribe(listener);
      store.update((s) => ({ ...s, view: 'list' }));
      expect(store.getSnapshot().view).toBe('list');
      expect(listener).toHaveBeenCalledTimes(1);
      expect(host.history.pushState).not.toHaveBeenCalled();
      expect(host.location.search).toBe('');
      expect(runs).toHaveLength(1);
      run();
      expect(host.history.pushState).toHaveBeenCalledWith(null, '', '/app/?view=list#top');
    });

    it('keeps one Back step per user action, in order, and folds continuous changes into the step before', () => {
      const { host, store, entries, runs, run, back } = deferred('?panel=timeline');
      store.subscribe(() => {});
      store.update((s) => ({ ...s, filters: { ...s.filters, topics: ['china'] } }));
      store.update((s) => ({ ...s, range: ['2024-01-01', '2024-02-01'] }), { replace: true });
      store.update((s) => ({ ...s, filters: { ...s.filters, kinds: ['meeting'] } }));
      store.update((s) => ({ ...s, range: ['2024-01-01', '2024-03-01'] }), { replace: true });
      // One deferred run for the whole batch, and nothing written before it.
      expect(runs).toHaveLength(1);
      expect(entries).toEqual(['?panel=timeline']);
      run();
      expect(host.history.pushState).toHaveBeenCalledTimes(2);
      expect(host.history.replaceState).not.toHaveBeenCalled();
      expect(entries).toEqual([
        '?panel=timeline',
        '?topics=china&range=2024-01-01..2024-02-01&panel=timeline',
        '?topics=china&kinds=meeting&range=2024-01-01..2024-03-01&panel=timeline',
      ]);
      back();
      expect(store.getSnapshot().filters.kinds).toEqual([]);
      expect(store.getSnapshot().range).toEqual(['2024-01-01', '2024-02-01']);
    });

    it('replaces the current entry when no write is waiting, and never writes the same URL twice', () => {
      const { host, store, run } = deferred();
      store.update((s) => ({ ...s, selected: 'e1' }));
      run();
      store.update((s) => ({ ...s, map: { lat: 1, lon: 2, zoom: 3 } }), { replace: true });
      store.update((s) => ({ ...s, map: { lat: 1, lon: 2, zoom: 3 } }), { replace: true });
      store.update((s) => ({ ...s }));
      run();
      expect(host.history.pushState).toHaveBeenCalledTimes(1);
      expect(host.history.replaceState).toHaveBeenCalledTimes(1);
      expect(host.location.search).toBe('?event=e1&map=1,2,3');
    });

    it('drops waiting writes when the reader goes Back first, and flush() writes at once', () => {
      const { host, store, run, back } = deferred();
      store.subscribe(() => {});
      store.update((s) => ({ ...s, view: 'list' }));
      run();
      store.update((s) => ({ ...s, lanes: 'country' }));
      back();
      run();
      expect(host.history.pushState).toHaveBeenCalledTimes(1);
      expect(store.getSnapshot()).toEqual(DEFAULT_STATE);
      store.update((s) => ({ ...s, lanes: 'country' }));
      store.flush();
      expect(host.location.search).toBe('?lanes=country');
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createViewStore } from '../state/view-store';
import { createMemoryHistory } from './use-memory-view-state';

describe('memory history for embeds', () => {
  it('starts from the URL, keeps updates in memory, and normalizes like the URL store', () => {
    const host = createMemoryHistory('?panel=map&topics=china&event=e1');
    const store = createViewStore(host);
    expect(store.getSnapshot().filters.topics).toEqual(['china']);
    store.update((s) => ({ ...s, filters: { ...s.filters, topics: ['indo-pacific', 'indo-pacific'] } }));
    expect(store.getSnapshot().filters.topics).toEqual(['indo-pacific']);
    expect(store.getSnapshot().selected).toBe('e1');
    // The embed's own parameters survive, as in a real URL.
    expect(new URLSearchParams(host.location.search).get('panel')).toBe('map');
  });
});

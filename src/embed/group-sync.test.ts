import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '../state/view-state';
import {
  applySyncKey,
  createGroupSync,
  deriveSyncKey,
  isNewer,
  isSyncMessage,
  type ChannelLike,
  type GroupSync,
} from './group-sync';

/** An in-memory BroadcastChannel: delivers to every other member, asynchronously, in order. */
function createHub() {
  const members = new Set<{ deliver(data: unknown): void }>();
  const queue: (() => void)[] = [];
  const channel = (): ChannelLike => {
    const listeners: ((e: { data: unknown }) => void)[] = [];
    const self = { deliver: (data: unknown) => listeners.forEach((l) => l({ data: structuredClone(data) })) };
    members.add(self);
    return {
      postMessage: (data) => {
        for (const m of members) if (m !== self) queue.push(() => m.deliver(data));
      },
      addEventListener: (_type, l) => listeners.push(l),
      close: () => members.delete(self),
    };
  };
  const flush = () => {
    let n = 0;
    while (queue.length) {
      queue.shift()!();
      if (++n > 1000) throw new Error('message storm: an echo loop');
    }
    return n;
  };
  return { channel, flush };
}

/** A panel: local state plus its sync, wired the way the React hook wires them. */
function panel(hub: ReturnType<typeof createHub>, id: string, initial: ViewState = DEFAULT_STATE) {
  const p = { state: initial, sync: undefined as unknown as GroupSync, sent: 0 };
  const ch = hub.channel();
  const post = ch.postMessage;
  ch.postMessage = (d) => {
    p.sent += 1;
    post(d);
  };
  p.sync = createGroupSync({
    channel: ch,
    id,
    initialKey: deriveSyncKey(initial),
    onRemote: (key) => {
      p.state = applySyncKey(p.state, key);
      p.sync.publish(deriveSyncKey(p.state)); // what the effect does after every render
    },
  });
  return {
    get state() {
      return p.state;
    },
    get sent() {
      return p.sent;
    },
    change(f: (s: ViewState) => ViewState) {
      p.state = f(p.state);
      p.sync.publish(deriveSyncKey(p.state));
    },
    close: () => p.sync.close(),
  };
}

const withTopic = (topic: string) => (s: ViewState) => ({ ...s, filters: { ...s.filters, topics: [topic] } });

describe('group sync', () => {
  it('shares the filters and the selection, nothing else', () => {
    const state: ViewState = {
      ...withTopic('china')(DEFAULT_STATE),
      selected: 'e1',
      lanes: 'country',
      range: ['2023-01-01', '2023-12-31'],
    };
    const key = deriveSyncKey(state);
    expect(key).toBe('topics=china&event=e1');
    const applied = applySyncKey({ ...DEFAULT_STATE, lanes: 'kind', reader: { source: 's' } }, key);
    expect(applied.filters.topics).toEqual(['china']);
    expect(applied.selected).toBe('e1');
    expect(applied.lanes).toBe('kind');
    // A new selection closes the reader, as selecting does in the dashboard.
    expect(applied.reader).toBeUndefined();
  });

  it('a topic chosen in one panel reaches the others, without echoes', () => {
    const hub = createHub();
    const map = panel(hub, 'a');
    const timeline = panel(hub, 'b');
    const details = panel(hub, 'c');
    hub.flush();
    map.change(withTopic('economic-security'));
    hub.flush();
    expect(timeline.state.filters.topics).toEqual(['economic-security']);
    expect(details.state.filters.topics).toEqual(['economic-security']);
    // hello ×1 each, then exactly one change message from the map: receivers do not re-send.
    expect([map.sent, timeline.sent, details.sent]).toEqual([2, 1, 1]);
    timeline.change((s) => ({ ...s, selected: 'e7' }));
    hub.flush();
    expect(map.state.selected).toBe('e7');
    expect(map.state.filters.topics).toEqual(['economic-security']);
  });

  it('does not broadcast the state a panel starts with', () => {
    const hub = createHub();
    const a = panel(hub, 'a', withTopic('china')(DEFAULT_STATE));
    const b = panel(hub, 'b');
    hub.flush();
    expect(b.state.filters.topics).toEqual([]);
    expect(a.state.filters.topics).toEqual(['china']);
  });

  it('brings a late panel up to date with what the reader changed', () => {
    const hub = createHub();
    const a = panel(hub, 'a');
    hub.flush();
    a.change(withTopic('indo-pacific'));
    hub.flush();
    const late = panel(hub, 'z');
    hub.flush();
    expect(late.state.filters.topics).toEqual(['indo-pacific']);
  });

  it('converges when two panels change at the same moment', () => {
    const hub = createHub();
    const a = panel(hub, 'a');
    const b = panel(hub, 'b');
    hub.flush();
    a.change(withTopic('china'));
    b.change(withTopic('sanctions'));
    hub.flush();
    expect(a.state.filters.topics).toEqual(b.state.filters.topics);
    expect(isNewer({ clock: 1, from: 'b' }, { clock: 1, from: 'a' })).toBe(true);
    expect(isNewer({ clock: 1, from: 'a' }, { clock: 2, from: 'a' })).toBe(false);
  });

  it('stops after close and ignores malformed messages', () => {
    const hub = createHub();
    const a = panel(hub, 'a');
    const b = panel(hub, 'b');
    hub.flush();
    b.close();
    a.change(withTopic('china'));
    hub.flush();
    expect(b.state.filters.topics).toEqual([]);
    expect(isSyncMessage({ type: 'news-embed:sync', from: 'x', clock: 1, state: 'topics=a' })).toBe(true);
    expect(isSyncMessage({ type: 'news-embed:sync', from: 'x', clock: 0, state: 'topics=a' })).toBe(false);
    expect(isSyncMessage({ type: 'news-embed:sync', from: 'x', clock: 1, state: 5 })).toBe(false);
    expect(isSyncMessage({ type: 'news-embed:sync', clock: 1, state: '' })).toBe(false);
    expect(isSyncMessage('news-embed:hello')).toBe(false);
  });

  it('works over a real BroadcastChannel', async () => {
    const received: string[] = [];
    const a = createGroupSync({
      channel: new BroadcastChannel('news-embed:test'),
      id: 'a',
      initialKey: '',
      onRemote: () => {},
    });
    const b = createGroupSync({
      channel: new BroadcastChannel('news-embed:test'),
      id: 'b',
      initialKey: '',
      onRemote: (key) => received.push(key),
    });
    a.publish('topics=china');
    await new Promise((r) => setTimeout(r, 50));
    a.close();
    b.close();
    expect(received).toEqual(['topics=china']);
  });
});

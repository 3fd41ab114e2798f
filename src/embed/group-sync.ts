/**
 * Linked panels: embeds on one page with the same `group` share their filters
 * and selected event over a BroadcastChannel (same-origin iframes only, so no
 * message ever leaves the app's origin or reaches the host page).
 *
 * The shared slice travels as the dashboard's own query string, so the
 * receiver validates it with `parseState` like any URL. Every change carries a
 * Lamport stamp (clock, sender): a panel applies a change only if it is newer
 * than the last one it saw, so two panels edited at once still converge, and a
 * panel never re-broadcasts what it received (no echo loops).
 */
import { DEFAULT_STATE, parseState, serializeState, type ViewState } from '../state/view-state';

export const SYNC_MESSAGE = 'news-embed:sync';
export const HELLO_MESSAGE = 'news-embed:hello';

export interface SyncMessage {
  type: typeof SYNC_MESSAGE;
  from: string;
  clock: number;
  /** The filters + selection as a query string. */
  state: string;
}
export interface HelloMessage {
  type: typeof HELLO_MESSAGE;
  from: string;
}

/** The part of the view state linked panels share. */
export function deriveSyncKey(state: ViewState): string {
  return serializeState({ ...DEFAULT_STATE, filters: state.filters, selected: state.selected }).toString();
}

/** Take the filters and selection from a shared key; everything else (zoom, lanes, map view) stays. */
export function applySyncKey(state: ViewState, key: string): ViewState {
  const incoming = parseState(new URLSearchParams(key));
  const selectionChanged = incoming.selected !== state.selected;
  return {
    ...state,
    filters: incoming.filters,
    selected: incoming.selected,
    reader: selectionChanged ? undefined : state.reader,
  };
}

export function isSyncMessage(data: unknown): data is SyncMessage | HelloMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  if (typeof m.from !== 'string' || m.from.length > 64) return false;
  if (m.type === HELLO_MESSAGE) return true;
  return (
    m.type === SYNC_MESSAGE &&
    typeof m.clock === 'number' &&
    Number.isSafeInteger(m.clock) &&
    m.clock > 0 &&
    typeof m.state === 'string' &&
    m.state.length <= 8192
  );
}

interface Stamp {
  clock: number;
  from: string;
}
/** Total order on changes: higher clock wins, the sender id breaks ties. */
export function isNewer(a: Stamp, b: Stamp): boolean {
  return a.clock > b.clock || (a.clock === b.clock && a.from > b.from);
}

/** The slice of BroadcastChannel used here (a fake in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface GroupSync {
  /** Call with the local key after every state change; sends only real local changes. */
  publish(key: string): void;
  close(): void;
}

export interface GroupSyncOptions {
  channel: ChannelLike;
  /** This panel's id, unique per page load. */
  id: string;
  /** The key this panel started with (from its URL): known, so not broadcast. */
  initialKey: string;
  /** A newer shared key arrived: apply it. */
  onRemote(key: string): void;
}

export function createGroupSync({ channel, id, initialKey, onRemote }: GroupSyncOptions): GroupSync {
  let lastKey = initialKey;
  let last: Stamp = { clock: 0, from: id };
  let closed = false;
  // Always the true stamp of the change, also when re-sending someone else's to a newcomer.
  const send = () =>
    channel.postMessage({
      type: SYNC_MESSAGE,
      from: last.from,
      clock: last.clock,
      state: lastKey,
    } satisfies SyncMessage);

  channel.addEventListener('message', ({ data }) => {
    if (closed || !isSyncMessage(data) || data.from === id) return;
    if (data.type === HELLO_MESSAGE) {
      // A panel that just loaded (lazy iframes load late): tell it what the reader changed here.
      if (last.clock > 0) send();
      return;
    }
    if (!isNewer(data, last)) return;
    last = { clock: data.clock, from: data.from };
    if (data.state === lastKey) return;
    lastKey = data.state;
    onRemote(data.state);
  });
  channel.postMessage({ type: HELLO_MESSAGE, from: id } satisfies HelloMessage);

  return {
    publish(key) {
      if (closed || key === lastKey) return;
      lastKey = key;
      last = { clock: last.clock + 1, from: id };
      send();
    },
    close() {
      closed = true;
      channel.close();
    },
  };
}

export function groupChannelName(group: string): string {
  return `news-embed:${group}`;
}

/** Connects an embed's view state to the other panels of its group (see group-sync.ts). */
import { useEffect, useRef } from 'react';
import type { ViewState } from '../state/view-state';
import type { Explorer } from '../explorer/use-explorer';
import { applySyncKey, createGroupSync, deriveSyncKey, groupChannelName, type GroupSync } from './group-sync';

export function useGroupSync(group: string | undefined, state: ViewState, update: Explorer['update']): void {
  const key = deriveSyncKey(state);
  const syncRef = useRef<GroupSync | undefined>(undefined);
  const initialKey = useRef(key);

  useEffect(
    function joinGroup() {
      if (!group || typeof BroadcastChannel === 'undefined') return;
      const sync = createGroupSync({
        channel: new BroadcastChannel(groupChannelName(group)),
        id: Math.random().toString(36).slice(2, 12),
        initialKey: initialKey.current,
        // Remote changes replace the history entry: an embed keeps its state in memory anyway.
        onRemote: (next) => update((s) => applySyncKey(s, next), { replace: true }),
      });
      syncRef.current = sync;
      return () => {
        sync.close();
        syncRef.current = undefined;
      };
    },
    [group, update],
  );

  useEffect(
    function publishLocalChange() {
      initialKey.current = key;
      syncRef.current?.publish(key);
    },
    [key],
  );
}

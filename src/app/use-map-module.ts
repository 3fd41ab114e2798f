/**
 * The dashboard's side of the map preload (preload-map.ts): whether to wait for it, and the
 * loaded module.
 */
import { useEffect, useState } from 'react';
import { loadMapModule, mapPreloadState, MAX_MAP_WAIT_MS, type MapModule } from './preload-map';

/**
 * False while the map's preload is still under way. The app holds the dashboard back until then
 * (the chunk usually arrives long before the dataset), so the timeline, the map's markers and the
 * facet counts are drawn in one frame: a dashboard drawn without the map would draw the map in a
 * second long task, 0.1–0.25 s later, after the chunk is evaluated behind the dataset's parse.
 * `dataReady`: once the data is here, a slow chunk (a stalled connection) holds the other panels
 * back for at most `MAX_MAP_WAIT_MS`; the map panel then shows its own loading state.
 */
export function useMapPreloadSettled(dataReady = false): boolean {
  const [settled, setSettled] = useState(() => {
    const { preload, settled } = mapPreloadState();
    return !preload || settled;
  });
  useEffect(
    function waitForPreload() {
      const { preload } = mapPreloadState();
      if (settled || !preload) return;
      let live = true;
      void preload.then(() => live && setSettled(true));
      const timer = dataReady ? setTimeout(() => setSettled(true), MAX_MAP_WAIT_MS) : undefined;
      return () => {
        live = false;
        clearTimeout(timer);
      };
    },
    [settled, dataReady],
  );
  return settled;
}

/**
 * The map module: at once when the preload has finished (the usual case: it downloads while
 * the dataset does), otherwise undefined until it arrives. A failed load is thrown during
 * render, so the panel's error boundary shows it.
 */
export function useMapModule(): MapModule | undefined {
  const [module, setModule] = useState(() => mapPreloadState().loaded);
  const [error, setError] = useState<{ error: unknown }>();
  useEffect(
    function loadWhenMissing() {
      if (module) return;
      let live = true;
      loadMapModule().then(
        (m) => live && setModule(m),
        (e: unknown) => live && setError({ error: e }),
      );
      return () => {
        live = false;
      };
    },
    [module],
  );
  if (error) throw error.error;
  return module;
}

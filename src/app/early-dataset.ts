/**
 * What the page's first script (early-dataset-entry.ts) does: ask for the built-in dataset at
 * once, instead of after the app's whole bundle has been fetched and evaluated (~0.15–0.35 s
 * later). The app takes the response over through `takeEarlyResponse` (data/load.ts), which also
 * turns its failures into the app's own errors. `?data=` pages load another dataset: nothing is
 * requested for them. When the script is missing (dev server, embeds), the app fetches as before.
 *
 * No imports (a type aside): the build emits the entry as a file of its own that runs as soon as
 * it arrives, without waiting for the app's modules.
 */
import type { EarlyDataset } from '../data/load';

export const EARLY_DATASET_KEY = '__newsExplorerDataset';

type EarlyWindow = Pick<Window, 'location' | 'fetch'> & { [EARLY_DATASET_KEY]?: EarlyDataset };

/** Starts the built-in dataset's request unless the address names another dataset. */
export function startEarlyDataset(win: EarlyWindow, base = import.meta.env.BASE_URL): void {
  if (new URLSearchParams(win.location.search).has('data')) return;
  // The address `defaultDatasetUrl()` resolves to: same base, resolved against the page.
  const url = new URL(`${base}data/dataset.json`, win.location.href).href;
  const response = win.fetch(url, { headers: { accept: 'application/json' } });
  // The app reports a failure when it takes the response; a page that never does stays quiet.
  response.catch(() => undefined);
  win[EARLY_DATASET_KEY] = { url, response };
}

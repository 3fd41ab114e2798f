import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './providers';
import { App } from './app';
import '../lib/theme.css';
import './app.css';
import { applyTheme, loadThemeChoice } from '../lib/theme';
import { getViewStore } from '../state/view-store';
import { preloadMap } from './preload-map';
import { prefetchDatasetSource } from './use-dataset-source';

// Before the first render, so a stored dark choice never flashes light.
applyTheme(loadThemeChoice());

// The dataset request goes out first, before React renders (it is the largest download), then
// Leaflet's chunk and the basemap download while the dataset does, not after it has arrived and
// the dashboard rendered (the map used to be drawn ~300 ms after the timeline). The list view
// shows no map: nothing to preload then.
const client = new QueryClient();
prefetchDatasetSource(client);
if (getViewStore().getSnapshot().view !== 'list') preloadMap(client);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={client}>
      <App />
    </Providers>
  </StrictMode>,
);

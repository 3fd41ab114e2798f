/** Entry of embed.html: one panel, no site chrome, sized by its parent page (see resize.ts). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyEmbedTheme } from './apply-theme';
import { EmbedApp } from './embed-app';
import { parseEmbedOptions } from '../state/embed-options';
import { preloadPanel } from './panels/registry';
import { startHeightReporter } from './resize';
import { prefetchEmbedDataset } from './use-embed-dataset';
import '../lib/theme.css';
import './embed.css';

const options = parseEmbedOptions(new URLSearchParams(window.location.search));
applyEmbedTheme(document.documentElement, options);
// The dataset request goes out before React renders, and the panel's chunk downloads meanwhile
// (it is rendered only once the data is in).
prefetchEmbedDataset();
preloadPanel(options.panel);

const root = document.getElementById('root')!;
let reporting = false;
function startReporting() {
  if (reporting) return;
  reporting = true;
  startHeightReporter(root, options.childId);
}

createRoot(root).render(
  <StrictMode>
    <EmbedApp options={options} onReady={startReporting} />
  </StrictMode>,
);

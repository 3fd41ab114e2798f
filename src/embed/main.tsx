/** Entry of embed.html: one panel, no site chrome, sized by its parent page (see resize.ts). */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { applyEmbedTheme } from './apply-theme';
import { EmbedApp } from './embed-app';
import { parseEmbedOptions } from '../state/embed-options';
import { startHeightReporter } from './resize';
import '../lib/theme.css';
import './embed.css';

const options = parseEmbedOptions(new URLSearchParams(window.location.search));
applyEmbedTheme(document.documentElement, options);

function EmbedRoot() {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <EmbedApp options={options} onReady={startReporting} />
    </QueryClientProvider>
  );
}

const root = document.getElementById('root')!;
let reporting = false;
function startReporting() {
  if (reporting) return;
  reporting = true;
  startHeightReporter(root, options.childId);
}

createRoot(root).render(
  <StrictMode>
    <EmbedRoot />
  </StrictMode>,
);

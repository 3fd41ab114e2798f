import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './providers';
import { App } from './app';
import '../lib/theme.css';
import './app.css';
import { applyTheme, loadThemeChoice } from '../lib/theme';

// Before the first render, so a stored dark choice never flashes light.
applyTheme(loadThemeChoice());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);

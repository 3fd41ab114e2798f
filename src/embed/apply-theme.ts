/**
 * Applies the look options to <html> before the first render: theme, accent,
 * transparent background. Through the CSSOM (not a style attribute or a
 * <style> element), so it needs nothing from the Content-Security-Policy.
 */
import { applyTheme } from '../lib/theme';
import { accentForeground, type EmbedOptions } from '../state/embed-options';

export function applyEmbedTheme(root: HTMLElement, options: EmbedOptions): void {
  // The reader's saved dashboard choice does not apply: the newsroom picked the embed's theme.
  applyTheme(options.theme, root);
  root.toggleAttribute('data-transparent', options.transparent);
  root.setAttribute('data-embed-panel', options.panel);
  const { accent } = options;
  if (accent && (typeof CSS === 'undefined' || CSS.supports('color', accent))) {
    root.style.setProperty('--accent', accent);
    const fg = accentForeground(accent);
    if (fg) root.style.setProperty('--accent-fg', fg);
  }
}

/**
 * Entry of embed.js (built as a classic IIFE script, see vite.embed-parent.config.ts).
 * The only global it defines is `NewsEmbed` with `scan()`, for placeholders a
 * page adds after load.
 */
import { createEmbedParent } from './embed-parent-core';

// `currentScript` is set while a classic script (async or not) first runs.
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
const parent = createEmbedParent(window, scriptSrc);

// Placeholders above the script exist now; those below it once the document is parsed.
parent.scan();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => parent.scan());

export function scan(): number {
  return parent.scan();
}

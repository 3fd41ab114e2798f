/** The copy-paste code for an embed: plain HTML, attribute values escaped, no inline script. */

export type SnippetKind = 'script' | 'pym';

export interface SnippetInput {
  /** Absolute embed.html URL with the panel, options and view state. */
  embedUrl: string;
  /** Absolute embed.js URL. */
  scriptUrl: string;
  /** The iframe's accessible name. */
  title: string;
  /** Initial height in px (before the embed reports its own). */
  height: number;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `script`: a real iframe (works, at a fixed height, even if the script is
 * blocked) that embed.js then resizes. `pym`: for pages that already use
 * pym.js; `optionalparams="false"` keeps the article's URL and title out of the
 * iframe's address.
 */
export function buildSnippet(kind: SnippetKind, input: SnippetInput): string {
  const src = escapeAttribute(input.embedUrl);
  const title = escapeAttribute(input.title);
  const height = Math.max(50, Math.round(input.height));
  if (kind === 'pym')
    return [
      `<div data-pym-src="${src}" data-pym-title="${title}" data-pym-optionalparams="false"></div>`,
      '<!-- Your own copy of pym.js 1.x (npm package pym.js, dist/pym.v1.min.js) -->',
      '<script src="pym.v1.min.js"></script>',
    ].join('\n');
  return [
    `<iframe data-news-embed src="${src}" title="${title}" width="100%" height="${height}" frameborder="0" scrolling="no" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(input.scriptUrl)}" async></script>`,
  ].join('\n');
}

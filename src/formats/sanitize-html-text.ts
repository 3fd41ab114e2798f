/**
 * HTML → plain text, with the same result in Node and in the browser (so a file
 * imported by the CLI and one opened in the page give the same dataset). Nothing
 * produced here is ever rendered as HTML; the point is readable, inert text.
 */
import { decodeHTML } from 'entities';

/** Tags whose content is never text a reader should see. */
const DROP_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
]);
/** Tags that start a new line when a browser lays them out. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tr', 'ul',
]); // prettier-ignore
const CELL = new Set(['td', 'th']);
// C0/C1 controls other than whitespace: invisible, and some break CSV or iCalendar consumers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export interface SanitizeOptions {
  /** Join paragraphs with a space instead of a newline (headlines, titles). */
  singleLine?: boolean;
}

/** Index just after the `>` that closes the tag opened at `start`, skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote = '';
  for (let k = start + 1; k < html.length; k++) {
    const ch = html[k];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return k + 1;
  }
  return html.length;
}

/** Index just after `</name ...>` at or after `from`, or the end of the input. */
function closingTagEnd(html: string, name: string, from: number): number {
  const at = html.toLowerCase().indexOf(`</${name}`, from);
  return at < 0 ? html.length : tagEnd(html, at);
}

export function sanitizeHtmlText(html: string, options: SanitizeOptions = {}): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) out += decodeHTML(html.slice(i, textEnd)).replace(/\s+/g, ' ');
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    // A "<" not followed by a tag name is literal text, as browsers read it ("a < b").
    if (!/[A-Za-z/!?]/.test(html[lt + 1] ?? '')) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    const tag = html.slice(lt + 1, end - 1);
    const name = /^\/?\s*([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    const closing = tag.startsWith('/');
    i = end;
    if (!closing && DROP_CONTENT.has(name) && !tag.endsWith('/')) i = closingTagEnd(html, name, end);
    else if (BLOCK.has(name)) out += '\n';
    else if (CELL.has(name)) out += ' ';
  }
  const lines = out
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return lines.join(options.singleLine ? ' ' : '\n');
}

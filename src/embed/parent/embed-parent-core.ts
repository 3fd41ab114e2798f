/**
 * embed.js, the parent side: turns placeholders into iframes and sizes them
 * from the embed's height messages. Written against the DOM only (no
 * dependencies, no globals) so it runs on any newsroom page.
 *
 * Placeholders:
 *   <div data-news-embed="URL" data-title="…" data-height="400"></div>  → an iframe is inserted;
 *   <iframe data-news-embed src="URL" …></iframe>                     → adopted as is.
 * Relative URLs resolve against embed.js's own address, so a snippet can say
 * `embed.html?panel=map` and work wherever the app is hosted.
 *
 * A height message is applied only when it comes from one of our iframes'
 * windows, from that iframe's origin, with exactly the expected shape and id.
 * It is a number: nothing from a message is evaluated or inserted as markup.
 */
import { isHeightMessage } from '../../lib/embed-protocol';

export const ATTRIBUTE = 'data-news-embed';
const READY = 'data-news-embed-ready';
const DEFAULT_HEIGHT = 400;
const DEFAULT_TITLE = 'Embedded news panel';

interface ManagedFrame {
  iframe: HTMLIFrameElement;
  origin: string;
  /** The childId we gave it ('' when adopted without one). */
  id: string;
}

export interface EmbedParent {
  /** Find placeholders added since the last scan (e.g. by a CMS after load); returns how many. */
  scan(root?: ParentNode): number;
  /** Stop listening (tests). */
  destroy(): void;
}

/** Only http(s) URLs become iframes: no javascript:, data: or blob: sources. */
export function resolveEmbedUrl(value: string | null, base: string): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function parseInitialHeight(value: string | null): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 50 && n <= 5000 ? n : DEFAULT_HEIGHT;
}

export function createEmbedParent(win: Window, scriptSrc: string): EmbedParent {
  const doc = win.document;
  const frames: ManagedFrame[] = [];
  let counter = 0;
  const prefix = `news-embed-${Math.random().toString(36).slice(2, 7)}-`;

  const style = (iframe: HTMLIFrameElement, height: number | undefined) => {
    iframe.setAttribute('scrolling', 'no');
    iframe.style.border = '0';
    iframe.style.width = '100%';
    iframe.style.display = 'block';
    if (height !== undefined) iframe.style.height = `${height}px`;
  };

  const insert = (el: HTMLElement): ManagedFrame | undefined => {
    const url = resolveEmbedUrl(el.getAttribute(ATTRIBUTE), scriptSrc);
    if (!url) return undefined;
    const id = url.searchParams.get('childId') || `${prefix}${++counter}`;
    url.searchParams.set('childId', id);
    const iframe = doc.createElement('iframe');
    iframe.title = el.getAttribute('data-title') || DEFAULT_TITLE;
    iframe.setAttribute('loading', 'lazy');
    style(iframe, parseInitialHeight(el.getAttribute('data-height')));
    iframe.src = url.href;
    // The placeholder may hold a fallback link for pages where the script does not run.
    el.replaceChildren(iframe);
    return { iframe, origin: url.origin, id };
  };

  const adopt = (iframe: HTMLIFrameElement): ManagedFrame | undefined => {
    const url = resolveEmbedUrl(iframe.getAttribute('src'), doc.baseURI);
    if (!url) return undefined;
    if (!iframe.title) iframe.title = DEFAULT_TITLE;
    style(iframe, undefined);
    return { iframe, origin: url.origin, id: url.searchParams.get('childId') ?? '' };
  };

  const onMessage = (event: MessageEvent) => {
    if (!isHeightMessage(event.data)) return;
    for (let i = frames.length - 1; i >= 0; i--) {
      const frame = frames[i];
      if (!frame.iframe.isConnected) {
        frames.splice(i, 1);
        continue;
      }
      if (frame.iframe.contentWindow !== event.source) continue;
      if (event.origin !== frame.origin) return;
      if (frame.id && event.data.id !== frame.id) return;
      frame.iframe.style.height = `${event.data.height}px`;
      return;
    }
  };
  win.addEventListener('message', onMessage);

  return {
    scan(root: ParentNode = doc) {
      let found = 0;
      root.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]:not([${READY}])`).forEach((el) => {
        el.setAttribute(READY, '');
        // tagName, not instanceof: the page's HTMLIFrameElement may come from another realm.
        const frame = el.tagName === 'IFRAME' ? adopt(el as HTMLIFrameElement) : insert(el);
        if (!frame) return;
        frames.push(frame);
        found += 1;
      });
      return found;
    },
    destroy() {
      win.removeEventListener('message', onMessage);
    },
  };
}

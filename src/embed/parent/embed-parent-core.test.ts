// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createEmbedParent,
  parseInitialHeight,
  resolveEmbedUrl,
  type EmbedParent,
} from './embed-parent-core';

const SCRIPT = 'https://app.example/interactives/jp/embed.js';
let parent: EmbedParent | undefined;

function setup(html: string) {
  document.body.innerHTML = html;
  parent = createEmbedParent(window, SCRIPT);
  parent.scan();
  return [...document.querySelectorAll('iframe')];
}

function send(iframe: HTMLIFrameElement | null, origin: string, data: unknown) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: iframe?.contentWindow ?? null }));
}

afterEach(() => {
  parent?.destroy();
  document.body.innerHTML = '';
});

describe('embed.js placeholders', () => {
  it('inserts a titled, lazy, borderless iframe resolved against the script address', () => {
    const [iframe] = setup(
      '<div data-news-embed="embed.html?panel=map&topics=china" data-title="Map of events" data-height="420"><a href="x">Fallback</a></div>',
    );
    const src = new URL(iframe.src);
    expect(src.origin + src.pathname).toBe('https://app.example/interactives/jp/embed.html');
    expect(src.searchParams.get('panel')).toBe('map');
    expect(src.searchParams.get('childId')).toMatch(/^news-embed-/);
    expect(iframe.title).toBe('Map of events');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('scrolling')).toBe('no');
    expect(iframe.style.border).toMatch(/^0/);
    expect(iframe.style.width).toBe('100%');
    expect(iframe.style.height).toBe('420px');
    expect(document.querySelector('a')).toBeNull();
  });

  it('handles several embeds, each with its own id, and scans only new placeholders', () => {
    const frames = setup(
      '<div data-news-embed="embed.html?panel=map"></div><div data-news-embed="embed.html"></div>',
    );
    expect(frames).toHaveLength(2);
    const ids = frames.map((f) => new URL(f.src).searchParams.get('childId'));
    expect(new Set(ids).size).toBe(2);
    expect(parent!.scan()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<div data-news-embed="embed.html?panel=list"></div>');
    expect(parent!.scan()).toBe(1);
    expect(frames[0].title).toBe('Embedded news panel');
  });

  it('refuses non-http sources', () => {
    expect(setup('<div data-news-embed="javascript:alert(1)"></div>')).toHaveLength(0);
    expect(resolveEmbedUrl('data:text/html,x', SCRIPT)).toBeUndefined();
    expect(resolveEmbedUrl('https://other.example/e.html', SCRIPT)?.href).toBe(
      'https://other.example/e.html',
    );
    expect(parseInitialHeight('abc')).toBe(400);
    expect(parseInitialHeight('10')).toBe(400);
    expect(parseInitialHeight('250')).toBe(250);
  });
});

describe('embed.js height messages', () => {
  it('applies a well-formed message from the iframe and its origin', () => {
    const [iframe] = setup('<div data-news-embed="embed.html"></div>');
    const id = new URL(iframe.src).searchParams.get('childId')!;
    send(iframe, 'https://app.example', { type: 'news-embed:height', id, height: 512 });
    expect(iframe.style.height).toBe('512px');
    send(iframe, 'https://app.example', { type: 'news-embed:height', id, height: 200 });
    expect(iframe.style.height).toBe('200px');
  });

  it('ignores other origins, other windows, other ids and other shapes', () => {
    const [iframe, other] = setup(
      '<div data-news-embed="embed.html"></div><div data-news-embed="e.html"></div>',
    );
    const id = new URL(iframe.src).searchParams.get('childId')!;
    send(iframe, 'https://evil.example', { type: 'news-embed:height', id, height: 1 });
    send(null, 'https://app.example', { type: 'news-embed:height', id, height: 2 });
    send(other, 'https://app.example', { type: 'news-embed:height', id, height: 3 });
    send(iframe, 'https://app.example', { type: 'news-embed:height', id: 'someone-else', height: 4 });
    send(iframe, 'https://app.example', `pymxPYMx${id}xPYMxheightxPYMx5`);
    send(iframe, 'https://app.example', { type: 'news-embed:height', id, height: '6px;x' });
    send(iframe, 'https://app.example', { type: 'news-embed:height', id, height: 7, extra: '<img onerror>' });
    expect(iframe.style.height).toBe('400px');
    expect(other.style.height).toBe('400px');
  });

  it('adopts a ready-made iframe and sizes it', () => {
    const [iframe] = setup(
      '<iframe data-news-embed src="https://app.example/embed.html?panel=list" title="List" height="300"></iframe>',
    );
    expect(iframe.getAttribute('scrolling')).toBe('no');
    send(iframe, 'https://app.example', { type: 'news-embed:height', id: '', height: 640 });
    expect(iframe.style.height).toBe('640px');
    expect(iframe.title).toBe('List');
  });
});

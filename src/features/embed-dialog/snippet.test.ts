// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildSnippet, escapeAttribute } from './snippet';

const input = {
  embedUrl: 'https://news.example/app/embed.html?panel=map&topics=china,indo-pacific&q="x"<y>',
  scriptUrl: 'https://news.example/app/embed.js',
  title: 'Map: "Japan & Germany"',
  height: 480.4,
};

describe('embed snippets', () => {
  it('escapes attribute values', () => {
    expect(escapeAttribute('a&b"c<d>')).toBe('a&amp;b&quot;c&lt;d&gt;');
  });

  it('builds an iframe embed.js can adopt, plus the script tag, that parse back to the same URL', () => {
    const html = buildSnippet('script', input);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(input.embedUrl);
    expect(iframe.title).toBe(input.title);
    expect(iframe.hasAttribute('data-news-embed')).toBe(true);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('scrolling')).toBe('no');
    expect(iframe.getAttribute('height')).toBe('480');
    expect(doc.querySelector('script')!.getAttribute('src')).toBe(input.scriptUrl);
    expect(doc.querySelector('script')!.textContent).toBe('');
  });

  it('builds the pym.js variant without leaking the article URL', () => {
    const html = buildSnippet('pym', input);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const div = doc.querySelector('[data-pym-src]')!;
    expect(div.getAttribute('data-pym-src')).toBe(input.embedUrl);
    expect(div.getAttribute('data-pym-title')).toBe(input.title);
    expect(div.getAttribute('data-pym-optionalparams')).toBe('false');
    expect(doc.querySelector('script')!.textContent).toBe('');
  });
});

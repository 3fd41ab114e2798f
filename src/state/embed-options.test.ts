import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, type ViewState } from './view-state';
import {
  accentForeground,
  appBaseUrl,
  buildEmbedUrl,
  buildExplorerUrl,
  DEFAULT_EMBED_OPTIONS,
  parseAccent,
  parseEmbedOptions,
  serializeEmbedOptions,
} from './embed-options';

const parse = (qs: string) => parseEmbedOptions(new URLSearchParams(qs));

describe('parseEmbedOptions', () => {
  it('gives the defaults for an empty or junk query, never throwing', () => {
    expect(parse('')).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(
      parse(
        'panel=chart&theme=neon&accent=red;x:y&transparent=maybe&controls=2&height=abc&group=a b&childId=a b',
      ),
    ).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it('reads every option', () => {
    expect(
      parse(
        'panel=timeline-map&theme=dark&accent=%23C00&transparent=1&controls=0&height=400&group=jp-de&childId=pym-1',
      ),
    ).toEqual({
      panel: 'timeline-map',
      theme: 'dark',
      accent: '#c00',
      transparent: true,
      controls: false,
      height: 400,
      group: 'jp-de',
      childId: 'pym-1',
    });
  });

  it('treats a bare flag as on and clamps heights', () => {
    expect(parse('transparent').transparent).toBe(true);
    expect(parse('controls=false').controls).toBe(false);
    expect(parse('height=10').height).toBe(120);
    expect(parse('height=99999').height).toBe(4000);
    expect(parse('height=-5').height).toBeUndefined();
  });
});

describe('accent colours', () => {
  it('accepts hex (with or without #), rgb/hsl and names; refuses anything that could escape', () => {
    expect(parseAccent('#C00')).toBe('#c00');
    expect(parseAccent('cc0000')).toBe('#cc0000');
    expect(parseAccent('rgb(200, 0, 0)')).toBe('rgb(200, 0, 0)');
    expect(parseAccent('hsl(10deg 50% 40%)')).toBe('hsl(10deg 50% 40%)');
    expect(parseAccent('RebeccaPurple')).toBe('rebeccapurple');
    for (const bad of ['red;background:url(x)', 'url(http://x)', '#12', 'expression(alert(1))', '}'])
      expect(parseAccent(bad), bad).toBeUndefined();
  });

  it('picks readable text for the accent', () => {
    expect(accentForeground('#c00')).toBe('#ffffff');
    expect(accentForeground('#ffdd00')).toBe('#111111');
    expect(accentForeground('rebeccapurple')).toBeUndefined();
  });
});

describe('embed URLs', () => {
  const state: ViewState = {
    ...DEFAULT_STATE,
    filters: { ...DEFAULT_STATE.filters, topics: ['economic-security', 'china'] },
    selected: 'e1',
    view: 'list',
  };

  it('carry the view state and the options, and parse back to both', () => {
    const href = buildEmbedUrl('https://news.example/app/', state, {
      panel: 'map',
      theme: 'dark',
      accent: '#cc0000',
      group: 'g1',
      controls: false,
      height: 380,
    });
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://news.example/app/embed.html');
    expect(href).toContain('topics=economic-security,china');
    expect(parseEmbedOptions(url.searchParams)).toMatchObject({
      panel: 'map',
      theme: 'dark',
      accent: '#cc0000',
      group: 'g1',
      controls: false,
      height: 380,
      transparent: false,
    });
    const back = parseState(url.searchParams);
    expect(back.filters.topics).toEqual(['economic-security', 'china']);
    expect(back.selected).toBe('e1');
    // The dashboard's list/chart switch is not an embed's business.
    expect(back.view).toBe('chart');
  });

  it('omit defaults', () => {
    expect(serializeEmbedOptions(DEFAULT_EMBED_OPTIONS).toString()).toBe('panel=timeline');
  });

  it('link the credit line to the full explorer with the same state and no embed options', () => {
    const href = buildExplorerUrl('https://news.example/app/', state);
    expect(href).toBe(
      'https://news.example/app/index.html?topics=economic-security,china&event=e1&view=list',
    );
  });

  it('resolve the app base for relative and absolute base paths', () => {
    expect(appBaseUrl('./', 'https://cdn.example/x/y/embed.html?panel=map')).toBe('https://cdn.example/x/y/');
    expect(appBaseUrl('/interactives/jp/', 'https://news.example/interactives/jp/embed.html')).toBe(
      'https://news.example/interactives/jp/',
    );
  });
});

/**
 * Embed options: the URL parameters an embed takes on top of the dashboard's
 * view state (`panel`, `theme`, `accent`, `transparent`, `controls`, `height`,
 * `group`, `childId`). Parsed once at start-up; junk falls back to defaults and
 * nothing here throws. The builders are the other direction, used by the
 * Embed dialog, so a snippet always round-trips through the parser.
 */
import { serializeState, type ViewState } from './view-state';
import { isValidChildId } from '../lib/embed-protocol';

export const PANELS = ['timeline', 'map', 'filters', 'details', 'list', 'timeline-map'] as const;
export type Panel = (typeof PANELS)[number];
export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  panel: Panel;
  theme: Theme;
  /** A CSS colour for `--accent` (validated). */
  accent?: string;
  transparent: boolean;
  /** Show toolbars (topic picker, timeline controls, map zoom buttons). */
  controls: boolean;
  /** Height in px of the panel's body (map, timeline, list); undefined = the panel's own default. */
  height?: number;
  /** Panels with the same group on one page stay in sync. */
  group?: string;
  /** pym.js child id: set by pym.js parents, echoed in every message. */
  childId?: string;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  panel: 'timeline',
  theme: 'auto',
  transparent: false,
  controls: true,
};

export const PANEL_LABELS: Record<Panel, string> = {
  timeline: 'Timeline',
  map: 'Map',
  filters: 'Filters',
  details: 'Event details',
  list: 'Event list',
  'timeline-map': 'Timeline and map',
};

/** Parameters that belong to the embed (and pym.js), never to the view state. */
export const EMBED_PARAMS = [
  'panel',
  'theme',
  'accent',
  'transparent',
  'controls',
  'height',
  'group',
  'childId',
] as const;

export const MIN_HEIGHT = 120;
export const MAX_PANEL_HEIGHT = 4000;

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

function parseFlag(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  const v = value.trim().toLowerCase();
  // A bare `?transparent` means "on".
  if (v === '' || TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return fallback;
}

/**
 * `#c00`, `#cc0000`, `#cc0000cc`, the same without `#` (a bare `#` must be
 * escaped in a URL and often is not), `rgb()/hsl()` with plain numbers, or a
 * named colour. Anything that could close the declaration is refused.
 */
export function parseAccent(value: string | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(v);
  if (hex) return `#${hex[1].toLowerCase()}`;
  if (/^(rgb|hsl)a?\(\s*[\d.%\s,/deg-]+\)$/i.test(v)) return v.toLowerCase();
  if (/^[a-z]{3,20}$/i.test(v)) return v.toLowerCase();
  return undefined;
}

/** Readable text on an accent background (hex accents only; others keep the theme's). */
export function accentForeground(accent: string): string | undefined {
  const m = /^#([0-9a-f]{3,8})$/i.exec(accent);
  if (!m) return undefined;
  let hex = m[1];
  if (hex.length <= 4) hex = [...hex.slice(0, 3)].map((c) => c + c).join('');
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  // Contrast against white vs. against near-black: pick whichever is higher.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#111111';
}

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
  const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS };
  const panel = params.get('panel');
  if (panel && (PANELS as readonly string[]).includes(panel)) options.panel = panel as Panel;
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'auto') options.theme = theme;
  const accent = parseAccent(params.get('accent'));
  if (accent) options.accent = accent;
  options.transparent = parseFlag(params.get('transparent'), false);
  options.controls = parseFlag(params.get('controls'), true);
  const height = Number(params.get('height') ?? NaN);
  if (Number.isFinite(height) && height > 0)
    options.height = Math.round(Math.min(MAX_PANEL_HEIGHT, Math.max(MIN_HEIGHT, height)));
  const group = params.get('group');
  if (group && /^[\w.-]{1,64}$/.test(group)) options.group = group;
  const childId = params.get('childId');
  if (childId && isValidChildId(childId)) options.childId = childId;
  return options;
}

/** Embed parameters for a URL, defaults omitted, in a fixed order. */
export function serializeEmbedOptions(options: Partial<EmbedOptions>): URLSearchParams {
  const p = new URLSearchParams();
  p.set('panel', options.panel ?? DEFAULT_EMBED_OPTIONS.panel);
  if (options.theme && options.theme !== 'auto') p.set('theme', options.theme);
  const accent = parseAccent(options.accent ?? null);
  if (accent) p.set('accent', accent);
  if (options.transparent) p.set('transparent', '1');
  if (options.controls === false) p.set('controls', '0');
  if (options.height) p.set('height', String(Math.round(options.height)));
  if (options.group && /^[\w.-]{1,64}$/.test(options.group)) p.set('group', options.group);
  if (options.childId && isValidChildId(options.childId)) p.set('childId', options.childId);
  return p;
}

/** The view state an embed carries: everything but the dashboard's chart/list switch. */
function embedState(state: ViewState): URLSearchParams {
  return serializeState({ ...state, view: 'chart' });
}

/** `embed.html?panel=…&<view state>`, absolute, resolved against `appBase` (the app's base URL). */
export function buildEmbedUrl(appBase: string, state: ViewState, options: Partial<EmbedOptions>): string {
  const url = new URL('embed.html', appBase);
  const params = serializeEmbedOptions(options);
  for (const [key, value] of embedState(state)) params.set(key, value);
  url.search = readable(params);
  return url.href;
}

/** `,` `~` `:` `/` mean nothing special in a query value; keep them legible in snippets. */
function readable(params: URLSearchParams): string {
  return params.toString().replace(/%2C|%7E|%3A|%2F/gi, (m) => decodeURIComponent(m));
}

/** The full explorer showing the same state (the credit link). */
export function buildExplorerUrl(appBase: string, state: ViewState): string {
  const url = new URL('index.html', appBase);
  url.search = readable(serializeState(state));
  return url.href;
}

/** The app's base URL as an absolute URL: works for `base: './'` and for `BASE_PATH=/sub/path/`. */
export function appBaseUrl(baseUrl: string, documentUrl: string): string {
  return new URL(baseUrl, documentUrl).href;
}

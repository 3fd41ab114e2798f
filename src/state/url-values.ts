/**
 * Parsers for single URL parameter values. Each returns `undefined` (or an
 * empty list) for anything it does not fully understand, so one bad value
 * only resets its own field and never throws.
 */
import type { MapView } from './view-state';

/** Longest id kept from the URL; real ids are short slugs. */
export const MAX_ID_LENGTH = 128;
/** Most ids kept per list, so a pasted monster URL cannot stall filtering. */
export const MAX_LIST_ITEMS = 200;
export const MAX_QUERY_LENGTH = 200;
export const MAX_TILES_LENGTH = 2048;

// Slug-ish: letters/digits first, then letters, digits and `_ . : -`.
// `,` separates list items and `~` separates reader parts, so neither may appear.
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$/u;

export function isValidId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID.test(value);
}

export function parseId(value: string | null): string | undefined {
  return value !== null && isValidId(value) ? value : undefined;
}

/** Comma-separated ids: invalid ones dropped, duplicates removed, first-seen order kept. */
export function parseIdList(value: string | null, accept: (id: string) => boolean = isValidId): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const part of value.split(',')) {
    if (out.length >= MAX_LIST_ITEMS) break;
    if (accept(part) && !out.includes(part)) out.push(part);
  }
  return out;
}

/** A real calendar day written `YYYY-MM-DD` (so 2023-02-30 and 2023-13-45 are rejected). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseIsoDay(value: string | null): string | undefined {
  return value !== null && isIsoDay(value) ? value : undefined;
}

/** `YYYY-MM-DD..YYYY-MM-DD` with start ≤ end. */
export function parseRange(value: string | null): [string, string] | undefined {
  const parts = value?.split('..');
  if (!parts || parts.length !== 2) return undefined;
  const [a, b] = parts;
  return isIsoDay(a) && isIsoDay(b) && a <= b ? [a, b] : undefined;
}

export function parseQuery(value: string | null): string {
  return value !== null && value.length <= MAX_QUERY_LENGTH ? value : '';
}

const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;

/** Rounds map coordinates so URLs stay short: 5 decimals is about a metre. */
export function roundMapView(view: MapView): MapView {
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits || 0;
  return { lat: round(view.lat, 5), lon: round(view.lon, 5), zoom: round(view.zoom, 2) };
}

export function isValidMapView(view: MapView): boolean {
  const { lat, lon, zoom } = view;
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Number.isFinite(zoom) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    zoom >= 0 &&
    zoom <= 24
  );
}

/** `LAT,LON,ZOOM` in plain decimals within range. */
export function parseMapView(value: string | null): MapView | undefined {
  const parts = value?.split(',');
  if (!parts || parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return undefined;
  const view = { lat: Number(parts[0]), lon: Number(parts[1]), zoom: Number(parts[2]) };
  return isValidMapView(view) ? roundMapView(view) : undefined;
}

export function formatMapView(view: MapView): string {
  const r = roundMapView(view);
  return `${r.lat},${r.lon},${r.zoom}`;
}

/** An http(s) raster tile template with {z}, {x} and {y}, e.g. `https://tiles.example/{z}/{x}/{y}.png`. */
export function isTileTemplate(value: string): boolean {
  if (value.length > MAX_TILES_LENGTH || !/^https?:\/\/[^\s"'<>\\`]+$/i.test(value)) return false;
  if (!['{z}', '{x}', '{y}'].every((t) => value.includes(t))) return false;
  try {
    const url = new URL(value.replace(/\{[a-z]+\}/g, '0'));
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function parseTiles(value: string | null): string | undefined {
  return value !== null && isTileTemplate(value) ? value : undefined;
}

/** `SOURCE` or `SOURCE~SENTENCE`; a bad sentence id only drops the sentence. */
export function parseReader(value: string | null): { source: string; sentence?: string } | undefined {
  if (!value) return undefined;
  const cut = value.indexOf('~');
  const source = cut < 0 ? value : value.slice(0, cut);
  if (!isValidId(source)) return undefined;
  const sentence = cut < 0 ? undefined : parseId(value.slice(cut + 1));
  return sentence ? { source, sentence } : { source };
}

/**
 * Optional raster tiles. Off by default (no request leaves the app's origin);
 * a newsroom opts in with `?tiles=` or VITE_TILE_URL. Only http(s) templates with
 * {z}, {x} and {y} are accepted, so a URL parameter cannot point Leaflet at
 * something that is not a tile server (javascript:, data:, a single image).
 */
export function parseTileUrl(value: string | undefined | null): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  if (!['{z}', '{x}', '{y}'].every((t) => raw.includes(t))) return undefined;
  let url: URL;
  try {
    // Leaflet also fills {s} and {r}; braces are fine in a URL once encoded.
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  return raw;
}

/** The attribution shown for the tiles: the configured text, or the tile server's host name. */
export function tileAttribution(template: string, configured?: string): string {
  const text = configured?.trim();
  if (text) return text;
  return new URL(template.replace(/\{s\}/g, 'a')).hostname;
}

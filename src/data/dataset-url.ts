/**
 * `?data=URL`: which dataset the app should load. Same-origin URLs are fine;
 * another origin only if it was allowed when the app was built
 * (VITE_DATA_ALLOWED_ORIGINS, comma-separated), so a crafted link cannot make
 * a newsroom's page show someone else's data. Relative URLs resolve against the page.
 */
import { defaultDatasetUrl } from './load';

export type DatasetUrlResult = { url: string } | { error: string };

const HTTP = new Set(['http:', 'https:']);

/** "https://a.example, https://b.example/path" → their origins; entries that are not http(s) URLs are dropped. */
export function parseAllowlist(raw: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (raw ?? '').split(',')) {
    try {
      const url = new URL(entry.trim());
      if (HTTP.has(url.protocol) && !origins.includes(url.origin)) origins.push(url.origin);
    } catch {
      // not a URL: ignored, like an empty entry
    }
  }
  return origins;
}

/** The build-time allowlist. */
export function dataAllowlist(): string[] {
  return parseAllowlist(import.meta.env.VITE_DATA_ALLOWED_ORIGINS);
}

export function resolveDatasetUrl(
  search: URLSearchParams,
  location: Pick<Location, 'href' | 'origin'>,
  allowlist: string[],
): DatasetUrlResult {
  const raw = search.get('data');
  if (raw === null) return { url: defaultDatasetUrl() };
  const value = raw.trim();
  if (!value) return { error: 'The data parameter in the address is empty.' };
  let url: URL;
  try {
    url = new URL(value, location.href);
  } catch {
    return { error: `The data parameter "${value}" is not a valid URL.` };
  }
  if (!HTTP.has(url.protocol))
    return { error: `The data parameter must be an http or https URL, not ${url.protocol}` };
  if (url.username || url.password)
    return { error: 'The data URL must not contain a user name or password.' };
  if (url.origin === location.origin || allowlist.includes(url.origin)) return { url: url.href };
  return {
    error:
      `Refused to load data from ${url.origin}: this app only loads datasets from its own site` +
      (allowlist.length ? ` and from ${allowlist.join(', ')}.` : '.'),
  };
}

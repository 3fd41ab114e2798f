/**
 * Text normalization for search: case- and diacritics-insensitive ("Müller"
 * matches "muller"), with typographic dashes and quotes folded to ASCII so
 * "Japan-Germany" finds "Japan–Germany".
 */
const NON_ASCII = /[^\u0020-\u007e\s]/;

export function normalizeText(value: string): string {
  // Most text is ASCII: skip Unicode decomposition for it (index build time at 100k events).
  if (!NON_ASCII.test(value)) return value.toLowerCase();
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
}

/** The words of a query, each of which must appear in an event's text. */
export function searchWords(query: string): string[] {
  return normalizeText(query)
    .split(/[\s"]+/)
    .filter((w) => w !== '');
}

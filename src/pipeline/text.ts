/** Small text helpers shared by the extraction steps. */

/** A stable, readable id: lower case ASCII words joined by "-" (diacritics folded). */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, 's')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A RegExp source matching a phrase: words may be separated by spaces or hyphens,
 * apostrophes match straight or curly ones. Word boundaries are added by the caller.
 */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"))
    .join('[\\s-]+');
}

/**
 * Compile many phrases into one alternation (longest first, so "North Korea" wins
 * over "Korea"). `flags` decides case sensitivity. Lookarounds stand in for \b so
 * phrases may start or end with punctuation ("U.S.").
 */
export function compilePhrases(phrases: Iterable<string>, flags = 'g'): RegExp | undefined {
  const unique = [...new Set([...phrases].map((p) => p.trim()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${unique.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`,
    `${flags}u`,
  );
}

/** Canonical key for looking a phrase up in a map: case, apostrophes and hyphens folded. */
export function phraseKey(value: string): string {
  if (!/[’\s-]/.test(value)) return value.toLowerCase();
  return value
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** First letter upper case. */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

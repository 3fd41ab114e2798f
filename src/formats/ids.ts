/** Slug ids for imported items: stable, readable, unique within one dataset. */

/** "Critical Minerals & Chips" → "critical-minerals-chips"; keeps letters of any script. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Hands out ids, appending -2, -3… when a slug is already taken. */
export function createIdAllocator(taken: Iterable<string> = []) {
  const used = new Set(taken);
  /** `keep`: use `wanted` as it is (an id the file chose) rather than its slug. */
  return (wanted: string, fallback: string, keep = false): string => {
    const base = (keep ? wanted.trim() : slugify(wanted)) || fallback;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

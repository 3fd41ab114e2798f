/**
 * Country shading by how often the articles mention a country.
 *
 * A country's count is the number of distinct sentences that mention it, either
 * by name (a place of kind 'country') or through one of its cities (a 'city'
 * place with that `country` code). A sentence naming both "Tokyo" and "Japan"
 * counts once. Regions (e.g. "Indo-Pacific") have no country and are not shaded.
 * Counts are over the whole dataset, not the filtered events: the shading shows
 * what the articles are about, the markers show what the filters select.
 */
import type { Place } from '../../data/schema';

export function deriveCountryMentions(places: readonly Place[]): Map<string, number> {
  const sentences = new Map<string, Set<string>>();
  for (const place of places) {
    if (place.kind === 'region' || !place.country) continue;
    const code = place.country.toUpperCase();
    const set = sentences.get(code) ?? new Set<string>();
    for (const m of place.mentions) set.add(m);
    sentences.set(code, set);
  }
  const counts = new Map<string, number>();
  for (const [code, set] of sentences) if (set.size > 0) counts.set(code, set.size);
  return counts;
}

export interface ChoroplethClass {
  /** 1-based class number, used as the CSS class suffix (`m-1`…). */
  level: number;
  min: number;
  max: number;
  label: string;
}

/**
 * Up to `maxClasses` integer classes over 1..max. Small maxima get one class per count;
 * larger ones are split evenly, and very skewed ones (max > 20) geometrically, so a few
 * dominant countries do not push everything else into the first class.
 */
export function deriveChoroplethClasses(max: number, maxClasses = 4): ChoroplethClass[] {
  if (!(max >= 1)) return [];
  const top = Math.floor(max);
  const n = Math.min(maxClasses, top);
  const uppers: number[] = [];
  for (let i = 1; i <= n; i++) {
    const upper = i === n ? top : top > 20 ? Math.round(top ** (i / n)) : Math.round(1 + (i * top) / n) - 1;
    const floor = (uppers[uppers.length - 1] ?? 0) + 1;
    uppers.push(Math.max(upper, floor));
  }
  return uppers.map((hi, i) => {
    const lo = i === 0 ? 1 : uppers[i - 1] + 1;
    return { level: i + 1, min: lo, max: hi, label: lo === hi ? String(lo) : `${lo}–${hi}` };
  });
}

/** The class level (1…n) of a count, 0 when the country is not mentioned. */
export function classifyCount(classes: readonly ChoroplethClass[], count: number | undefined): number {
  if (!count || count < 1) return 0;
  for (const c of classes) if (count <= c.max) return c.level;
  return classes.length;
}

/** Which lane an event sits in: by its kind, or by the country of its place. */
import type { Dataset, EventKind, NewsEvent } from '../../data/schema';
import { EVENT_KINDS } from '../../data/vocabulary';
import { indexDataset } from '../../lib/dataset-index';
import type { Lanes } from '../../state/view-state';

export interface Lane {
  key: string;
  label: string;
  /** Events of the whole (filtered) set in this lane, not only those in view. */
  count: number;
}

export const UNKNOWN_LANE = 'unknown';

const KIND_LABELS: Record<EventKind, string> = {
  meeting: 'Meetings',
  visit: 'Visits',
  statement: 'Statements',
  policy: 'Policies',
  summit: 'Summits',
  decision: 'Decisions',
  other: 'Other',
};

export function kindLabel(kind: EventKind): string {
  return KIND_LABELS[kind];
}

/** The lane key of one event: its kind, or the ISO country code of its place ('unknown' without one). */
export function deriveLaneKey(event: NewsEvent, mode: Lanes, dataset: Dataset): string {
  if (mode === 'kind') return event.kind;
  const place = event.place ? indexDataset(dataset).places.get(event.place) : undefined;
  return place?.country ?? UNKNOWN_LANE;
}

/** A country's display name: a country place of the dataset, else the English region name. */
export function countryName(code: string, dataset: Dataset): string {
  if (code === UNKNOWN_LANE) return 'Unknown';
  const place = dataset.places.find((p) => p.kind === 'country' && p.country === code);
  if (place) return place.name;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Made on first use and kept: building one costs about as much as a hundred look-ups. */
let regionNames: Intl.DisplayNames | undefined;

/**
 * The lanes the events occupy: kinds in the schema's order, or countries by number of
 * events (then name) with 'Unknown' last. Empty lanes are left out.
 */
export function deriveLanes(events: readonly NewsEvent[], mode: Lanes, dataset: Dataset): Lane[] {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = deriveLaneKey(e, mode, dataset);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return orderLanes(counts, mode, (key) => countryName(key, dataset));
}

/** Lanes from per-key counts (keys with a count of 0 are left out), ordered as `deriveLanes` orders them. */
export function orderLanes(
  counts: ReadonlyMap<string, number>,
  mode: Lanes,
  countryLabel: (code: string) => string,
): Lane[] {
  if (mode === 'kind')
    return EVENT_KINDS.filter((k) => counts.get(k)).map((k) => ({
      key: k,
      label: kindLabel(k),
      count: counts.get(k)!,
    }));
  return [...counts.entries()]
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, label: countryLabel(key), count }))
    .sort((a, b) => {
      if ((a.key === UNKNOWN_LANE) !== (b.key === UNKNOWN_LANE)) return a.key === UNKNOWN_LANE ? 1 : -1;
      return b.count - a.count || a.label.localeCompare(b.label);
    });
}

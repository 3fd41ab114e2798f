/**
 * The active filters as removable chips: a readable label for each selected
 * value (unknown ids show as themselves, so they can still be removed) and
 * the filters without it.
 */
import type { Dataset } from '../../data/schema';
import { formatCalendarDate } from '../../lib/calendar-date';
import { indexDataset } from '../../lib/dataset-index';
import type { Filters } from '../../state/view-state';
import { kindLabel, statusLabel } from './option-labels';

export interface Chip {
  key: string;
  /** "Topic: Economic security" */
  label: string;
  without: Filters;
}

const shorten = (s: string, max = 48) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export function deriveChips(dataset: Dataset, filters: Filters): Chip[] {
  // Lookups built once per dataset: a toggle resolves only the selected ids.
  const { topics, people, places, sources } = indexDataset(dataset);
  const chips: Chip[] = [];
  const list = <K extends 'topics' | 'people' | 'places' | 'kinds' | 'statuses' | 'sources'>(
    facet: K,
    prefix: string,
    name: (id: string) => string,
  ) => {
    for (const id of filters[facet] as string[])
      chips.push({
        key: `${facet}:${id}`,
        label: `${prefix}: ${name(id)}`,
        without: { ...filters, [facet]: (filters[facet] as string[]).filter((x) => x !== id) },
      });
  };
  list('topics', 'Topic', (id) => topics.get(id)?.label ?? id);
  list('people', 'Person', (id) => people.get(id)?.name ?? id);
  list('places', 'Place', (id) => places.get(id)?.name ?? id);
  list('kinds', 'Kind', kindLabel);
  list('statuses', 'Status', statusLabel);
  list('sources', 'Source', (id) => {
    const s = sources.get(id);
    return s ? `${s.outlet}: ${shorten(s.title, 40)}` : id;
  });
  if (filters.from || filters.to) {
    const { from, to } = filters;
    const label =
      from && to
        ? from === to
          ? formatCalendarDate(from)
          : `${formatCalendarDate(from)} – ${formatCalendarDate(to)}`
        : from
          ? `from ${formatCalendarDate(from)}`
          : `until ${formatCalendarDate(to!)}`;
    chips.push({
      key: 'dates',
      label: `Dates: ${label}`,
      without: { ...filters, from: undefined, to: undefined },
    });
  }
  if (filters.q.trim())
    chips.push({
      key: 'q',
      label: `Search: “${shorten(filters.q.trim(), 30)}”`,
      without: { ...filters, q: '' },
    });
  return chips;
}

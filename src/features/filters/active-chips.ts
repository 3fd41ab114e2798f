/**
 * The active filters as removable chips: a readable label for each selected
 * value (unknown ids show as themselves, so they can still be removed) and
 * the filters without it.
 */
import type { Dataset } from '../../data/schema';
import { formatCalendarDate } from '../../lib/calendar-date';
import type { Filters } from '../../state/view-state';
import { kindLabel, statusLabel } from './panel-options';

export interface Chip {
  key: string;
  /** "Topic: Economic security" */
  label: string;
  without: Filters;
}

const shorten = (s: string, max = 48) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export function deriveChips(dataset: Dataset, filters: Filters): Chip[] {
  const topics = new Map(dataset.topics.map((t) => [t.id, t.label]));
  const people = new Map(dataset.people.map((p) => [p.id, p.name]));
  const places = new Map(dataset.places.map((p) => [p.id, p.name]));
  const sources = new Map(dataset.sources.map((s) => [s.id, `${s.outlet}: ${shorten(s.title, 40)}`]));
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
  list('topics', 'Topic', (id) => topics.get(id) ?? id);
  list('people', 'Person', (id) => people.get(id) ?? id);
  list('places', 'Place', (id) => places.get(id) ?? id);
  list('kinds', 'Kind', kindLabel);
  list('statuses', 'Status', statusLabel);
  list('sources', 'Source', (id) => sources.get(id) ?? id);
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

import type { ReactNode } from 'react';
import type { EntityKind } from './annotate-text';

export type FilterKind = EntityKind;

const NOUN: Record<FilterKind, string> = { people: 'person', places: 'place', topics: 'topic' };

/** "Filter by place Tokyo": the accessible name every filter control in details and reader uses. */
export function filterLabel(kind: FilterKind, label: string): string {
  return `Filter by ${NOUN[kind]} ${label}`;
}

/** A button that adds (or removes) an entity from the filters; looks like a chip or, inline, like marked text. */
export function FilterButton(props: {
  kind: FilterKind;
  id: string;
  label: string;
  inline?: boolean;
  onFilter(kind: FilterKind, id: string): void;
  children?: ReactNode;
}) {
  const { kind, id, label, inline, onFilter, children } = props;
  return (
    <button
      type="button"
      className={`${inline ? 'entity-mark' : 'filter-chip'} entity-${kind}`}
      aria-label={filterLabel(kind, label)}
      title={filterLabel(kind, label)}
      onClick={() => onFilter(kind, id)}
    >
      {children ?? label}
    </button>
  );
}

import type { KeyboardEvent, ReactNode } from 'react';
import type { EntityKind } from './annotate-text';

export type FilterKind = EntityKind;

const NOUN: Record<FilterKind, string> = { people: 'person', places: 'place', topics: 'topic' };

/** "Filter by place Tokyo": the accessible name every filter control in details and reader uses. */
export function filterLabel(kind: FilterKind, label: string): string {
  return `Filter by ${NOUN[kind]} ${label}`;
}

/**
 * A button that adds (or removes) an entity from the filters; looks like a chip or,
 * inline in article text, like marked text. Inline it is a span with the button role,
 * because a <button> cannot wrap across lines and multi-word names would break the flow.
 */
export function FilterButton(props: {
  kind: FilterKind;
  id: string;
  label: string;
  inline?: boolean;
  onFilter(kind: FilterKind, id: string): void;
  children?: ReactNode;
}) {
  const { kind, id, label, inline, onFilter, children } = props;
  if (inline) {
    const activate = () => onFilter(kind, id);
    // Native button keys: Enter acts on key down, Space on key up (and must not scroll).
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        activate();
      } else if (e.key === ' ') e.preventDefault();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') activate();
    };
    return (
      <span
        role="button"
        tabIndex={0}
        className={`entity-mark entity-${kind}`}
        aria-label={filterLabel(kind, label)}
        title={filterLabel(kind, label)}
        onClick={activate}
        onKeyDown={onKeyDown}
        onKeyUp={onKeyUp}
      >
        {children ?? label}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`filter-chip entity-${kind}`}
      aria-label={filterLabel(kind, label)}
      title={filterLabel(kind, label)}
      onClick={() => onFilter(kind, id)}
    >
      {children ?? label}
    </button>
  );
}

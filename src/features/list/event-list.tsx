import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, NewsEvent } from '../../data/schema';
import { DEFAULT_SORT, deriveRows, nextSort, orderEvents, type SortKey, type SortState } from './list-rows';
import { ListRow } from './list-row';
import './list.css';

/** Rows rendered per page; "Show more" adds another page (10,000 rows stay cheap). */
export const PAGE_SIZE = 50;

// `evl-wide`: columns left out when the list is phone-narrow (the details panel shows them).
const COLUMNS: { key: SortKey; label: string; className?: string }[] = [
  { key: 'date', label: 'Date', className: 'evl-col-date' },
  { key: 'title', label: 'Event', className: 'evl-col-title' },
  { key: 'kind', label: 'Kind', className: 'evl-wide' },
  { key: 'status', label: 'Status' },
  { key: 'place', label: 'Place', className: 'evl-wide' },
  { key: 'participants', label: 'People', className: 'evl-wide' },
  { key: 'topics', label: 'Topics', className: 'evl-col-topics evl-wide' },
  { key: 'sources', label: 'Sources', className: 'evl-col-num evl-wide' },
];

const SORT_TEXT: Record<SortKey, [string, string]> = {
  date: ['oldest first', 'newest first'],
  title: ['A to Z', 'Z to A'],
  kind: ['A to Z', 'Z to A'],
  status: ['A to Z', 'Z to A'],
  place: ['A to Z', 'Z to A'],
  participants: ['A to Z', 'Z to A'],
  topics: ['fewest first', 'most first'],
  sources: ['fewest first', 'most first'],
};

interface Props {
  dataset: Dataset;
  events: NewsEvent[];
  selectedId?: string;
  hoveredId?: string;
  onSelect(id: string): void;
  onHover(id: string | undefined): void;
}

/** The filtered events as a sortable table; the title selects an event. */
export function EventList({ dataset, events, selectedId, hoveredId, onSelect, onHover }: Props) {
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [seenEvents, setSeenEvents] = useState(events);
  if (seenEvents !== events) {
    // New filters: start again from the first page.
    setSeenEvents(events);
    setLimit(PAGE_SIZE);
  }
  const ordered = useMemo(() => orderEvents(dataset, events, sort), [dataset, events, sort]);
  const selectedIndex = ordered.findIndex((e) => e.id === selectedId);
  // The selected event is always on screen, even beyond the current page.
  const shown = Math.max(limit, selectedIndex + 1);
  // Only the rows on screen are formatted (10,000 filtered events, 50 rows).
  const rows = useMemo(() => deriveRows(dataset, ordered.slice(0, shown)), [dataset, ordered, shown]);
  const hidden = ordered.length - rows.length;
  const column = COLUMNS.find((c) => c.key === sort.key)!;

  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(
    function revealSelectedRow() {
      if (!selectedId) return;
      const rows = body.current ? Array.from(body.current.rows) : [];
      rows.find((r) => r.dataset.id === selectedId)?.scrollIntoView?.({ block: 'nearest' });
    },
    [selectedId],
  );

  return (
    <div className="evl">
      <div className="evl-scroll">
        <table>
          <caption>
            {events.length} {events.length === 1 ? 'event' : 'events'}, sorted by {column.label.toLowerCase()}{' '}
            ({SORT_TEXT[sort.key][sort.dir === 'asc' ? 0 : 1]})
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={c.className}
                  aria-sort={
                    sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  <button type="button" className="evl-sort" onClick={() => setSort(nextSort(sort, c.key))}>
                    {c.label}
                    <span aria-hidden="true" className="evl-sort-icon">
                      {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body} onMouseLeave={() => onHover(undefined)}>
            {rows.map((row) => (
              <ListRow
                key={row.event.id}
                row={row}
                selected={row.event.id === selectedId}
                hovered={row.event.id === hoveredId}
                onSelect={onSelect}
                onHover={onHover}
              />
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <button type="button" className="evl-more" onClick={() => setLimit(shown + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, hidden)} more ({hidden} not shown)
        </button>
      )}
    </div>
  );
}

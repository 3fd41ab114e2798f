import { memo } from 'react';
import type { EventRow } from './list-rows';

interface Props {
  row: EventRow;
  selected: boolean;
  hovered: boolean;
  onSelect(id: string): void;
  onHover(id: string | undefined): void;
}

const MAX_NAMES = 3;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "18 March 2023" may wrap only before the year, keeping the date column narrow. */
function breakBeforeYear(date: string): string {
  const cut = date.lastIndexOf(' ');
  return cut < 0
    ? date
    : `${date.slice(0, cut).replace(/ /g, '\u00a0')} ${date.slice(cut + 1).replace(/ /g, '\u00a0')}`;
}

function names(list: string[]): string {
  return list.length > MAX_NAMES
    ? `${list.slice(0, MAX_NAMES).join(', ')} +${list.length - MAX_NAMES}`
    : list.join(', ');
}

/** One event; memoized so hovering one row re-renders two rows, not the page. */
export const ListRow = memo(function ListRow({ row, selected, hovered, onSelect, onHover }: Props) {
  const { event } = row;
  const cls = [selected && 'is-selected', hovered && 'is-hovered'].filter(Boolean).join(' ');
  return (
    <tr
      data-id={event.id}
      className={cls}
      aria-current={selected ? 'true' : undefined}
      onMouseEnter={() => onHover(event.id)}
    >
      <td className="evl-col-date">
        <time dateTime={event.date.start} title={row.precision}>
          {breakBeforeYear(row.date)}
        </time>
      </td>
      <th scope="row" className="evl-col-title">
        <button
          type="button"
          className="evl-title"
          aria-pressed={selected}
          onClick={() => onSelect(event.id)}
          onFocus={() => onHover(event.id)}
          onBlur={() => onHover(undefined)}
        >
          {event.title}
        </button>
      </th>
      <td className="evl-wide">{capitalize(event.kind)}</td>
      <td>
        <span className={`evl-status evl-status-${event.status}`}>{capitalize(event.status)}</span>
      </td>
      <td className="evl-wide">{row.place}</td>
      <td className="evl-wide" title={row.participants.join(', ')}>
        {names(row.participants)}
      </td>
      <td className="evl-col-topics evl-wide" title={row.topics.join(', ')}>
        {names(row.topics)}
      </td>
      <td className="evl-col-num evl-wide">{row.sources}</td>
    </tr>
  );
});

import { memo } from 'react';
import { formatEventDate } from '../../lib/calendar-date';
import type { MarkLayout } from './layout';

export interface MarkHandlers {
  onSelect(id: string): void;
  onEnter(id: string): void;
  onLeave(id: string): void;
  onFocus(id: string): void;
  onBlur(id: string): void;
}

/** From this many px per day, a dot also shows the whole day it stands for. */
const DAY_BAND_FROM = 16;

const STATUS_TEXT = { held: 'held', planned: 'planned', background: 'background' } as const;
const PRECISION_TEXT = { day: '', month: ', exact day unknown', year: ', exact date unknown' } as const;

/** "Kishida and Scholz hold talks in Tokyo, 18 March 2023, meeting, held". */
export function markName(mark: MarkLayout): string {
  const e = mark.item.event;
  return `${e.title}, ${formatEventDate(e.date)}${PRECISION_TEXT[e.date.precision]}, ${e.kind}, ${STATUS_TEXT[e.status]}`;
}

interface Props {
  mark: MarkLayout;
  gradient: string;
  tabStop: boolean;
  selected: boolean;
  hovered: boolean;
  describedBy?: string;
  handlers: MarkHandlers;
}

/** One event: a dot for a known day, a bar for a span (faded ends when the exact date is unknown). */
export const TimelineMark = memo(function TimelineMark(props: Props) {
  const { mark, gradient, tabStop, selected, hovered, describedBy, handlers } = props;
  const { item, cx, x0, x1, y, label, labelX, labelWidth, anchor } = mark;
  const id = item.id;
  const labelStart = anchor === 'start' ? labelX : labelX - labelWidth;
  const left =
    Math.min(item.shape === 'point' ? cx - 6 : Math.max(x0, -4), label ? labelStart : Infinity) - 3;
  const right =
    Math.max(item.shape === 'point' ? cx + 6 : x1, label ? labelStart + labelWidth : -Infinity) + 3;
  // A label on a bar reads on the bar's light tint (a halo would blot it word by word); one beside it needs the halo.
  const inBar = item.shape !== 'point' && label && labelStart < x1 && labelStart + labelWidth > x0;
  const className = [
    'tl-mark',
    `tl-mark--${item.event.status}`,
    `tl-mark--${item.shape}`,
    selected && 'is-selected',
    hovered && 'is-hovered',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={className}
      data-event-id={id}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={markName(mark)}
      aria-pressed={selected}
      aria-describedby={describedBy}
      onClick={() => handlers.onSelect(id)}
      onMouseEnter={() => handlers.onEnter(id)}
      onMouseLeave={() => handlers.onLeave(id)}
      onFocus={() => handlers.onFocus(id)}
      onBlur={() => handlers.onBlur(id)}
    >
      <title>{item.event.title}</title>
      <rect className="tl-ring" x={left} y={y - 10} width={Math.max(0, right - left)} height={20} rx={4} />
      {item.shape === 'point' && x1 - x0 >= DAY_BAND_FROM && (
        <rect className="tl-dayband" x={x0} y={y - 9} width={x1 - x0} height={18} />
      )}
      {item.shape === 'point' ? (
        <circle className="tl-dot" cx={cx} cy={y} r={5} />
      ) : (
        <rect
          className="tl-bar"
          x={x0}
          y={y - 6}
          width={Math.max(2, x1 - x0)}
          height={12}
          rx={2}
          // Inline style, since the stylesheet's fill would beat a fill attribute.
          style={
            item.shape === 'fuzzy'
              ? { fill: `url(#${gradient}-${item.event.status})`, fillOpacity: 1 }
              : undefined
          }
        />
      )}
      {label && (
        <text
          className={inBar ? 'tl-label tl-label--in-bar' : 'tl-label'}
          x={labelX}
          y={y}
          dy="0.35em"
          textAnchor={anchor}
        >
          {label}
        </text>
      )}
    </g>
  );
});

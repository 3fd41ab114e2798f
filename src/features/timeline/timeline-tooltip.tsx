import type { Dataset } from '../../data/schema';
import { formatEventDate, precisionLabel } from '../../lib/calendar-date';
import { indexDataset } from '../../lib/dataset-index';
import type { MarkLayout } from './layout';

const STATUS = { held: 'Held', planned: 'Planned', background: 'Background' } as const;

/** Full title and facts of the hovered or focused mark, placed below it (above near the bottom). */
export function TimelineTooltip({
  id,
  mark,
  dataset,
  left: offset,
  width,
  height,
}: {
  id: string;
  mark?: MarkLayout;
  /** Where the plot starts inside the positioned container (after the lane-name column). */
  left: number;
  dataset: Dataset;
  width: number;
  height: number;
}) {
  if (!mark) return null;
  const e = mark.item.event;
  const place = e.place ? indexDataset(dataset).places.get(e.place)?.name : undefined;
  const anchorX = mark.item.shape === 'point' ? mark.cx : Math.max(0, mark.x0);
  const left = offset + Math.max(0, Math.min(width - 280, anchorX - 12));
  const below = mark.y + 110 < height;
  return (
    <div
      id={id}
      role="tooltip"
      className="tl-tooltip"
      style={below ? { left, top: mark.y + 14 } : { left, top: mark.y - 14, transform: 'translateY(-100%)' }}
    >
      <strong>{e.title}</strong>
      <span>
        {formatEventDate(e.date)}
        {e.date.precision !== 'day' && ` (${precisionLabel(e.date.precision)})`}
      </span>
      <span>
        {STATUS[e.status]}
        {place && ` · ${place}`}
      </span>
    </div>
  );
}

// SKELETON: the timeline engineer replaces this.
import type { Dataset, NewsEvent } from '../../data/schema';
import type { Lanes } from '../../state/view-state';

export interface TimelineProps {
  dataset: Dataset;
  events: NewsEvent[];
  selectedId?: string;
  hoveredId?: string;
  onSelect(id: string | undefined): void;
  onHover(id: string | undefined): void;
  range?: [string, string];
  onRangeChange(range: [string, string] | undefined): void;
  lanes: Lanes;
  onLanesChange(lanes: Lanes): void;
  dateFilter: { from?: string; to?: string };
  onDateFilterChange(from: string | undefined, to: string | undefined): void;
  controls?: boolean;
}
export function Timeline({ events, onSelect }: TimelineProps) {
  return (
    <ul>
      {events.map((e) => (
        <li key={e.id}>
          <button type="button" onClick={() => onSelect(e.id)}>
            {e.title}
          </button>
        </li>
      ))}
    </ul>
  );
}

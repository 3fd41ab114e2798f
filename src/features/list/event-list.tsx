// SKELETON: the filters/list engineer replaces this.
import type { Dataset, NewsEvent } from '../../data/schema';

export function EventList(props: {
  dataset: Dataset;
  events: NewsEvent[];
  selectedId?: string;
  hoveredId?: string;
  onSelect(id: string): void;
  onHover(id: string | undefined): void;
}) {
  return <p>{props.events.length} events</p>;
}

import { EventList } from '../../features/list/event-list';
import type { PanelProps } from '../panel-props';

export function ListPanel({ x }: PanelProps) {
  return (
    <section aria-label="Event list" className="embed-panel embed-scroll embed-list">
      <EventList
        dataset={x.dataset}
        events={x.events}
        selectedId={x.state.selected}
        hoveredId={x.hoveredId}
        onSelect={x.select}
        onHover={x.setHovered}
      />
    </section>
  );
}

import { EventDetails } from '../../features/details/event-details';
import { SourceReader } from '../../features/details/source-reader';
import type { PanelProps } from '../panel-props';

export function DetailsPanel({ x, options }: PanelProps) {
  const { state } = x;
  return (
    <section aria-label="Details" className="embed-panel embed-scroll embed-details">
      {state.reader ? (
        <SourceReader
          dataset={x.dataset}
          source={state.reader.source}
          sentence={state.reader.sentence}
          onClose={x.closeReader}
          onFilter={x.toggleFilter}
        />
      ) : x.selectedEvent ? (
        <EventDetails
          dataset={x.dataset}
          event={x.selectedEvent}
          onClose={() => x.select(undefined)}
          onOpenReader={x.openReader}
          onFilter={x.toggleFilter}
        />
      ) : (
        <p className="embed-hint">
          {options.group
            ? 'Select an event in a linked panel to see what each source says.'
            : 'No event selected.'}
        </p>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import { EventDetails } from '../features/details/event-details';
import { SourceReader } from '../features/details/source-reader';
import type { Explorer } from './use-explorer';

/** What the Details region shows: the source reader, else the selected event, else a hint. */
export function DetailsContent({
  x,
  hint,
  onClose,
}: {
  x: Explorer;
  hint: ReactNode;
  /** Called after the details close (e.g. to return focus). */
  onClose?: () => void;
}) {
  const { state } = x;
  if (state.reader) {
    return (
      <SourceReader
        dataset={x.dataset}
        source={state.reader.source}
        sentence={state.reader.sentence}
        onClose={x.closeReader}
        onFilter={x.toggleFilter}
      />
    );
  }
  if (x.selectedEvent) {
    return (
      <EventDetails
        dataset={x.dataset}
        event={x.selectedEvent}
        onClose={() => {
          x.select(undefined);
          onClose?.();
        }}
        onOpenReader={x.openReader}
        onFilter={x.toggleFilter}
      />
    );
  }
  return <>{hint}</>;
}

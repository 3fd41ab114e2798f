/** A text alternative for screen readers: the places with events, the routes, the other places named. */
import { memo } from 'react';
import type { PlaceMarker } from './markers';
import type { TravelLine } from './travel-lines';
import { eventsLabel } from './place-icon';

const LIMIT = 40;

export const MapSummary = memo(MapSummaryImpl);

function MapSummaryImpl({
  id,
  markers,
  lines,
}: {
  id: string;
  markers: readonly PlaceMarker[];
  lines: readonly TravelLine[];
}) {
  const withEvents = markers.filter((m) => !m.context).sort((a, b) => b.eventIds.length - a.eventIds.length);
  const context = markers.filter((m) => m.context);
  return (
    <div id={id} className="visually-hidden">
      <p>
        {withEvents.length === 0
          ? 'No filtered event has a place.'
          : `${withEvents.length} ${withEvents.length === 1 ? 'place has' : 'places have'} events: ` +
            withEvents
              .slice(0, LIMIT)
              .map((m) => `${m.name} (${eventsLabel(m.eventIds.length)})`)
              .join(', ') +
            (withEvents.length > LIMIT ? `, and ${withEvents.length - LIMIT} more.` : '.')}
      </p>
      {lines.length > 0 && <p>Travel: {lines.map((l) => `${l.fromName} to ${l.toName}`).join('; ')}.</p>}
      {context.length > 0 && (
        <p>
          Also mentioned:{' '}
          {context
            .slice(0, LIMIT)
            .map((m) => m.name)
            .join(', ')}
          .
        </p>
      )}
      <p>
        Countries are shaded by how many sentences mention them. Arrow keys pan the map, plus and minus zoom.
      </p>
    </div>
  );
}

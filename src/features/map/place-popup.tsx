/** The popup of a place: its events (buttons that select them) and the place filter toggle. */
import type { KeyboardEvent } from 'react';
import type { NewsEvent } from '../../data/schema';
import { formatEventDate } from '../../lib/calendar-date';
import type { PlaceMarker } from './markers';
import { eventsLabel } from './place-icon';

const POPUP_LIMIT = 8;

export interface PlacePopupProps {
  marker: PlaceMarker;
  events: ReadonlyMap<string, NewsEvent>;
  active: boolean;
  onToggle(placeId: string): void;
  onSelect(id: string): void;
  /** Escape inside the popup: close it and return focus to the marker. */
  onClose(): void;
}

export function PlacePopupContent({ marker, events, active, onToggle, onSelect, onClose }: PlacePopupProps) {
  const count = marker.eventIds.length;
  const listed = marker.eventIds.slice(0, POPUP_LIMIT);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  return (
    // Catches Escape bubbling up from the buttons inside (Leaflet only handles it when the map has focus).
    <div onKeyDown={onKeyDown}>
      <p className="map-popup-title">
        <strong>{marker.name}</strong> · {eventsLabel(count)}
      </p>
      <ul className="map-popup-events" aria-label={`Events in ${marker.name}`}>
        {listed.map((id) => {
          const e = events.get(id);
          return e ? (
            <li key={id}>
              <button type="button" onClick={() => onSelect(id)}>
                <span className="map-popup-event-title">{e.title}</span>{' '}
                <span className="map-popup-date">{formatEventDate(e.date)}</span>
              </button>
            </li>
          ) : null;
        })}
      </ul>
      {count > listed.length && <p className="map-popup-more">and {count - listed.length} more</p>}
      <button type="button" className="map-popup-filter" onClick={() => onToggle(marker.placeId)}>
        {active ? 'Show all places' : `Only ${marker.name}`}
      </button>
    </div>
  );
}

/** One place: a focusable marker with a label; click/Enter filters to it and opens its event list. */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Marker, Popup } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { NewsEvent } from '../../data/schema';
import type { LabelPosition } from './label-placement';
import type { Offset } from './marker-spread';
import { sameMarker, type PlaceMarker } from './markers';
import { applyZIndexOffset, createPlaceIcon, setMarkerHidden, updatePlaceIcon } from './place-icon';
import { PlacePopupContent } from './place-popup';

export interface PlaceMarkerViewProps {
  marker: PlaceMarker;
  radius: number;
  offset: Offset;
  label: LabelPosition | null;
  hovered: boolean;
  selected: boolean;
  active: boolean;
  events: ReadonlyMap<string, NewsEvent>;
  onToggle(placeId: string): void;
  onHover(id: string | undefined): void;
  onSelect(id: string): void;
  /** Gone from the view after a filter change: kept hidden, to be shown again rather than rebuilt. */
  hidden?: boolean;
}

/**
 * Rendered again only when it changes: a hidden marker not until it is shown (see `retainItems`
 * in clusters.ts), a shown one when anything it draws, names or lists does (a filter change
 * leaves many places as they were, though `deriveMapLayers` gives them new objects).
 */
export const PlaceMarkerView = memo(PlaceMarkerViewImpl, samePlaceProps);

function samePlaceProps(a: PlaceMarkerViewProps, b: PlaceMarkerViewProps): boolean {
  if (a.hidden && b.hidden) return true;
  return (
    !!a.hidden === !!b.hidden &&
    a.radius === b.radius &&
    a.offset.dx === b.offset.dx &&
    a.offset.dy === b.offset.dy &&
    a.label === b.label &&
    a.hovered === b.hovered &&
    a.selected === b.selected &&
    a.active === b.active &&
    a.events === b.events &&
    a.onToggle === b.onToggle &&
    a.onHover === b.onHover &&
    a.onSelect === b.onSelect &&
    sameMarker(a.marker, b.marker)
  );
}

function PlaceMarkerViewImpl(props: PlaceMarkerViewProps) {
  const { marker, radius, offset, label, hovered, selected, active, events, onToggle, onHover, onSelect } =
    props;
  const hidden = props.hidden ?? false;
  const ref = useRef<LeafletMarker>(null);
  const count = marker.eventIds.length;
  const position = useMemo(() => [marker.lat, marker.lon] as [number, number], [marker.lat, marker.lon]);
  const spec = {
    name: marker.name,
    count,
    radius,
    kind: marker.kind,
    context: marker.context,
    dx: offset.dx,
    dy: offset.dy,
  };
  // One icon per marker (its kind and context never change: see the key in places-layer.tsx). A
  // new icon would make Leaflet rebuild the element on every filter change (setIcon); counts,
  // size and offset are written into the one it has instead, before the frame is painted.
  const [icon] = useState(() => createPlaceIcon(spec));
  useLayoutEffect(
    function updateIconInPlace() {
      // A hidden marker keeps what it showed; it is brought up to date when shown again.
      if (!hidden) updatePlaceIcon(icon, spec, ref.current?.getElement());
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `spec` is these values
    [icon, spec.name, spec.count, spec.radius, spec.context, spec.dx, spec.dy, hidden],
  );
  useLayoutEffect(() => setMarkerHidden(ref.current, hidden), [hidden]);

  useEffect(
    function syncMarkerState() {
      const el = ref.current?.getElement();
      if (!el || hidden) return;
      // Unchanged attributes are not written again: each write re-checks the styles that match it.
      if (el.dataset.label !== (label ?? 'hidden')) el.dataset.label = label ?? 'hidden';
      el.classList.toggle('is-hovered', hovered);
      el.classList.toggle('is-selected', selected);
      el.classList.toggle('is-active', active);
      if (!marker.context && el.getAttribute('aria-pressed') !== String(active))
        el.setAttribute('aria-pressed', String(active));
      // Smaller circles above bigger ones, so a country's marker under a big city stays clickable.
      const z = selected || hovered ? 10000 : marker.context ? -10000 : -radius * 100;
      if (ref.current) applyZIndexOffset(ref.current, z);
    },
    [icon, label, hovered, selected, active, marker.context, radius, hidden],
  );

  // Handlers read the latest place and first event: stable, so a filter change (a new first
  // event) does not unbind and rebind every marker's Leaflet and DOM listeners.
  const latest = useRef({ placeId: marker.placeId, firstEvent: marker.eventIds[0], onToggle, onHover });
  useLayoutEffect(() => {
    latest.current = { placeId: marker.placeId, firstEvent: marker.eventIds[0], onToggle, onHover };
  });
  useEffect(
    function linkFocusToHover() {
      // Keyboard users get the same cross-panel highlight as mouse users.
      const el = ref.current?.getElement();
      if (!el || marker.context) return;
      const onFocus = () => latest.current.onHover(latest.current.firstEvent);
      const onBlur = () => latest.current.onHover(undefined);
      el.addEventListener('focus', onFocus);
      el.addEventListener('blur', onBlur);
      return () => {
        el.removeEventListener('focus', onFocus);
        el.removeEventListener('blur', onBlur);
      };
    },
    [icon, marker.context],
  );
  const handlers = useMemo(() => {
    const toggle = () => latest.current.onToggle(latest.current.placeId);
    return {
      click: toggle,
      keypress: (e: LeafletKeyboardEvent) => {
        // Leaflet opens the popup on Enter but fires no click; Enter must also filter.
        if (e.originalEvent.key === 'Enter') {
          toggle();
          focusPopupSoon(ref.current);
        }
      },
      mouseover: () => latest.current.onHover(latest.current.firstEvent),
      mouseout: () => latest.current.onHover(undefined),
      popupclose: () => {
        // Give focus back to the marker if it was inside the closing popup.
        const popupEl = ref.current?.getPopup()?.getElement();
        if (popupEl?.contains(document.activeElement)) ref.current?.getElement()?.focus();
      },
    };
  }, []);

  if (marker.context)
    return <Marker ref={ref} position={position} icon={icon} interactive={false} keyboard={false} />;

  return (
    <Marker ref={ref} position={position} icon={icon} eventHandlers={handlers} riseOnHover>
      <Popup className="map-popup" maxWidth={280} minWidth={200} autoPanPadding={[16, 16]}>
        <PlacePopupContent
          marker={marker}
          events={events}
          active={active}
          onToggle={onToggle}
          onSelect={onSelect}
          onClose={() => {
            ref.current?.closePopup();
            ref.current?.getElement()?.focus();
          }}
        />
      </Popup>
    </Marker>
  );
}

/** After a keyboard opening, move focus into the popup so its buttons are the next thing reached. */
function focusPopupSoon(marker: LeafletMarker | null, tries = 10) {
  requestAnimationFrame(() => {
    // React renders the popup's content after Leaflet opens it; wait a few frames for it.
    const button = marker?.getPopup()?.getElement()?.querySelector<HTMLButtonElement>('button');
    if (button) button.focus();
    else if (tries > 0) focusPopupSoon(marker, tries - 1);
  });
}

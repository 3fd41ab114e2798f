/**
 * Leaflet icons for places and clusters, built as DOM (never HTML strings: place
 * names come from the articles). L.marker + divIcon rather than circleMarker so
 * each marker is a focusable element (role=button) with an accessible name, and
 * no image URL is ever requested.
 */
import L from 'leaflet';

interface AccessibleIconOptions extends L.DivIconOptions {
  ariaLabel?: string;
}

/** A divIcon that names its element; Leaflet reuses the element on setIcon, so focus survives updates. */
class AccessibleDivIcon extends L.DivIcon {
  declare options: AccessibleIconOptions;
  constructor(options: AccessibleIconOptions) {
    super(options);
  }
  createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    if (this.options.ariaLabel) {
      el.setAttribute('aria-label', this.options.ariaLabel);
      el.removeAttribute('aria-hidden');
    } else {
      el.removeAttribute('aria-label');
      el.setAttribute('aria-hidden', 'true');
    }
    return el;
  }
}

function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export interface PlaceIconSpec {
  name: string;
  count: number;
  radius: number;
  kind: 'city' | 'country' | 'region';
  context: boolean;
  /** Screen offset from the true position (see marker-spread.ts). */
  dx?: number;
  dy?: number;
}

export const eventsLabel = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

export function createPlaceIcon({
  name,
  count,
  radius,
  kind,
  context,
  dx = 0,
  dy = 0,
}: PlaceIconSpec): L.DivIcon {
  const html = document.createElement('span');
  html.className = 'map-marker-body';
  const dot = span('map-dot', !context && radius >= 9 ? String(count) : undefined);
  dot.style.width = dot.style.height = `${radius * 2}px`;
  html.append(dot, span('map-label', name));
  return new AccessibleDivIcon({
    html,
    className: `map-place kind-${kind}${context ? ' is-context' : ''}`,
    iconSize: [radius * 2, radius * 2],
    iconAnchor: [radius - dx, radius - dy],
    popupAnchor: [dx, dy - radius],
    ariaLabel: context ? undefined : `${name}: ${eventsLabel(count)}`,
  });
}

export function createClusterIcon(places: number, events: number, radius: number): L.DivIcon {
  const html = span('map-dot', events >= 1000 ? `${Math.round(events / 100) / 10}k` : String(events));
  html.style.width = html.style.height = `${radius * 2}px`;
  return new AccessibleDivIcon({
    html,
    className: 'map-cluster',
    iconSize: [radius * 2, radius * 2],
    iconAnchor: [radius, radius],
    ariaLabel: `${places} places with ${eventsLabel(events)}; zoom in`,
  });
}

export function createArrowIcon(angle: number): L.DivIcon {
  const html = span('map-arrow');
  html.style.transform = `rotate(${angle.toFixed(1)}deg)`;
  return new AccessibleDivIcon({ html, className: 'map-arrow-icon', iconSize: [14, 14], iconAnchor: [7, 7] });
}

let context2d: CanvasRenderingContext2D | null | undefined;
/** Label width in pixels (the label font is set in map.css: 600 12px of the page font). */
export function measureLabel(text: string, font: string): number {
  if (context2d === undefined) context2d = document.createElement('canvas').getContext('2d');
  if (!context2d) return text.length * 7;
  context2d.font = font;
  return Math.ceil(context2d.measureText(text).width) + 4;
}

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

/** A divIcon that names its element (updated in place by `updatePlaceIcon`/`updateClusterIcon`). */
class AccessibleDivIcon extends L.DivIcon {
  declare options: AccessibleIconOptions;
  constructor(options: AccessibleIconOptions) {
    super(options);
  }
  createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    nameElement(el, this.options.ariaLabel);
    return el;
  }
}

function nameElement(el: HTMLElement, label: string | undefined) {
  if (label) {
    if (el.getAttribute('aria-label') !== label) el.setAttribute('aria-label', label);
    el.removeAttribute('aria-hidden');
  } else {
    el.removeAttribute('aria-label');
    el.setAttribute('aria-hidden', 'true');
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

export function createPlaceIcon(spec: PlaceIconSpec): L.DivIcon {
  const html = document.createElement('span');
  html.className = 'map-marker-body';
  html.append(span('map-dot'), span('map-label', spec.name));
  const icon = new AccessibleDivIcon({
    html,
    className: `map-place kind-${spec.kind}${spec.context ? ' is-context' : ''}`,
  });
  updatePlaceIcon(icon, spec);
  return icon;
}

/**
 * Gives an icon made by `createPlaceIcon` a new count, size and offset, and its element too
 * when Leaflet has drawn it (`el`): what `setIcon` with a new icon would show, without Leaflet
 * rebuilding the element (`_initIcon`) and its listeners on every filter change. The kind and
 * context class are fixed at creation (a place turning into a context dot is a new marker).
 */
export function updatePlaceIcon(icon: L.DivIcon, spec: PlaceIconSpec, el?: HTMLElement | null): void {
  const { name, count, radius, context, dx = 0, dy = 0 } = spec;
  const body = icon.options.html as HTMLElement;
  const dot = body.firstElementChild as HTMLElement;
  const label = body.lastElementChild as HTMLElement;
  setText(dot, !context && radius >= 9 ? String(count) : '');
  setText(label, name);
  setBox(icon, el, [radius * 2, radius * 2], [radius - dx, radius - dy]);
  icon.options.popupAnchor = [dx, dy - radius];
  setName(icon, el, context ? undefined : `${name}: ${eventsLabel(count)}`);
}

export function createClusterIcon(places: number, events: number, radius: number): L.DivIcon {
  const icon = new AccessibleDivIcon({ html: span('map-dot'), className: 'map-cluster' });
  updateClusterIcon(icon, places, events, radius);
  return icon;
}

/** Like `updatePlaceIcon`, for an icon made by `createClusterIcon`. */
export function updateClusterIcon(
  icon: L.DivIcon,
  places: number,
  events: number,
  radius: number,
  el?: HTMLElement | null,
): void {
  const dot = icon.options.html as HTMLElement;
  setText(dot, events >= 1000 ? `${Math.round(events / 100) / 10}k` : String(events));
  setBox(icon, el, [radius * 2, radius * 2], [radius, radius]);
  setName(icon, el, `${places} places with ${eventsLabel(events)}; zoom in`);
}

/** Writes only what changed: a text node's data rather than a new node, no unchanged style. */
function setText(el: HTMLElement, text: string) {
  const node = el.firstChild;
  if (node && node === el.lastChild && node.nodeType === Node.TEXT_NODE && text !== '') {
    if ((node as Text).data !== text) (node as Text).data = text;
  } else if (el.textContent !== text) el.textContent = text;
}

function setStyle(
  el: HTMLElement,
  name: 'width' | 'height' | 'marginLeft' | 'marginTop' | 'transform',
  value: string,
) {
  if (el.style[name] !== value) el.style[name] = value;
}

/**
 * The icon's size and anchor, and the element's, styled as Leaflet's `_setIconStyles` does. The
 * dot fills the element (map.css), so a new size is four style writes, not six.
 */
function setBox(
  icon: L.DivIcon,
  el: HTMLElement | null | undefined,
  size: L.PointTuple,
  anchor: L.PointTuple,
) {
  icon.options.iconSize = size;
  icon.options.iconAnchor = anchor;
  if (!el) return;
  setStyle(el, 'marginLeft', `${-anchor[0]}px`);
  setStyle(el, 'marginTop', `${-anchor[1]}px`);
  setStyle(el, 'width', `${size[0]}px`);
  setStyle(el, 'height', `${size[1]}px`);
}

function setName(icon: L.DivIcon, el: HTMLElement | null | undefined, label: string | undefined) {
  (icon.options as AccessibleIconOptions).ariaLabel = label;
  if (el) nameElement(el, label);
}

export function createArrowIcon(angle: number): L.DivIcon {
  const html = span('map-arrow');
  const icon = new AccessibleDivIcon({
    html,
    className: 'map-arrow-icon',
    iconSize: [14, 14],
    iconAnchor: [7, 7],
  });
  updateArrowIcon(icon, angle);
  return icon;
}

/** Turns an arrow made by `createArrowIcon` (drawn or not: its element is the one Leaflet shows). */
export function updateArrowIcon(icon: L.DivIcon, angle: number): void {
  setStyle(icon.options.html as HTMLElement, 'transform', `rotate(${angle.toFixed(1)}deg)`);
}

/**
 * Gives a marker another z-index offset, writing only the element's z-index: Leaflet's
 * `setZIndexOffset` runs `update()`, which also rewrites the element's transform (unchanged).
 */
export function applyZIndexOffset(marker: L.Marker, offset: number): void {
  const m = marker as L.Marker & { _zIndex?: number; _icon?: HTMLElement; _resetZIndex(): void };
  const previous = m.options.zIndexOffset ?? 0;
  if (previous === offset) return;
  m.options.zIndexOffset = offset;
  // Not placed yet: Leaflet computes the z-index from the new offset when it places the marker.
  if (m._zIndex === undefined || !m._icon) return;
  m._zIndex += offset - previous;
  m._resetZIndex();
}

/**
 * Hides a marker kept for later (see `retainItems` in clusters.ts) or shows it again. Hidden
 * (visibility: hidden), it is not painted, clickable, focusable or in the accessibility tree, as
 * if removed, yet keeps its boxes: showing it again costs no layout, as display: none would. An
 * open popup closes, as it would with the marker.
 */
export function setMarkerHidden(marker: L.Marker | null, hidden: boolean): void {
  const el = marker?.getElement();
  if (!marker || !el) return;
  if (hidden) marker.closePopup();
  setVisibility(el, hidden);
}

function setVisibility(el: HTMLElement, hidden: boolean): void {
  const visibility = hidden ? 'hidden' : '';
  if (el.style.visibility !== visibility) el.style.visibility = visibility;
}

let context2d: CanvasRenderingContext2D | null | undefined;
/** Widths by font and text: the same names are measured again after every filter change. */
const widths = new Map<string, number>();

/** Label width in pixels (the label font is set in map.css: 600 12px of the page font). */
export function measureLabel(text: string, font: string): number {
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (context2d === undefined) context2d = document.createElement('canvas').getContext('2d');
    if (!context2d) return text.length * 7;
    context2d.font = font;
    width = Math.ceil(context2d.measureText(text).width) + 4;
    // Place names of one dataset are a few thousand at most; a new font or dataset starts over.
    if (widths.size > 20_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

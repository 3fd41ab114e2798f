import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../lib/dataset-index';
import type { NewsEvent } from '../../data/schema';
import { deriveMapLayers, indexMap } from './map-index';
import {
  CONTEXT_RADIUS,
  MAX_RADIUS,
  MIN_RADIUS,
  deriveRadiusScale,
  placeOfEvent,
  sameMarker,
  type PlaceMarker,
} from './markers';
import { makeFixture } from './test-fixture';

const data = makeFixture();
const index = indexDataset(data);
const derivePlaceMarkers = (events: readonly NewsEvent[]) => deriveMapLayers(indexMap(data), events).markers;
const deriveFitBounds = (events: readonly NewsEvent[]) => deriveMapLayers(indexMap(data), events).bounds;

describe('deriveMapLayers: markers', () => {
  const markers = derivePlaceMarkers(data.events);
  const byId = new Map(markers.map((m) => [m.placeId, m]));

  it('gives each place with events a marker listing its events, countries included', () => {
    expect(byId.get('tokyo')).toMatchObject({ eventIds: ['talks', 'consultations'], context: false });
    expect(byId.get('hiroshima')?.eventIds).toEqual(['g7']);
    expect(byId.get('japan')).toMatchObject({ kind: 'country', eventIds: ['visit'], lat: 36.2, lon: 138.25 });
  });

  it('adds context dots for mentioned cities and travel origins without events, not for countries or regions', () => {
    expect(byId.get('berlin')).toMatchObject({ context: true, eventIds: [] });
    expect(byId.get('beijing')?.context).toBe(true);
    expect(byId.has('germany')).toBe(false);
    expect(byId.has('indo-pacific')).toBe(false);
  });

  it('follows the filtered events: filtered-out places become context dots', () => {
    const only = derivePlaceMarkers(data.events.filter((e) => e.id === 'g7'));
    const ids = new Map(only.map((m) => [m.placeId, m.context]));
    expect(ids.get('hiroshima')).toBe(false);
    expect(ids.get('tokyo')).toBe(true);
    expect(ids.has('japan')).toBe(false);
  });

  it('orders markers west to east for a predictable Tab order', () => {
    const lons = markers.map((m) => m.lon);
    expect(lons).toEqual([...lons].sort((a, b) => a - b));
  });
});

describe('deriveRadiusScale', () => {
  it('scales the area with the count and keeps small markers clickable', () => {
    const radius = deriveRadiusScale(derivePlaceMarkers(data.events));
    expect(radius(2)).toBe(MAX_RADIUS);
    expect(radius(1)).toBeCloseTo(MAX_RADIUS / Math.SQRT2);
    expect(radius(0)).toBe(CONTEXT_RADIUS);
    const many = deriveRadiusScale([
      {
        placeId: 'x',
        name: 'X',
        kind: 'city',
        lat: 0,
        lon: 0,
        eventIds: Array(400).fill('e'),
        context: false,
      },
    ]);
    expect(many(1)).toBe(MIN_RADIUS);
    expect(many(100)).toBeCloseTo(MAX_RADIUS / 2);
  });
});

describe('deriveMapLayers: fit bounds', () => {
  it('covers the places of the events, not the travel origins or arcs', () => {
    expect(deriveFitBounds(data.events)).toEqual([
      [34.39, 132.45],
      [36.2, 139.69],
    ]);
  });
  it('falls back to the origins when no event has a place', () => {
    const visit = data.events.find((e) => e.origin)!;
    expect(deriveFitBounds([{ ...visit, place: undefined }])).toEqual([
      [52.52, 13.4],
      [52.52, 13.4],
    ]);
  });
  it('is undefined when no event has a place', () => {
    expect(deriveFitBounds(data.events.filter((e) => e.id === 'nowhere'))).toBeUndefined();
    expect(deriveFitBounds([])).toBeUndefined();
  });
});

describe('placeOfEvent', () => {
  it('finds the place of an event id', () => {
    expect(placeOfEvent(index.events, 'g7')).toBe('hiroshima');
    expect(placeOfEvent(index.events, undefined)).toBeUndefined();
    expect(placeOfEvent(index.events, 'missing')).toBeUndefined();
  });
});

describe('sameMarker', () => {
  const tokyo: PlaceMarker = {
    placeId: 'tokyo',
    name: 'Tokyo',
    kind: 'city',
    lat: 35.7,
    lon: 139.7,
    eventIds: ['e1', 'e2'],
    context: false,
  };

  it('is true for a new object with the same fields and events', () => {
    expect(sameMarker(tokyo, { ...tokyo, eventIds: ['e1', 'e2'] })).toBe(true);
  });

  it('is false when any field or event differs', () => {
    const changes: Partial<PlaceMarker>[] = [
      { placeId: 'tokyo2' },
      { name: 'Tōkyō' },
      { kind: 'region' },
      { lat: 35.6 },
      { lon: 139.8 },
      { context: true },
      { eventIds: ['e1'] },
      { eventIds: ['e1', 'e3'] },
      { eventIds: ['e2', 'e1'] },
    ];
    for (const change of changes) expect(sameMarker(tokyo, { ...tokyo, ...change })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Dataset, NewsEvent, Place } from '../../data/schema';
import { indexDataset } from '../../lib/dataset-index';
import { mulberry32 } from '../../lib/prng';
import { deriveMapLayers, deriveMapLayersOnce, indexMap, routesOfEvents } from './map-index';
import type { LatLonBounds, PlaceMarker } from './markers';
import { makeFixture } from './test-fixture';
import type { Route } from './travel-lines';

// The straightforward derivations the index replaces (passes over event objects with id lookups),
// kept here as the reference the indexed ones must agree with.
function referenceMarkers(places: ReadonlyMap<string, Place>, events: readonly NewsEvent[]): PlaceMarker[] {
  const byPlace = new Map<string, string[]>();
  const origins = new Set<string>();
  for (const e of events) {
    if (e.origin) origins.add(e.origin);
    if (!e.place || !places.has(e.place)) continue;
    const list = byPlace.get(e.place);
    if (list) list.push(e.id);
    else byPlace.set(e.place, [e.id]);
  }
  const markers: PlaceMarker[] = [];
  for (const place of places.values()) {
    const eventIds = byPlace.get(place.id);
    const context =
      !eventIds && ((place.kind === 'city' && place.mentions.length > 0) || origins.has(place.id));
    if (!eventIds && !context) continue;
    const { id: placeId, name, kind, lat, lon } = place;
    markers.push({ placeId, name, kind, lat, lon, eventIds: eventIds ?? [], context });
  }
  return markers.sort((a, b) => a.lon - b.lon || b.lat - a.lat || a.placeId.localeCompare(b.placeId));
}

function referenceRoutes(places: ReadonlyMap<string, Place>, events: readonly NewsEvent[]): Route[] {
  const routes = new Map<string, Route>();
  for (const e of events) {
    if (!e.origin || !e.place || e.origin === e.place) continue;
    const id = `${e.origin}->${e.place}`;
    const existing = routes.get(id);
    if (existing) {
      existing.eventIds.push(e.id);
      continue;
    }
    const from = places.get(e.origin);
    const to = places.get(e.place);
    if (from && to) routes.set(id, { id, from, to, eventIds: [e.id] });
  }
  return [...routes.values()];
}

function referenceBounds(
  places: ReadonlyMap<string, Place>,
  events: readonly NewsEvent[],
): LatLonBounds | undefined {
  const bounds = (ids: (string | undefined)[]): LatLonBounds | undefined => {
    let [s, w, n, e] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const id of ids) {
      const p = id ? places.get(id) : undefined;
      if (!p) continue;
      [s, n, w, e] = [Math.min(s, p.lat), Math.max(n, p.lat), Math.min(w, p.lon), Math.max(e, p.lon)];
    }
    return s === Infinity
      ? undefined
      : [
          [s, w],
          [n, e],
        ];
  };
  return bounds(events.map((ev) => ev.place)) ?? bounds(events.map((ev) => ev.origin));
}

function expectSameAsReference(data: Dataset, events: readonly NewsEvent[]) {
  const places = indexDataset(data).places;
  const layers = deriveMapLayers(indexMap(data), events);
  expect(layers.markers).toEqual(referenceMarkers(places, events));
  expect(layers.routes).toEqual(referenceRoutes(places, events));
  expect(layers.bounds).toEqual(referenceBounds(places, events));
}

/**
 * A dataset with many places and events, some without a place, some with an origin (also
 * unknown ones and origin = place), a few places sharing a longitude (Tab-order ties).
 */
function makeLargeDataset(seed: number): Dataset {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const kinds = ['city', 'city', 'city', 'country', 'region'] as const;
  const places: Place[] = Array.from({ length: 60 }, (_, i) => ({
    id: `p${i}`,
    name: `Place ${i}`,
    kind: pick(kinds),
    lat: Math.round(rand() * 120 - 60),
    lon: i % 10 === 0 ? 42 : Math.round(rand() * 340 - 170),
    mentions: rand() < 0.5 ? [] : ['s1'],
  }));
  const fixture = makeFixture();
  const base = fixture.events[0];
  const placeIds = [...places.map((p) => p.id), undefined, 'atlantis'];
  const events: NewsEvent[] = Array.from({ length: 2000 }, (_, i) => {
    const place = pick(placeIds);
    const origin = rand() < 0.2 ? (rand() < 0.1 ? place : pick(placeIds)) : undefined;
    return { ...base, id: `e${i}`, order: i, place, origin };
  });
  return { ...fixture, places, events };
}

describe('indexMap + deriveMapLayers', () => {
  const fixture = makeFixture();

  it('gives the same markers, routes and bounds as the reference derivations on the fixture', () => {
    expectSameAsReference(fixture, fixture.events);
    for (const e of fixture.events) expectSameAsReference(fixture, [e]);
  });

  it('handles an empty filter result: only mentioned cities as context dots, no routes, no bounds', () => {
    expectSameAsReference(fixture, []);
    const layers = deriveMapLayers(indexMap(fixture), []);
    expect(layers.markers.map((m) => m.placeId).sort()).toEqual(['beijing', 'berlin', 'hiroshima', 'tokyo']);
    expect(layers.markers.every((m) => m.context)).toBe(true);
    expect(layers.routes).toEqual([]);
    expect(layers.bounds).toBeUndefined();
  });

  it('handles events without places, and a visit whose origin is the only place', () => {
    const nowhere = fixture.events.filter((e) => !e.place);
    expect(nowhere.length).toBeGreaterThan(0);
    expectSameAsReference(fixture, nowhere);
    const visit = fixture.events.find((e) => e.origin)!;
    // A copy is resolved by its own fields, never by its id (which names the original).
    const placeless = { ...visit, place: undefined };
    expectSameAsReference(fixture, [placeless]);
    expect(deriveMapLayers(indexMap(fixture), [placeless]).bounds).toEqual([
      [52.52, 13.4],
      [52.52, 13.4],
    ]);
  });

  it('agrees with the reference on a larger dataset for many filter results', () => {
    const data = makeLargeDataset(7);
    const rand = mulberry32(11);
    const subsets: NewsEvent[][] = [
      data.events,
      [],
      data.events.filter((e) => e.origin),
      data.events.filter((e) => !e.place),
      data.events.filter((e) => e.place === 'atlantis' || e.origin === e.place),
      ...Array.from({ length: 8 }, (_, i) => data.events.filter(() => rand() < 0.05 * (i + 1))),
    ];
    for (const events of subsets) expectSameAsReference(data, events);
  });

  it('derives once per filtered-events array (clearing a filter hands back the same array)', () => {
    const index = indexMap(fixture);
    const all = fixture.events;
    const first = deriveMapLayersOnce(index, all);
    expect(deriveMapLayersOnce(index, all)).toBe(first);
    expect(first).toEqual(deriveMapLayers(index, all));
    expect(deriveMapLayersOnce(index, [...all])).not.toBe(first);
    // Another dataset's index never gets this one's result.
    const other = makeFixture();
    expect(deriveMapLayersOnce(indexMap(other), all)).not.toBe(first);
  });

  it('is built once per dataset', () => {
    expect(indexMap(fixture)).toBe(indexMap(fixture));
    expect(indexMap(makeFixture())).not.toBe(indexMap(fixture));
  });
});

describe('routesOfEvents', () => {
  const data = makeLargeDataset(3);
  const index = indexMap(data);
  const visits = data.events.filter((e) => e.origin && e.place && e.origin !== e.place);

  it('finds the route of a hovered/selected event among the filtered ones', () => {
    const layers = deriveMapLayers(index, data.events);
    const [a, b] = [visits[0], visits[1]];
    const found = routesOfEvents(index, layers, [a.id, b.id, 'missing']);
    expect(found.map((r) => r.id)).toEqual(
      layers.routes.filter((r) => r.eventIds.includes(a.id) || r.eventIds.includes(b.id)).map((r) => r.id),
    );
    expect(found.every((r) => r.eventIds.includes(a.id) || r.eventIds.includes(b.id))).toBe(true);
  });

  it('finds nothing for an event that is filtered out, even when its route is drawn for others', () => {
    const sameRoute = (e: NewsEvent) =>
      visits.filter((x) => x.origin === e.origin && x.place === e.place && x !== e);
    const first = visits.find((e) => sameRoute(e).length > 0)!;
    const others = sameRoute(first);
    expect(deriveMapLayers(index, others).routes).toHaveLength(1);
    const layers = deriveMapLayers(index, others);
    expect(routesOfEvents(index, layers, [first.id])).toEqual([]);
    const placeless = data.events.find((e) => !e.place)!;
    expect(routesOfEvents(index, deriveMapLayers(index, data.events), [placeless.id])).toEqual([]);
  });
});

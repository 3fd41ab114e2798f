/**
 * Events → GeoJSON (RFC 7946): a FeatureCollection with one Point Feature per
 * event that has a place, coordinates in [longitude, latitude] order, WGS 84.
 * Properties are the CSV columns, with lists kept as JSON arrays.
 * Events without a place have no geometry and are left out.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset, NewsEvent } from '../data/schema';
import { deriveEventRecord, type EventRecord } from './event-record';

export type EventFeature = Feature<Point, EventRecord>;

export function deriveFeatureCollection(
  dataset: Dataset,
  events: NewsEvent[],
): FeatureCollection<Point, EventRecord> {
  const features: EventFeature[] = [];
  for (const event of events) {
    const record = deriveEventRecord(dataset, event);
    if (record.lat === undefined || record.lon === undefined) continue;
    features.push({
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [record.lon, record.lat] },
      properties: record,
    });
  }
  return { type: 'FeatureCollection', features };
}

export function exportGeoJson(dataset: Dataset, events: NewsEvent[]): string {
  return JSON.stringify(deriveFeatureCollection(dataset, events), null, 2) + '\n';
}

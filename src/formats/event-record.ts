/**
 * One flat record per event, shared by the CSV and GeoJSON exports so both
 * describe an event with the same fields: dates, precision, place with
 * coordinates, participants, topics, and the sources that report it.
 */
import type { Dataset, NewsEvent, Precision } from '../data/schema';
import { formatEventDate } from '../lib/calendar-date';
import { indexDataset } from '../lib/dataset-index';

export interface EventRecord {
  id: string;
  date: string;
  end_date: string;
  precision: Precision;
  date_text: string;
  title: string;
  kind: string;
  status: string;
  place: string;
  country: string;
  lat: number | undefined;
  lon: number | undefined;
  origin: string;
  participants: string[];
  topics: string[];
  sources: string[];
  source_urls: string[];
  quotes: string[];
}

export const RECORD_FIELDS: (keyof EventRecord)[] = [
  'id', 'date', 'end_date', 'precision', 'date_text', 'title', 'kind', 'status', 'place', 'country', 'lat', 'lon',
  'origin', 'participants', 'topics', 'sources', 'source_urls', 'quotes',
]; // prettier-ignore

const unique = (items: (string | undefined)[]) => [...new Set(items.filter((x): x is string => !!x))];

export function deriveEventRecord(dataset: Dataset, event: NewsEvent): EventRecord {
  const index = indexDataset(dataset);
  const place = event.place ? index.places.get(event.place) : undefined;
  const sources = unique(event.evidence.map((e) => e.source)).map((id) => index.sources.get(id));
  return {
    id: event.id,
    date: event.date.start,
    end_date: event.date.end ?? '',
    precision: event.date.precision,
    date_text: formatEventDate(event.date),
    title: event.title,
    kind: event.kind,
    status: event.status,
    place: place?.name ?? '',
    country: place?.country ?? '',
    lat: place?.lat,
    lon: place?.lon,
    origin: (event.origin && index.places.get(event.origin)?.name) || '',
    participants: event.participants.map((id) => index.people.get(id)?.name ?? id),
    topics: event.topics.map((id) => index.topics.get(id)?.label ?? id),
    sources: sources.map((s) => (s ? `${s.outlet}: ${s.title} (${s.published})` : '')).filter(Boolean),
    source_urls: unique(sources.map((s) => s?.url)),
    quotes: unique(event.evidence.map((e) => e.quote)),
  };
}

/**
 * Events → TimelineJS3 JSON that TimelineJS can display and that our import
 * reads back to the same events. TimelineJS renders slide text as HTML, so every
 * piece of our text is HTML-escaped here. Our fields that TimelineJS has no
 * place for travel in the `news_explorer` blocks, which TimelineJS ignores.
 */
import { escapeAttribute, escapeText } from 'entities';
import type { Dataset, NewsEvent, Topic } from '../data/schema';
import { indexDataset } from '../lib/dataset-index';
import { EXTENSION_KEY, type SlideExtension, type TimelineExtension } from './timelinejs-extension';
import { toTimelineDate } from './timelinejs-dates';

const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

function slideText(dataset: Dataset, event: NewsEvent): string {
  const index = indexDataset(dataset);
  return event.evidence
    .map((e) => {
      const source = index.sources.get(e.source);
      const url = safeUrl(source?.url);
      const name = source ? escapeText(source.title) : '';
      const link = url ? `<a href="${escapeAttribute(url)}">${name}</a>` : name;
      const cite = source
        ? `<p class="tl-note">${escapeText(source.outlet)}, ${link} (${source.published})</p>`
        : '';
      return `<blockquote>${escapeText(e.quote)}</blockquote>${cite}`;
    })
    .join('');
}

/** The topics the events use, with their ancestors so parent links still resolve. */
function topicsUsed(dataset: Dataset, events: NewsEvent[]): Topic[] {
  const index = indexDataset(dataset);
  const wanted = new Set<string>();
  for (const id of events.flatMap((e) => e.topics)) {
    for (
      let t = index.topics.get(id);
      t && !wanted.has(t.id);
      t = t.parent ? index.topics.get(t.parent) : undefined
    )
      wanted.add(t.id);
  }
  return dataset.topics.filter((t) => wanted.has(t.id));
}

export function deriveTimelineJson(dataset: Dataset, events: NewsEvent[]) {
  const index = indexDataset(dataset);
  const placeIds = new Set(events.flatMap((e) => [e.place, e.origin]).filter(Boolean));
  const personIds = new Set(events.flatMap((e) => e.participants));
  const extension: TimelineExtension = {
    version: 1,
    topics: topicsUsed(dataset, events),
    people: dataset.people.filter((p) => personIds.has(p.id)).map(({ mentions: _m, ...p }) => p),
    places: dataset.places.filter((p) => placeIds.has(p.id)).map(({ mentions: _m, ...p }) => p),
  };
  const title = dataset.title ?? 'News events';
  return {
    title: {
      text: {
        headline: escapeText(title),
        text: `<p>${events.length} event${events.length === 1 ? '' : 's'} exported from the news event explorer.</p>`,
      },
    },
    events: events.map((event) => {
      const place = event.place ? index.places.get(event.place) : undefined;
      const firstTopic = event.topics.length ? index.topics.get(event.topics[0]) : undefined;
      const ext: SlideExtension = {
        kind: event.kind,
        status: event.status,
        precision: event.date.precision,
        topics: event.topics,
        participants: event.participants,
        ...(event.place ? { place: event.place } : {}),
        ...(event.origin ? { origin: event.origin } : {}),
      };
      return {
        unique_id: event.id,
        start_date: toTimelineDate(event.date.start),
        ...(event.date.end ? { end_date: toTimelineDate(event.date.end) } : {}),
        text: { headline: escapeText(event.title), text: slideText(dataset, event) },
        // TimelineJS groups rows by one label; the full topic list is in the extension.
        ...(firstTopic ? { group: firstTopic.label } : {}),
        ...(place ? { location: { lat: place.lat, lon: place.lon, name: place.name } } : {}),
        [EXTENSION_KEY]: ext,
      };
    }),
    [EXTENSION_KEY]: extension,
  };
}

export function exportTimelineJson(dataset: Dataset, events: NewsEvent[]): string {
  return JSON.stringify(deriveTimelineJson(dataset, events), null, 2) + '\n';
}

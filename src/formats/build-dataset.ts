/**
 * Slides read from a TimelineJS file (JSON or CSV) → a dataset that passes the
 * shared schema. The file itself becomes the one source: its text is every
 * slide's headline and text, one "sentence" per slide, so each event's evidence
 * quote is verbatim from the file.
 */
import { DatasetError, parseDataset } from '../data/load';
import type { Dataset, NewsEvent, Person, Place, Sentence, Topic } from '../data/schema';
import { SCHEMA_VERSION } from '../data/vocabulary';
import { formatEventDate, startOf } from '../lib/calendar-date';
import { createIdAllocator, slugify } from './ids';
import { EXTENSION_KEY, type SlideExtension, type TimelineExtension } from './timelinejs-extension';
import { PRECISION_RANK, type ParsedDate } from './timelinejs-dates';

export interface ImportedSlide {
  /** Where the slide is in the file, for error messages: "events[3]", "row 5". */
  where: string;
  headline: string; // plain text, one line
  text: string; // plain text, paragraphs separated by "\n"
  start?: ParsedDate;
  end?: ParsedDate;
  displayDate?: string;
  caption?: string;
  group?: string;
  uniqueId?: string;
  location?: { lat: number; lon: number; name?: string };
  ext?: SlideExtension;
}

export interface ImportedTimeline {
  title?: { headline: string; text: string };
  events: ImportedSlide[];
  eras: ImportedSlide[];
  ext?: TimelineExtension;
}

export interface ImportOptions {
  /** The file's name: names the source and prefixes error messages. */
  fileName: string;
  /** YYYY-MM-DD; events starting after it are "planned". Defaults to today (UTC). */
  today?: string;
}

function fail(options: ImportOptions, slide: ImportedSlide, message: string): never {
  const label = slide.headline ? ` (“${slide.headline.slice(0, 60)}”)` : '';
  throw new DatasetError(`${options.fileName}: ${slide.where}${label}: ${message}`);
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

/** The slide's evidence text; when a slide has no words at all, the date it shows stands in. */
function chunkOf(slide: ImportedSlide): string {
  const words = [slide.headline, slide.text].filter(Boolean).join('\n');
  return words || slide.displayDate || slide.caption || formatEventDate({ start: slide.start!.value });
}

function titleOf(slide: ImportedSlide, chunk: string): string {
  if (slide.headline) return slide.headline;
  const first = chunk.split('\n')[0];
  return first.length <= 80 ? first : `${first.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}

export function buildDataset(timeline: ImportedTimeline, options: ImportOptions): Dataset {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sourceId = slugify(baseName(options.fileName)) || 'timeline';
  const ext = timeline.ext;

  // The source text: the title slide first, then every event and era, one chunk each.
  let text = '';
  const sentences: Sentence[] = [];
  const addChunk = (chunk: string): Sentence => {
    if (text) text += '\n\n';
    const sentence = {
      id: `${sourceId}-s${sentences.length + 1}`,
      start: text.length,
      end: text.length + chunk.length,
    };
    text += chunk;
    sentences.push(sentence);
    return sentence;
  };
  const titleChunk = [timeline.title?.headline, timeline.title?.text].filter(Boolean).join('\n');
  if (titleChunk) addChunk(titleChunk);

  const topics: Topic[] = ext ? ext.topics.map((t) => ({ ...t })) : [];
  const topicByLabel = new Map(topics.map((t) => [t.label.toLowerCase(), t.id]));
  const topicIds = createIdAllocator(topics.map((t) => t.id));
  const topicForGroup = (group: string): string => {
    const label = group.replace(/\s+/g, ' ').trim();
    const known = topicByLabel.get(label.toLowerCase());
    if (known) return known;
    const id = topicIds(label, `topic-${topics.length + 1}`);
    topics.push({ id, label, aliases: [] });
    topicByLabel.set(label.toLowerCase(), id);
    return id;
  };

  const places: Place[] = ext ? ext.places.map((p) => ({ ...p, mentions: [] })) : [];
  const placeIds = createIdAllocator(places.map((p) => p.id));
  const placeFor = (loc: NonNullable<ImportedSlide['location']>): Place => {
    const name = loc.name || `${loc.lat}, ${loc.lon}`;
    const same = places.find((p) => p.name === name && p.lat === loc.lat && p.lon === loc.lon);
    if (same) return same;
    // TimelineJS locations carry no kind; "city" is the common case for news events.
    const created: Place = {
      id: placeIds(name, `place-${places.length + 1}`),
      name,
      kind: 'city',
      lat: loc.lat,
      lon: loc.lon,
      mentions: [],
    };
    places.push(created);
    return created;
  };

  const people: Person[] = ext ? ext.people.map((p) => ({ ...p, mentions: [] })) : [];
  const eventIds = createIdAllocator();
  const orderByDay = new Map<string, number>();
  const mention = (items: { id: string; mentions: string[] }[], id: string | undefined, sentence: string) => {
    const item = id ? items.find((x) => x.id === id) : undefined;
    if (item && !item.mentions.includes(sentence)) item.mentions.push(sentence);
  };

  const toEvent = (slide: ImportedSlide, era: boolean): NewsEvent => {
    if (!slide.start) fail(options, slide, 'it has no start date (a year is required)');
    const { start, end } = slide;
    if (end && startOf(end.value) < startOf(start.value))
      fail(options, slide, `the end date ${end.value} is before the start date ${start.value}`);
    const chunk = chunkOf(slide);
    const sentence = addChunk(chunk);
    const x = slide.ext;
    const given = Math.max(PRECISION_RANK[start.precision], end ? PRECISION_RANK[end.precision] : 0);
    const precision =
      x?.precision && PRECISION_RANK[x.precision] <= given
        ? x.precision
        : given === 2
          ? 'day'
          : given === 1
            ? 'month'
            : 'year';

    for (const [what, ids, known] of [
      ['topic', x?.topics ?? [], topics],
      ['person', x?.participants ?? [], people],
      ['place', [x?.place, x?.origin].filter((p): p is string => !!p), places],
    ] as const) {
      const missing = ids.find((id) => !known.some((k) => k.id === id));
      if (missing)
        fail(options, slide, `${what} "${missing}" is not listed in the file's ${EXTENSION_KEY} block`);
    }
    const topicList = x?.topics ?? (slide.group?.trim() ? [topicForGroup(slide.group)] : []);
    const placeId = x?.place ?? (slide.location ? placeFor(slide.location).id : undefined);
    mention(places, placeId, sentence.id);
    mention(places, x?.origin, sentence.id);
    for (const p of x?.participants ?? []) mention(people, p, sentence.id);

    const unique = slide.uniqueId?.trim();
    const fallbackId = `${era ? 'era' : 'event'}-${sentences.length}`;
    const id = unique ? eventIds(unique, fallbackId, true) : eventIds(slide.headline, fallbackId);
    const order = orderByDay.get(start.value) ?? 0;
    orderByDay.set(start.value, order + 1);
    const status =
      x?.status ?? (era ? 'background' : startOf(start.value) > startOf(today) ? 'planned' : 'held');
    return {
      id,
      title: titleOf(slide, chunk),
      kind: x?.kind ?? 'other',
      status,
      date: {
        start: start.value,
        ...(end && end.value !== start.value ? { end: end.value } : {}),
        precision,
      },
      order,
      ...(placeId ? { place: placeId } : {}),
      ...(x?.origin ? { origin: x.origin } : {}),
      participants: x?.participants ?? [],
      topics: topicList,
      evidence: [{ source: sourceId, sentence: sentence.id, quote: chunk }],
    };
  };

  const events = [
    ...timeline.events.map((s) => toEvent(s, false)),
    ...timeline.eras.map((s) => toEvent(s, true)),
  ];
  const title = timeline.title?.headline || undefined;
  const data: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    ...(title ? { title } : {}),
    sources: [
      {
        id: sourceId,
        title: title ?? baseName(options.fileName),
        outlet: 'TimelineJS file',
        published: today,
        language: 'und', // BCP 47 "undetermined": TimelineJS data does not say
        note: `Imported from ${options.fileName} on ${today}: the text is the timeline's slides, HTML reduced to plain text.`,
        text,
        sentences,
      },
    ],
    places,
    people,
    topics,
    events,
  };
  return parseDataset(data, options.fileName);
}

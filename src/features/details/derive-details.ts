/**
 * Everything the details panel shows about one event, resolved from ids to
 * display text once, so the component only maps it to JSX.
 */
import type { Dataset, DatasetSource, EventKind, EventStatus, NewsEvent, Source } from '../../data/schema';
import { formatCalendarDate, formatEventDate, precisionLabel } from '../../lib/calendar-date';
import { indexDataset, type DatasetIndex } from '../../lib/dataset-index';

export interface SourceInfo {
  id: string;
  title: string;
  outlet: string;
  /** "18 March 2023" */
  published: string;
  byline?: string;
  note?: string;
  /** Link to the original, only when it is an http(s) URL. */
  href?: string;
}

export interface SourceQuotes {
  source: SourceInfo;
  quotes: Array<{ sentence: string; quote: string }>;
}

export interface ParticipantInfo {
  id: string;
  name: string;
  role?: string;
  country?: string;
  verified: boolean;
}

export interface TopicInfo {
  id: string;
  label: string;
  /** Labels of its ancestors, outermost first ("Economic security" for "Supply chains"). */
  parents: string[];
  parentId?: string;
}

/** Topics of one event as a tree: a topic whose parent is also on the event sits under it. */
export interface TopicNode {
  topic: TopicInfo;
  children: TopicNode[];
}

export interface EventDetailsModel {
  title: string;
  date: string;
  precision: string;
  kind: string;
  status: EventStatus;
  statusLabel: string;
  /** Why a non-held event is on the timeline; undefined for held events. */
  statusExplanation?: string;
  place?: { id: string; name: string };
  origin?: { id: string; name: string };
  participants: ParticipantInfo[];
  topics: TopicInfo[];
  topicTree: TopicNode[];
  sources: SourceQuotes[];
  /** "Reported by 2 sources" */
  reportedBy: string;
}

const KIND_LABELS: Record<EventKind, string> = {
  meeting: 'Meeting',
  visit: 'Visit',
  statement: 'Statement',
  policy: 'Policy',
  summit: 'Summit',
  decision: 'Decision',
  other: 'Other event',
};

const STATUS: Record<EventStatus, { label: string; explanation?: string }> = {
  held: { label: 'Held' },
  planned: {
    label: 'Planned',
    explanation: 'Announced as upcoming: it had not happened yet when the source was published.',
  },
  background: {
    label: 'Background',
    explanation: 'Earlier context the source mentions, not the news it reports.',
  },
};

let regionNames: Intl.DisplayNames | undefined;
/** "JP" → "Japan"; the code itself when the runtime has no region names. */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Only http(s) links are rendered; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function describeSource(source: DatasetSource): SourceInfo {
  return {
    id: source.id,
    title: source.title,
    outlet: source.outlet,
    published: formatCalendarDate(source.published),
    byline: source.byline,
    note: source.note,
    href: safeHref(source.url),
  };
}

export function topicParents(index: DatasetIndex, id: string): string[] {
  const parents: string[] = [];
  const seen = new Set([id]);
  for (let p = index.topics.get(id)?.parent; p && !seen.has(p); p = index.topics.get(p)?.parent) {
    seen.add(p);
    parents.unshift(index.topics.get(p)?.label ?? p);
  }
  return parents;
}

/**
 * Evidence grouped per source (in order of first appearance), duplicates dropped, quotes in text
 * order when the source's text is at hand (inline, or its file loaded: `texts`), else as listed.
 */
export function groupEvidence(
  index: DatasetIndex,
  event: NewsEvent,
  texts?: ReadonlyMap<string, Source>,
): SourceQuotes[] {
  const groups = new Map<string, SourceQuotes & { offsets: number[] }>();
  for (const ev of event.evidence) {
    const source = index.sources.get(ev.source);
    if (!source) continue;
    let group = groups.get(source.id);
    if (!group) {
      group = { source: describeSource(source), quotes: [], offsets: [] };
      groups.set(source.id, group);
    }
    if (group.quotes.some((q) => q.sentence === ev.sentence && q.quote === ev.quote)) continue;
    group.quotes.push({ sentence: ev.sentence, quote: ev.quote });
    const text = source.text ?? texts?.get(source.id)?.text;
    group.offsets.push(text === undefined ? group.offsets.length : text.indexOf(ev.quote));
  }
  return [...groups.values()].map(({ source, quotes, offsets }) => ({
    source,
    quotes: quotes
      .map((q, i) => ({ q, at: offsets[i] }))
      .sort((a, b) => a.at - b.at)
      .map(({ q }) => q),
  }));
}

export function nestTopics(topics: TopicInfo[]): TopicNode[] {
  const nodes = new Map(topics.map((t) => [t.id, { topic: t, children: [] as TopicNode[] }]));
  const roots: TopicNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.topic.parentId ? nodes.get(node.topic.parentId) : undefined;
    // A cycle in the data would leave no root; those nodes then stand alone.
    if (parent && parent !== node && !isAncestor(nodes, node.topic.id, parent.topic.id))
      parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function isAncestor(nodes: Map<string, TopicNode>, ancestor: string, of: string): boolean {
  const seen = new Set<string>();
  for (let id: string | undefined = of; id && !seen.has(id); id = nodes.get(id)?.topic.parentId) {
    if (id === ancestor) return true;
    seen.add(id);
  }
  return false;
}

export function deriveEventDetails(
  dataset: Dataset,
  event: NewsEvent,
  texts?: ReadonlyMap<string, Source>,
): EventDetailsModel {
  const index = indexDataset(dataset);
  const placeRef = (id: string | undefined) => {
    const p = id ? index.places.get(id) : undefined;
    return p ? { id: p.id, name: p.name } : undefined;
  };
  const sources = groupEvidence(index, event, texts);
  const n = sources.length;
  const topics: TopicInfo[] = [...new Set(event.topics)].flatMap((id) => {
    const t = index.topics.get(id);
    return t ? [{ id: t.id, label: t.label, parents: topicParents(index, t.id), parentId: t.parent }] : [];
  });
  return {
    title: event.title,
    date: formatEventDate(event.date),
    precision: precisionLabel(event.date.precision),
    kind: KIND_LABELS[event.kind],
    status: event.status,
    statusLabel: STATUS[event.status].label,
    statusExplanation: STATUS[event.status].explanation,
    place: placeRef(event.place),
    origin: placeRef(event.origin),
    participants: event.participants.flatMap((id) => {
      const p = index.people.get(id);
      if (!p) return [];
      return [
        {
          id: p.id,
          name: p.name,
          role: p.role,
          country: p.country ? countryName(p.country) : undefined,
          verified: p.verified,
        },
      ];
    }),
    topics,
    topicTree: nestTopics(topics),
    sources,
    reportedBy: `Reported by ${n} ${n === 1 ? 'source' : 'sources'}`,
  };
}

/**
 * The line under a participant's name: role and country, without the country when the
 * role already names it ("Prime Minister of Japan", not "Prime Minister of Japan · Japan").
 */
export function deriveParticipantLine(role?: string, country?: string): string {
  const r = role?.trim() ?? '';
  const c = country?.trim() ?? '';
  if (!c) return r;
  if (!r) return c;
  const escaped = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(r);
  return named ? r : `${r} · ${c}`;
}

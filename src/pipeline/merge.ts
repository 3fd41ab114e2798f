/**
 * Cross-article merge: the same event told by two articles becomes one event
 * with evidence from both. Two events match when kind, date, place and meeting
 * format agree and their participants overlap; among several candidates the
 * best-scoring one wins (shared participants, both called "first", shared
 * topics), and an event never absorbs two events of the same article.
 */
import type { EventDate, EventStatus, Place } from '../data/schema';
import type { ArticleEvent } from './article-model';

/** An article event with the article it came from. */
export interface SourcedEvent extends ArticleEvent {
  source: string;
  /** Position of the source in the corpus (sorted by id). */
  sourceRank: number;
  published: string;
}

export interface MergedEvent {
  members: SourcedEvent[];
  kind: SourcedEvent['kind'];
  date: EventDate;
  place?: string;
  origin?: string;
  participants: string[];
  topics: string[];
  format?: SourcedEvent['format'];
  first?: boolean;
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** Same date, or one contains the other ("2023-03" and "2023-03-18"). */
export function datesCompatible(a: EventDate, b: EventDate): boolean {
  return a.start.startsWith(b.start) || b.start.startsWith(a.start);
}

function placesCompatible(a: string | undefined, b: string | undefined, places: Map<string, Place>): boolean {
  if (!a || !b || a === b) return true;
  const pa = places.get(a);
  const pb = places.get(b);
  if (!pa || !pb) return false;
  // A city lies in the country the other article names ("Tokyo" and "Japan").
  if (pa.kind === 'country' && pb.kind === 'city') return pa.country === pb.country;
  if (pb.kind === 'country' && pa.kind === 'city') return pa.country === pb.country;
  return false;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

function score(m: MergedEvent, e: SourcedEvent, places: Map<string, Place>): number {
  if (m.kind !== e.kind || !datesCompatible(m.date, e.date) || !placesCompatible(m.place, e.place, places))
    return -1;
  if (m.format && e.format && m.format !== e.format) return -1;
  // Within one article only a repeat of the same event merges: same date and place, and the
  // people of one telling among those of the other ("X met counterparts…", "X and Y held talks…").
  if (m.members.some((x) => x.source === e.source)) {
    const [small, big] =
      e.participants.length <= m.participants.length
        ? [e.participants, m.participants]
        : [m.participants, e.participants];
    const same =
      m.date.start === e.date.start &&
      m.place === e.place &&
      small.length > 0 &&
      small.every((p) => big.includes(p));
    if (!same) return -1;
  }
  const shared = e.participants.filter((p) => m.participants.includes(p)).length;
  if (m.participants.length && e.participants.length && shared === 0) return -1;
  const topics = e.topics.filter((t) => m.topics.includes(t)).length;
  return (
    1 + 3 * shared + (m.first && e.first ? 2 : 0) + 0.5 * topics + (m.date.start === e.date.start ? 1 : 0)
  );
}

function absorb(m: MergedEvent, e: SourcedEvent, places: Map<string, Place>): void {
  m.members.push(e);
  if (PRECISION_RANK[e.date.precision] > PRECISION_RANK[m.date.precision]) m.date = e.date;
  // The most specific place wins: a city over the country it lies in.
  if (!m.place || (e.place && places.get(m.place)?.kind !== 'city' && places.get(e.place)?.kind === 'city'))
    m.place = e.place;
  m.origin ??= e.origin;
  m.participants = union(m.participants, e.participants);
  m.topics = union(m.topics, e.topics);
  m.format ??= e.format;
  m.first = m.first || e.first;
}

/** "2023-03-18" → ["2023", "2023-03", "2023-03-18"]. */
function prefixes(start: string): string[] {
  const out: string[] = [];
  for (let i = start.indexOf('-'); i >= 0; i = start.indexOf('-', i + 1)) out.push(start.slice(0, i));
  out.push(start);
  return out;
}

/**
 * Events in corpus order (source rank, then trigger), merged greedily into
 * clusters. Clusters are indexed by kind and every prefix of their date, so an
 * event is only scored against clusters whose date can be compatible: linear
 * in the corpus, not quadratic.
 */
export function mergeEvents(events: SourcedEvent[], places: Map<string, Place>): MergedEvent[] {
  const merger = new EventMerger(places);
  merger.add([...events].sort((a, b) => a.sourceRank - b.sourceRank || a.trigger - b.trigger));
  return merger.merged;
}

/**
 * The merge, resumable: `add` takes the next events in corpus order, so a run can
 * merge the articles it has while it waits for the rest (the result is the same
 * as merging all at once). `places` must hold every place the events added so
 * far name (each article's own places do).
 */
export class EventMerger {
  readonly merged: MergedEvent[] = [];
  /** kind|date prefix → clusters whose date starts with it; kind|date → clusters with that date. */
  private readonly byPrefix = new Map<string, Set<MergedEvent>>();
  private readonly exact = new Map<string, Set<MergedEvent>>();

  constructor(private readonly places: Map<string, Place>) {}

  private register(m: MergedEvent): void {
    put(this.exact, `${m.kind}|${m.date.start}`, m);
    for (const p of prefixes(m.date.start)) put(this.byPrefix, `${m.kind}|${p}`, m);
  }

  /** Events that come after every event added so far, in corpus order. */
  add(events: Iterable<SourcedEvent>): void {
    const places = this.places;
    for (const e of events) {
      // Compatible dates: the cluster's date starts with the event's, or is a coarser prefix of it.
      // (Scanned in place, not copied: a year-only event may have a whole year of candidates.)
      let best: MergedEvent | undefined;
      let bestScore = 0;
      const consider = (m: MergedEvent) => {
        const s = score(m, e, places);
        if (s > bestScore) {
          best = m;
          bestScore = s;
        }
      };
      for (const m of this.byPrefix.get(`${e.kind}|${e.date.start}`) ?? []) consider(m);
      const coarser = prefixes(e.date.start);
      for (let i = 0; i < coarser.length - 1; i++)
        for (const m of this.exact.get(`${e.kind}|${coarser[i]}`) ?? []) consider(m);
      if (best) {
        const date: EventDate = best.date;
        absorb(best, e, places);
        // Registered again only under a new date (a more precise one): the same keys hold it already.
        if (best.date !== date) this.register(best);
      } else {
        const m: MergedEvent = {
          members: [e],
          kind: e.kind,
          date: e.date,
          ...(e.place ? { place: e.place } : {}),
          ...(e.origin ? { origin: e.origin } : {}),
          participants: [...e.participants],
          topics: [...e.topics],
          ...(e.format ? { format: e.format, first: e.first } : {}),
        };
        this.merged.push(m);
        this.register(m);
      }
    }
  }
}

function put(map: Map<string, Set<MergedEvent>>, key: string, m: MergedEvent): void {
  const set = map.get(key);
  if (set) set.add(m);
  else map.set(key, new Set([m]));
}

/** Status from the most recent report: a planned event that a later article reports as held is held. */
export function mergedStatus(m: MergedEvent): EventStatus {
  // The first member with the latest publication day (what a stable sort, newest first, puts first).
  let latest = m.members[0];
  for (const x of m.members) if (x.published > latest.published) latest = x;
  return latest.status;
}

/**
 * The member that names the event best: one whose sentence names the participants
 * (the most of them), else the first source.
 */
export function titleSource(m: MergedEvent): SourcedEvent {
  let best = m.members[0];
  for (const x of m.members)
    if (x.named && (!best.named || x.participants.length > best.participants.length)) best = x;
  return best;
}

/**
 * `order` among events of the same date: each article's text order is a
 * constraint; where articles do not decide, the event told earlier in its
 * article (relative position) comes first.
 */
export function orderEvents(events: MergedEvent[]): Map<MergedEvent, number> {
  const order = new Map<MergedEvent, number>();
  const byDate = new Map<string, MergedEvent[]>();
  for (const e of events) {
    const group = byDate.get(e.date.start);
    if (group) group.push(e);
    else byDate.set(e.date.start, [e]);
  }
  const key = new Map(events.map((e) => [e, Math.min(...e.members.map((m) => m.position))]));
  const before = (a: MergedEvent, b: MergedEvent) =>
    key.get(a)! < key.get(b)! || (key.get(a) === key.get(b) && a.members[0].source < b.members[0].source);
  const first = (list: Iterable<MergedEvent>) => {
    let best: MergedEvent | undefined;
    for (const e of list) if (!best || before(e, best)) best = e;
    return best!;
  };
  for (const group of byDate.values()) {
    // Each article's events of this date, in text order, chained: a → b → c.
    const told = new Map<string, { e: MergedEvent; trigger: number }[]>();
    for (const e of group)
      for (const m of e.members) {
        const list = told.get(m.source);
        const at = m.sequence ?? m.trigger;
        if (list) list.push({ e, trigger: at });
        else told.set(m.source, [{ e, trigger: at }]);
      }
    const after = new Map<MergedEvent, Set<MergedEvent>>(group.map((e) => [e, new Set()]));
    const blockers = new Map<MergedEvent, number>(group.map((e) => [e, 0]));
    for (const list of told.values()) {
      list.sort((a, b) => a.trigger - b.trigger);
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1].e, list[i].e];
        if (a === b || after.get(a)!.has(b)) continue;
        after.get(a)!.add(b);
        blockers.set(b, blockers.get(b)! + 1);
      }
    }
    // Kahn's algorithm; among the events free to go next, the one told earliest in its article.
    const left = new Set(group);
    const ready = new Set(group.filter((e) => blockers.get(e) === 0));
    let n = 0;
    while (left.size) {
      // A cycle (articles disagree) falls back to position order.
      const next = first(ready.size ? ready : left);
      order.set(next, n++);
      left.delete(next);
      ready.delete(next);
      for (const b of after.get(next)!) {
        blockers.set(b, blockers.get(b)! - 1);
        if (blockers.get(b)! <= 0 && left.has(b)) ready.add(b);
      }
    }
  }
  return order;
}

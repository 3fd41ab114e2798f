/**
 * Events of one article, read the way a news story is told:
 * - a sentence with event phrasing (triggers.ts) plus a date starts an event;
 *   an undated one that plainly follows the event being told ("After the talks,
 *   Kishida told reporters…", "The two defense ministers met separately…")
 *   takes that event's day and place; "Later in the day" does the same.
 * - the next sentences that continue it ("They…", "The two leaders confirmed…",
 *   a participant who "agreed"/"said"…) add their topics and evidence to it.
 * - a lead sentence before any event ("X and Y have agreed to…") is kept and
 *   given to the first event that the same people take part in.
 * - "the summit in Hiroshima" without a date refers back to an event already found.
 * - participants missing from the event's own sentences come from the nearest
 *   sentence before it that names people ("The two leaders held talks").
 */
import type { EventDate, EventStatus } from '../data/schema';
import type { ArticleContext, ArticleEvent, SentenceFacts } from './article-model';
import { relateToPublished, type DateMention } from './dates';
import { buildTitle } from './event-titles';
import {
  CONTINUES_SUBJECT,
  EVENT_NOUN,
  EVENT_SUBJECT,
  REPORTING,
  SEQUENCE_CUE,
  findTrigger,
  type Trigger,
} from './triggers';

const LOOKBACK = 4;
const PEOPLE_NOUN =
  /\b(?:leaders|ministers|officials|delegations?|delegates|envoys|diplomats|counterparts|members|negotiators|heads|presidents|premiers|lawmakers|they)\b/i;
const EARLIER = /^\W*earlier\b|\bearlier (?:in the day|that day|that morning|on \w+day)\b/i;
const REFERS_BACK = /\b(?:they|their|them|he|his|she|her|both|the two|the leaders|the ministers)\b/i;
const CONTINUATION_GAP = 3;
/** Events up to a week before publication are the news; older ones are background. */
const NEWS_WINDOW_DAYS = 7;

interface Working extends ArticleEvent {
  last: number;
  cue: Trigger;
  next?: string;
}

function statusOf(date: EventDate, published: string, trigger: Trigger): EventStatus {
  const rel = relateToPublished(date.start, published);
  if (rel === 'after') return 'planned';
  if (rel === 'contains') return trigger.tense === 'future' ? 'planned' : 'held';
  if (date.precision !== 'day') return 'background';
  const days = (Date.parse(published) - Date.parse(date.start)) / 86_400_000;
  return days <= NEWS_WINDOW_DAYS ? 'held' : 'background';
}

const unique = <T>(list: T[]) => [...new Set(list)];

function addEvidence(ev: Working, f: SentenceFacts): void {
  if (!ev.evidence.includes(f.i)) ev.evidence.push(f.i);
  ev.topics = unique([...ev.topics, ...f.topics]);
  ev.last = Math.max(ev.last, f.i);
}

function lookback(facts: SentenceFacts[], from: number): string[] {
  for (let i = from - 1; i >= Math.max(0, from - LOOKBACK); i--) {
    if (!facts[i].credit && facts[i].people.length) return facts[i].people;
  }
  return [];
}

/** "The meeting in Karachi lasted…" does not continue an event in Shanghai. */
function elsewhere(ev: ArticleEvent, f: SentenceFacts): boolean {
  if (!ev.place) return false;
  const located = f.places.filter(
    (p) => (p.preposition === 'in' || p.preposition === 'at') && p.kind === 'city',
  );
  return located.length > 0 && !located.some((p) => p.id === ev.place);
}

/** The date that dates the action: the first one that is not possessive ("last year's host"). */
function actionDate(f: SentenceFacts): DateMention | undefined {
  return f.dates.find((d) => !d.possessive && (d.start || d.relative));
}

/** "met Chinese President Xi Jinping on Wednesday in Woodside": close, within the same clause. */
const nearAfter = (between: string) => !/[,;:]/.test(between) && between.trim().split(/\s+/).length <= 10;

/** Where it happened: for a visit the first place after the verb, otherwise "in/at <place>", cities first. */
function eventPlace(f: SentenceFacts, t: Trigger): string | undefined {
  const after = f.places.filter((p) => p.index > t.index);
  // "travelled from Madrid to Shanghai": the destination is not the place it started from.
  if (t.kind === 'visit') return after.find((p) => p.preposition !== 'from')?.id;
  if (t.kind === 'policy' || t.kind === 'decision') return f.places.find((p) => p.kind === 'country')?.id;
  // "held talks in Tokyo on Saturday", "In Tokyo, the leaders met": the place is next to
  // the trigger or opens the sentence; "in the Indo-Pacific area" ten words later is not where.
  const located = f.places.filter(
    (p) =>
      (p.preposition === 'in' || p.preposition === 'at') &&
      ((p.index >= t.end && nearAfter(f.text.slice(t.end, p.index))) ||
        /^\W*(?:in|at)\s+(?:the\s+)?$/i.test(f.text.slice(0, p.index))),
  );
  return (located.find((p) => p.kind === 'city') ?? located[0])?.id;
}

/** "…before going to China": the next leg of a trip, only if the text names it. */
function nextLeg(f: SentenceFacts, t: Trigger, place?: string): string | undefined {
  const m = /\b(?:before (?:going|travelling|traveling|heading|flying) to|and then(?: to)?|then on to)\s+$/i;
  return f.places.find((p) => p.id !== place && p.index > t.index && m.test(f.text.slice(0, p.index)))?.id;
}

export function detectEvents(facts: SentenceFacts[], ctx: ArticleContext): ArticleEvent[] {
  const events: Working[] = [];
  let focus: Working | undefined;
  let lastCreated: { ev: Working; at: number } | undefined;
  const pending: SentenceFacts[] = [];

  const continues = (ev: Working | undefined, f: SentenceFacts): boolean => {
    if (!ev || f.i - ev.last > CONTINUATION_GAP || elsewhere(ev, f)) return false;
    if (CONTINUES_SUBJECT.test(f.text)) return true;
    if (!f.people.length) return false;
    const known = ev.participants.length === 0 || f.people.every((p) => ev.participants.includes(p));
    return known && (REPORTING.test(f.text) || EVENT_NOUN.test(f.text));
  };
  const absorb = (ev: Working, f: SentenceFacts) => {
    addEvidence(ev, f);
    // "The two defense ministers met… Hamada and Pistorius agreed…": the next sentence names them.
    // A summit only named in passing takes no participants from its neighbours.
    // Only meetings and visits take them: a policy or statement may come from an institution.
    const takes = (ev.kind === 'meeting' || ev.kind === 'visit') && !ev.cue.nounOnly;
    if (!ev.participants.length && takes && f.people.length && !CONTINUES_SUBJECT.test(f.text))
      ev.participants = [...f.people];
  };

  for (const f of facts) {
    if (f.credit) continue;
    const trigger = findTrigger(f.text);
    const date = actionDate(f);
    const anaphoric = CONTINUES_SUBJECT.test(f.text);
    let handled = false;

    if (trigger && !(anaphoric && !trigger.nounOnly && !date && focus)) {
      let eventDate: EventDate | undefined;
      let place = eventPlace(f, trigger);
      const sameDay = focus && focus.date.precision === 'day';
      if (date?.start)
        eventDate = { start: date.start, precision: date.precision!, ...(date.end ? { end: date.end } : {}) };
      else if (date?.relative && sameDay) eventDate = { ...focus!.date };
      else if (
        !trigger.nounOnly &&
        sameDay &&
        trigger.tense === 'past' &&
        (SEQUENCE_CUE.test(f.text) || trigger.kind === 'meeting' || trigger.kind === 'statement')
      )
        eventDate = { ...focus!.date };
      if (eventDate && !place && focus && eventDate.start === focus.date.start) place = focus.place;

      if (eventDate) {
        // A traveller is named before the verb ("Scholz visited Japan"), not after it.
        let participants =
          trigger.kind === 'visit'
            ? f.people.filter((_, k) => f.peopleIndex[k] < trigger.index)
            : [...f.people];
        if (!participants.length && anaphoric && !trigger.nounOnly) participants = lookback(facts, f.i);
        const next = trigger.kind === 'visit' ? nextLeg(f, trigger, place) : undefined;
        // Where the trip began: the place the text says ("from Madrid"), else the traveller's
        // home country when the article names it.
        const origin =
          trigger.kind !== 'visit'
            ? undefined
            : (f.places.find((p) => p.preposition === 'from' && p.index > trigger.index)?.id ??
              (participants[0] ? ctx.countryPlace(ctx.personCountry(participants[0]) ?? '') : undefined));
        const ev: Working = {
          kind: trigger.kind,
          status: statusOf(eventDate, ctx.published, trigger),
          date: eventDate,
          ...(place ? { place } : {}),
          ...(origin && origin !== place ? { origin } : {}),
          participants,
          topics: [],
          evidence: [],
          trigger: f.i,
          ...(trigger.format ? { format: trigger.format, first: !!trigger.first } : {}),
          title: '',
          idWords: [],
          named: f.people.length > 0,
          position: f.i / Math.max(1, ctx.sentenceCount - 1),
          last: f.i,
          cue: trigger,
          ...(next ? { next } : {}),
        };
        // "Earlier, the foreign ministers met…": told after the event in focus, but happened before it.
        if (focus && EARLIER.test(f.text) && focus.date.start === eventDate.start)
          ev.sequence = (focus.sequence ?? focus.trigger) - 0.5;
        addEvidence(ev, f);
        events.push(ev);
        // The lead sentence reports the outcome of the first event its people take part in.
        for (const p of pending.splice(0)) {
          if (!ev.participants.length || p.people.some((x) => ev.participants.includes(x))) absorb(ev, p);
        }
        // "They promised to work toward the summit in May": the sentence also continues the current event.
        if (anaphoric && focus && ev.status !== 'held') addEvidence(focus, f);
        if (ev.status === 'held' || !focus) focus = ev;
        lastCreated = { ev, at: f.i };
        handled = true;
      } else if (trigger.nounOnly || trigger.tense === 'perfect') {
        // "ahead of the summit in Hiroshima": a reference to an event already found.
        const ref = events.find((e) => e.kind === trigger.kind && (!place || !e.place || e.place === place));
        if (ref) {
          addEvidence(ref, f);
          handled = !anaphoric;
        }
      }
    }
    if (handled) continue;

    const targets = new Set<Working>();
    const justCreated = lastCreated && lastCreated.at === f.i - 1 ? lastCreated.ev : undefined;
    if (
      justCreated &&
      (continues(justCreated, f) || (EVENT_SUBJECT.test(f.text) && !elsewhere(justCreated, f)))
    )
      targets.add(justCreated);
    if (focus && continues(focus, f)) targets.add(focus);
    for (const ev of targets) absorb(ev, f);
    if (!events.length && f.people.length && REPORTING.test(f.text)) pending.push(f);
  }

  for (const ev of events) {
    // "…joined their leaders to hold…": only a sentence that refers back to people borrows them.
    if (!ev.participants.length && ev.kind !== 'summit' && REFERS_BACK.test(facts[ev.trigger].text))
      ev.participants = lookback(facts, ev.trigger);
    // Titles name the participants, so they are made last, when participants are known.
    const input = { kind: ev.kind, trigger: ev.cue, facts: facts[ev.trigger], participants: ev.participants };
    Object.assign(ev, buildTitle({ ...input, place: ev.place, next: ev.next }, ctx));
    ev.evidence.sort((a, b) => (a === ev.trigger ? -1 : b === ev.trigger ? 1 : a - b));
  }
  // "The plan met resistance" is no meeting: meetings and visits need people taking part.
  const real = events.filter(
    (ev) =>
      ev.participants.length ||
      !(ev.kind === 'meeting' || ev.kind === 'visit') ||
      PEOPLE_NOUN.test(facts[ev.trigger].text.slice(0, ev.cue.index)),
  );
  return real.map(({ last: _last, cue: _cue, next: _next, ...ev }) => ev);
}

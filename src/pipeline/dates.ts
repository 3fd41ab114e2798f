/**
 * Dates in a sentence, resolved against the article's `published` day, each with
 * a precision (year, month, day). chrono-node does the parsing; the rules below
 * fix what it gets wrong for news text:
 * - "Later in the day" is read by chrono as "in the day" = tomorrow; here it is a
 *   marker meaning "the same day as the narrative, after what came before".
 * - a bare year ("in 2021") and the paraphrase "final year" are missed by chrono.
 * - a weekday alone ("on Saturday") takes the tense into account: past tense
 *   looks back from the publication day, future tense looks forward.
 * All arithmetic is on UTC calendar days.
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../data/schema';

export interface DateMention {
  /** The words as they appear in the sentence. */
  text: string;
  /** Offset of `text` within the sentence. */
  index: number;
  /** Resolved calendar date; absent for a same-day marker ("Later in the day"). */
  start?: string;
  end?: string;
  precision?: Precision;
  /** A marker relative to the narrative's current day rather than to publication. */
  relative?: 'later' | 'earlier' | 'same';
  /** "last year's host": the date qualifies a noun and does not date an action. */
  possessive: boolean;
}

const SAME_DAY =
  /\b(?:(later|earlier)\s+(?:in\s+the\s+day|that\s+day|the\s+same\s+day|that\s+(?:morning|afternoon|evening|night)|on)|(?:on\s+)?the\s+same\s+day)\b/i;

/** Cheap pre-check: sentences without any of these cannot hold a date, so chrono is skipped. */
const MAYBE_DATE = new RegExp(
  String.raw`\b(?:(?:1[5-9]|20)\d\d|\d{1,4}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)|` +
    'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|' +
    'nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|yesterday|tomorrow|' +
    'years?|months?|weeks?|days?|ago|weekends?|decades?|century|spring|summer|autumn|winter)\\b',
  'i',
);

const FUTURE =
  /\b(will|shall|would|is to|are to|to be held|scheduled|planned|plans? to|expected|upcoming|next)\b/i;
const PAST =
  /\b(\w+ed|met|held|told|said|spoke|made|went|took|gave|saw|came|began|sent|flew|left|won|lost|was|were|had)\b/i;

function buildParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.push(
    {
      // "in 2021", "since 1990", "by 2030": a year chrono ignores without a month.
      pattern: () =>
        /\b(?:in|since|during|until|till|by|from|through|before|after|of)\s+((?:1[5-9]|20)\d{2})(?![\d-])/i,
      extract: (_ctx, match) => ({ year: Number(match[1]) }),
    },
    {
      // "final year": the paraphrased AP text's rendering of "last year".
      pattern: () => /\bfinal\s+year\b/i,
      extract: (ctx) => ({ year: ctx.refDate.getUTCFullYear() - 1 }),
    },
    {
      pattern: () => SAME_DAY,
      extract: (ctx, match) => {
        const r = ctx.createParsingResult(match.index ?? 0, match[0]);
        r.addTag(`same-day/${(match[1] ?? 'same').toLowerCase()}`);
        return r;
      },
    },
  );
  parser.refiners.push({
    // chrono reads "in the day" as tomorrow; alone it names no date at all.
    // Durations under a day ("for 50 minutes") and "now" date nothing either.
    refine: (_ctx, results) =>
      results.filter(
        (r) =>
          !/^(?:in|during)\s+the\s+day$/i.test(r.text.trim()) &&
          !/^(?:right\s+|just\s+)?now$/i.test(r.text.trim()) &&
          !/^(?:for|about|over|within|in)\b.*\b(?:seconds?|minutes?|mins?|hours?|hrs?)$/i.test(r.text.trim()),
      ),
  });
  return parser;
}

let parser: chrono.Chrono | undefined;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A UTC day shifted by `days`. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Weekday alone: the nearest such day in the direction the tense points. */
function resolveWeekday(published: string, weekday: number, sentence: string): string {
  const [y, m, d] = published.split('-').map(Number);
  const today = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  if (FUTURE.test(sentence)) return addDays(published, forward);
  if (PAST.test(sentence)) return addDays(published, -back);
  return back <= forward ? addDays(published, -back) : addDays(published, forward);
}

function formatComponents(c: chrono.ParsedComponents, precision: Precision): string {
  const year = pad(c.get('year') ?? 0, 4);
  if (precision === 'year') return year;
  if (precision === 'month') return `${year}-${pad(c.get('month') ?? 1)}`;
  return `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
}

function precisionOf(c: chrono.ParsedComponents): Precision | undefined {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return undefined; // a time of day alone ("at 3 p.m.") dates nothing by itself
}

/** Every date mention in one sentence, in text order. */
export function findDates(sentence: string, published: string): DateMention[] {
  if (!MAYBE_DATE.test(sentence)) return [];
  parser ??= buildParser();
  const [y, m, d] = published.split('-').map(Number);
  const reference = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
  const out: DateMention[] = [];
  for (const r of parser.parse(sentence, reference)) {
    const text = r.text.replace(/[\s,.;:]+$/, '');
    const possessive = /^['’]s\b/.test(sentence.slice(r.index + text.length));
    const tag = [...r.tags()].find((t) => t.startsWith('same-day/'));
    if (tag) {
      out.push({ text, index: r.index, relative: tag.slice(9) as DateMention['relative'], possessive });
      continue;
    }
    const precision = precisionOf(r.start);
    if (!precision) continue;
    let start = formatComponents(r.start, precision);
    const weekdayOnly =
      r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('month');
    if (weekdayOnly) start = resolveWeekday(published, r.start.get('weekday') ?? 0, sentence);
    const mention: DateMention = { text, index: r.index, start, precision, possessive };
    if (r.end && !weekdayOnly) {
      const end = formatComponents(r.end, precision);
      if (end !== start) mention.end = end;
    }
    out.push(mention);
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Where a date lies relative to the publication day: wholly before it, containing
 * it (same day, or the same month/year at coarser precision), or after it.
 */
export function relateToPublished(start: string, published: string): 'before' | 'contains' | 'after' {
  const head = published.slice(0, start.length);
  if (start < head) return 'before';
  if (start > head) return 'after';
  return 'contains';
}

/** Does the sentence talk about the future ("will meet", "is expected to")? */
export function isFutureTense(sentence: string): boolean {
  return FUTURE.test(sentence);
}

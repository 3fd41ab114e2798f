/**
 * The dataset's cross-reference rules: unique ids, every id an item points at exists, sentence
 * offsets lie in their text, quotes are verbatim. One implementation, run by the zod schema's
 * refinement (pipeline, tests) and by the app's fast validator, so the two cannot drift. No zod here.
 *
 * A source whose text is in its own file (version 2, `file`) is checked in two steps: what the
 * dataset file holds when it loads (`checkReferences`), and its sentences and the evidence quoting
 * it when that file loads (`checkSourceFile`, source-file-checks.ts). Mentions of people and places name sentences in
 * any source, so they are checked only when every source is inline (the pipeline checks its output
 * before splitting it).
 */
import type { Dataset, Sentence, SourceText } from './schema';

export type IssuePath = (string | number)[];
export type ReportIssue = (path: IssuePath, message: string) => void;

type DataSource = Dataset['sources'][number];

/** Sentence id → offsets, in flat arrays: at 100,000 inline events this is ~200,000 sentences. */
export class SentenceTable {
  readonly at = new Map<string, number>();
  readonly owner: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  constructor(lists: readonly (readonly Sentence[] | undefined)[]) {
    let count = 0;
    for (const list of lists) count += list?.length ?? 0;
    this.owner = new Int32Array(count);
    this.start = new Float64Array(count);
    this.end = new Float64Array(count);
    for (let i = 0, k = 0; i < lists.length; i++)
      for (const x of lists[i] ?? []) {
        // The last sentence with an id wins, as a Map built from the list would.
        this.at.set(x.id, k);
        this.owner[k] = i;
        this.start[k] = x.start;
        this.end[k++] = x.end;
      }
  }
}

function hasText(s: DataSource): s is DataSource & SourceText {
  return s.text !== undefined && s.sentences !== undefined;
}

/** Checks an already well-typed dataset; reports each problem in a fixed order (items, then fields). */
export function checkReferences(data: Dataset, issue: ReportIssue): void {
  for (const step of referenceCheckSteps(data, issue)) void step;
}

/** Items checked per step of `referenceCheckSteps` (a few milliseconds' work). */
const STEP_ITEMS = 4000;

/**
 * `checkReferences` in steps of a few milliseconds: each `next()` checks up to `STEP_ITEMS`
 * items, so a caller can spread the checks over idle periods (100,000 events take ~0.1 s in
 * all). Reports the same problems in the same order.
 */
export function* referenceCheckSteps(data: Dataset, issue: ReportIssue): Generator<void, void, void> {
  const sources = new Map<string, number>();
  for (let i = 0; i < data.sources.length; i++) sources.set(data.sources[i].id, i);
  const table = new SentenceTable(data.sources.map((s) => s.sentences));
  const placeIds = new Set<string>();
  for (const p of data.places) placeIds.add(p.id);
  const personIds = new Set<string>();
  for (const p of data.people) personIds.add(p.id);
  const topicIds = new Set<string>();
  for (const t of data.topics) topicIds.add(t.id);

  const lists = [
    ['sources', data.sources],
    ['places', data.places],
    ['people', data.people],
    ['topics', data.topics],
    ['events', data.events],
  ] as const;
  yield;
  for (const [kind, items] of lists) {
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const id = items[i].id;
      if (seen.has(id)) issue([kind, i, 'id'], `duplicate id "${id}"`);
      seen.add(id);
      if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    }
  }
  let allInline = true;
  for (let i = 0; i < data.sources.length; i++) {
    // Inline sources bring their sentences: a step per ~100 articles.
    if (i % 100 === 99) yield;
    const s = data.sources[i];
    if (s.file !== undefined) {
      allInline = false;
      if (data.schemaVersion === 1) issue(['sources', i, 'file'], 'a source file needs schema version 2');
      if (s.text !== undefined || s.sentences !== undefined)
        issue(['sources', i, 'file'], 'a source has its text inline or in its file, not both');
      continue;
    }
    if (s.text === undefined) issue(['sources', i, 'text'], 'missing: the text, or a file that holds it');
    if (s.sentences === undefined)
      issue(['sources', i, 'sentences'], 'missing: the sentences, or a file that holds them');
    if (hasText(s)) checkOffsets(s, (path, message) => issue(['sources', i, ...path], message));
  }
  data.topics.forEach((t, i) => {
    if (t.parent && !topicIds.has(t.parent)) issue(['topics', i, 'parent'], `unknown topic "${t.parent}"`);
  });
  if (allInline)
    for (const [kind, items] of [
      ['places', data.places],
      ['people', data.people],
    ] as const) {
      for (let i = 0; i < items.length; i++) {
        if (i % 500 === 499) yield;
        const mentions = items[i].mentions;
        for (let j = 0; j < mentions.length; j++)
          if (!table.at.has(mentions[j]))
            issue([kind, i, 'mentions', j], `unknown sentence "${mentions[j]}"`);
      }
    }
  yield;
  const events = data.events;
  for (let i = 0; i < events.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const e = events[i];
    if (e.place && !placeIds.has(e.place)) issue(['events', i, 'place'], `unknown place "${e.place}"`);
    if (e.origin && !placeIds.has(e.origin)) issue(['events', i, 'origin'], `unknown place "${e.origin}"`);
    for (let j = 0; j < e.participants.length; j++)
      if (!personIds.has(e.participants[j]))
        issue(['events', i, 'participants', j], `unknown person "${e.participants[j]}"`);
    for (let j = 0; j < e.topics.length; j++)
      if (!topicIds.has(e.topics[j])) issue(['events', i, 'topics', j], `unknown topic "${e.topics[j]}"`);
    for (let j = 0; j < e.evidence.length; j++) {
      const ev = e.evidence[j];
      const at = sources.get(ev.source);
      if (at === undefined) {
        issue(['events', i, 'evidence', j, 'source'], `unknown source "${ev.source}"`);
        continue;
      }
      const src = data.sources[at];
      // A source in its own file: its sentences and quotes are checked when the file loads.
      if (hasText(src)) checkEvidence(src.text, table, at, ev, ['events', i, 'evidence', j], issue);
    }
  }
}

export function checkOffsets(s: SourceText, issue: ReportIssue): void {
  s.sentences.forEach((x, j) => {
    if (x.end < x.start || x.end > s.text.length)
      issue(['sentences', j], `sentence ${x.id} offsets out of range`);
  });
}

/** One evidence item against its source (`owner`: the source's position in `table`). */
export function checkEvidence(
  text: string,
  table: SentenceTable,
  owner: number,
  ev: Dataset['events'][number]['evidence'][number],
  path: IssuePath,
  issue: ReportIssue,
): void {
  const k = table.at.get(ev.sentence) ?? -1;
  const own = k >= 0 && table.owner[k] === owner;
  if (!own) issue([...path, 'sentence'], `unknown sentence "${ev.sentence}"`);
  if (!quoteIsVerbatim(text, ev.quote, own ? table.start[k] : -1, own ? table.end[k] : -1))
    issue([...path, 'quote'], 'quote is not a verbatim substring of the source text');
}

/**
 * Quotes normally lie within their sentence: look there first (without slicing the text), the
 * whole text only if not. `start` -1: the sentence is not the source's, search the whole text.
 */
function quoteIsVerbatim(text: string, quote: string, start: number, end: number): boolean {
  if (start >= 0 && start <= end) {
    // Most quotes are their sentence, or start where it starts: a plain comparison, no search.
    if (text.startsWith(quote, start)) return true;
    // The first occurrence at or after `start`; a later one could only end later.
    const at = text.indexOf(quote, start);
    if (at >= 0 && at + quote.length <= Math.min(end, text.length)) return true;
  }
  return text.includes(quote);
}

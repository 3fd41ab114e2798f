/**
 * The dataset's cross-reference rules: unique ids, every id an item points at exists, sentence
 * offsets lie in their text, quotes are verbatim. One implementation, run by the zod schema's
 * refinement (pipeline, tests) and by the app's fast validator, so the two cannot drift. No zod here.
 */
import type { Dataset } from './schema';

export type IssuePath = (string | number)[];
export type ReportIssue = (path: IssuePath, message: string) => void;

/** Checks an already well-typed dataset; reports each problem in a fixed order (items, then fields). */
export function checkReferences(data: Dataset, issue: ReportIssue): void {
  const sources = new Map<string, Dataset['sources'][number]>();
  for (const s of data.sources) sources.set(s.id, s);
  // sentence id → its position in these flat arrays (the last sentence with that id wins), so each
  // reference check is one lookup in one map: at 100,000 events this is ~200,000 sentences.
  let count = 0;
  for (const s of data.sources) count += s.sentences.length;
  const sentenceAt = new Map<string, number>();
  const sentenceSource = new Int32Array(count);
  const sentenceStart = new Float64Array(count);
  const sentenceEnd = new Float64Array(count);
  for (let i = 0, k = 0; i < data.sources.length; i++)
    for (const x of data.sources[i].sentences) {
      sentenceAt.set(x.id, k);
      sentenceSource[k] = i;
      sentenceStart[k] = x.start;
      sentenceEnd[k++] = x.end;
    }
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
  for (const [kind, items] of lists) {
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const id = items[i].id;
      if (seen.has(id)) issue([kind, i, 'id'], `duplicate id "${id}"`);
      seen.add(id);
    }
  }
  data.sources.forEach((s, i) =>
    s.sentences.forEach((x, j) => {
      if (x.end < x.start || x.end > s.text.length)
        issue(['sources', i, 'sentences', j], `sentence ${x.id} offsets out of range`);
    }),
  );
  data.topics.forEach((t, i) => {
    if (t.parent && !topicIds.has(t.parent)) issue(['topics', i, 'parent'], `unknown topic "${t.parent}"`);
  });
  for (const [kind, items] of [
    ['places', data.places],
    ['people', data.people],
  ] as const) {
    for (let i = 0; i < items.length; i++) {
      const mentions = items[i].mentions;
      for (let j = 0; j < mentions.length; j++)
        if (!sentenceAt.has(mentions[j]))
          issue([kind, i, 'mentions', j], `unknown sentence "${mentions[j]}"`);
    }
  }
  const events = data.events;
  for (let i = 0; i < events.length; i++) {
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
      const src = sources.get(ev.source);
      if (!src) {
        issue(['events', i, 'evidence', j, 'source'], `unknown source "${ev.source}"`);
        continue;
      }
      const k = sentenceAt.get(ev.sentence) ?? -1;
      const own = k >= 0 && data.sources[sentenceSource[k]] === src;
      if (!own) issue(['events', i, 'evidence', j, 'sentence'], `unknown sentence "${ev.sentence}"`);
      if (!quoteIsVerbatim(src.text, ev.quote, own ? sentenceStart[k] : -1, own ? sentenceEnd[k] : -1))
        issue(['events', i, 'evidence', j, 'quote'], 'quote is not a verbatim substring of the source text');
    }
  }
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

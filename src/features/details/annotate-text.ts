/**
 * Splits a source text into segments that mark where people, places and topics
 * of the dataset occur, so the reader can turn each occurrence into a filter control.
 *
 * - people: their name and aliases, only inside the sentences they are mentioned in;
 * - places: their name, case-insensitive (datelines are upper case: "TOKYO —"),
 *   only inside their mention sentences;
 * - topics: their label and aliases, case-insensitive, anywhere (topics carry no mentions).
 *
 * Overlaps resolve longest-first ("Olaf Scholz" beats "Scholz"); on equal length
 * the more grounded kind wins (person, then place, then topic). No mark crosses
 * the boundary of the highlighted sentence, so the highlight can wrap whole marks.
 */
import type { Dataset, Source } from '../../data/schema';

export type EntityKind = 'people' | 'places' | 'topics';

export interface Entity {
  kind: EntityKind;
  id: string;
  /** The entity's canonical name (person name, place name, topic label). */
  label: string;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Inside the highlighted sentence. */
  highlight: boolean;
  entity?: Entity;
}

interface Match {
  start: number;
  end: number;
  entity: Entity;
  rank: number;
}

const KIND_RANK: Record<EntityKind, number> = { people: 0, places: 1, topics: 2 };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex matching any of the names as whole words (letters/digits do not continue them). */
export function buildNamePattern(names: string[], caseInsensitive: boolean): RegExp | undefined {
  const parts = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))]
    // Longest alternative first, so "Kishida Fumio" is tried before "Kishida" at the same position.
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/\s+/g, '[ \\u00a0]+'));
  if (!parts.length) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`,
    caseInsensitive ? 'giu' : 'gu',
  );
}

function findMatches(
  text: string,
  pattern: RegExp,
  ranges: Array<[number, number]>,
  entity: Entity,
  out: Match[],
): void {
  for (const [from, to] of ranges) {
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (end <= to) out.push({ start: m.index, end, entity, rank: KIND_RANK[entity.kind] });
      if (m[0].length === 0) pattern.lastIndex += 1;
    }
  }
}

/** Every candidate occurrence of every entity in the source, overlapping ones included. */
export function findEntityMatches(source: Source, dataset: Dataset): Match[] {
  const text = source.text;
  // This source's own sentences: in a version-2 dataset they came with its file, not the dataset.
  const own = new Map(source.sentences.map((s) => [s.id, s]));
  const rangesOf = (mentions: string[]): Array<[number, number]> =>
    mentions.flatMap((id) => {
      const hit = own.get(id);
      return hit ? [[hit.start, hit.end] as [number, number]] : [];
    });
  const matches: Match[] = [];
  for (const person of dataset.people) {
    const ranges = rangesOf(person.mentions);
    const pattern = ranges.length && buildNamePattern([person.name, ...person.aliases], false);
    if (pattern)
      findMatches(text, pattern, ranges, { kind: 'people', id: person.id, label: person.name }, matches);
  }
  for (const place of dataset.places) {
    const ranges = rangesOf(place.mentions);
    const pattern = ranges.length && buildNamePattern([place.name], true);
    if (pattern)
      findMatches(text, pattern, ranges, { kind: 'places', id: place.id, label: place.name }, matches);
  }
  for (const topic of dataset.topics) {
    const pattern = buildNamePattern([topic.label, ...topic.aliases], true);
    if (pattern)
      findMatches(
        text,
        pattern,
        [[0, text.length]],
        { kind: 'topics', id: topic.id, label: topic.label },
        matches,
      );
  }
  return matches;
}

/** Picks non-overlapping matches: longest first, then by kind, then earliest. */
export function resolveOverlaps(matches: Match[], highlight?: [number, number]): Match[] {
  const crossesHighlight = (m: Match) =>
    !!highlight &&
    ((m.start < highlight[0] && m.end > highlight[0]) || (m.start < highlight[1] && m.end > highlight[1]));
  const ordered = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start,
  );
  const taken: Match[] = [];
  for (const m of ordered) {
    if (crossesHighlight(m)) continue;
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The source text as consecutive segments covering it exactly, with entity marks
 * and the highlighted sentence (`highlightSentence`, a sentence id of this source).
 */
export function annotateText(source: Source, dataset: Dataset, highlightSentence?: string): TextSegment[] {
  const text = source.text;
  const sentence = highlightSentence ? source.sentences.find((s) => s.id === highlightSentence) : undefined;
  const highlight: [number, number] | undefined =
    sentence && sentence.end > sentence.start ? [sentence.start, sentence.end] : undefined;
  const marks = resolveOverlaps(findEntityMatches(source, dataset), highlight);

  const cuts = new Set<number>([0, text.length]);
  if (highlight) highlight.forEach((c) => cuts.add(c));
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);

  const byStart = new Map(marks.map((m) => [m.start, m]));
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const mark = byStart.get(start);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      highlight: !!highlight && start >= highlight[0] && end <= highlight[1],
      ...(mark && mark.end === end ? { entity: mark.entity } : {}),
    });
  }
  return segments;
}

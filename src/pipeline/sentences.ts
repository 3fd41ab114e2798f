/**
 * Sentence segmentation with character offsets into the verbatim text.
 * Intl.Segmenter (ICU, Unicode UAX #29) finds candidate boundaries; ICU has no
 * abbreviation list, so it splits after "Mr." or "U.S. President". A second pass
 * re-joins those, using the same cues a copy editor would: a title or an initial
 * never ends a sentence; a dotted acronym ends one only when the next word is a
 * typical sentence opener ("The U.S. The talks…" vs "The U.S. President…").
 */
import type { Sentence } from '../data/schema';

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that precede a name or number and never end a sentence. */
const TITLES = new Set(
  (
    'mr mrs ms dr gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev prof hon pres supt insp ' +
    'st mt ft no nos vol fig art sec dept est approx vs e.g i.e cf jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** Words that typically open a sentence; after "U.S." or "Inc." they mean a new sentence began. */
const OPENERS = new Set(
  (
    'the a an this that these those it he she they we i you his her their its our my your but and or so yet ' +
    'in on at after before when while if as there some many most meanwhile however still also then later earlier ' +
    'for with since although though because what who why how where one two both each no not officials'
  ).split(' '),
);

/** Made on first use: an ICU object cannot be part of the extraction snapshot (extract-snapshot.ts). */
let segmenter: Intl.Segmenter | undefined;

/** The last whitespace-delimited token of a segment, without trailing quotes/brackets. */
function lastToken(text: string): string {
  const m = /(\S+)\s*$/.exec(text);
  return m ? m[1].replace(/[”"’')\]]+$/, '') : '';
}

function firstWord(text: string): string {
  const m = /^[\s“"‘'(]*([\p{L}]+)/u.exec(text);
  return m ? m[1] : '';
}

/** Should the boundary between `before` and `after` be removed? */
export function isFalseBoundary(before: string, after: string): boolean {
  const next = firstWord(after);
  if (!next || /^\s/.test(after)) return false;
  if (/\n/.test(before)) {
    // ICU breaks at every line end. A soft-wrapped line (no blank line, no final
    // punctuation, the next line goes on in lower case) continues the sentence.
    return /[^\n]\n$/.test(before) && !/[.!?:…"”]\s*\n$/.test(before) && /^\p{Ll}/u.test(next);
  }
  const token = lastToken(before);
  if (!token.endsWith('.')) return false;
  const bare = token.slice(0, -1).replace(/^[“"‘'(]+/, '');
  if (TITLES.has(bare.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "J. R. R. Tolkien"
  // Dotted acronyms (U.S., U.N., p.m.) and company suffixes can end a sentence.
  if (/^(\p{L}\.)+\p{L}$/u.test(bare) || /^(inc|corp|co|ltd|jr|sr)$/i.test(bare)) {
    return !OPENERS.has(next.toLowerCase());
  }
  // A lower-case continuation means ICU split inside a sentence.
  return /^\p{Ll}/u.test(next);
}

/** Sentence spans, trimmed of surrounding whitespace, in text order. */
export function segmentSentences(text: string): Span[] {
  const merged: Span[] = [];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const seg of segmenter.segment(text)) {
    const span = { start: seg.index, end: seg.index + seg.segment.length };
    const prev = merged[merged.length - 1];
    if (prev && isFalseBoundary(text.slice(prev.start, prev.end), seg.segment)) prev.end = span.end;
    else merged.push(span);
  }
  const out: Span[] = [];
  for (const span of merged) {
    const chunk = text.slice(span.start, span.end);
    const lead = chunk.length - chunk.trimStart().length;
    const trimmed = chunk.trim();
    if (trimmed) out.push({ start: span.start + lead, end: span.start + lead + trimmed.length });
  }
  return out;
}

/** Sentences with ids `<source>-s<n>` (1-based), stable for a given text. */
export function splitSentences(text: string, sourceId: string): Sentence[] {
  return segmentSentences(text).map((s, i) => ({ id: `${sourceId}-s${i + 1}`, start: s.start, end: s.end }));
}

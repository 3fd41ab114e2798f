/**
 * Place mentions: capitalized names looked up in the gazetteer, longest name
 * first, and disambiguated by population and by the countries the article
 * names (a city in one of them is preferred 50:1; a capital 10:1).
 *
 * What is not a place: names inside a person's name ("Yasukazu Hamada", though
 * Hamada is a Japanese city), demonyms ("Japanese" names no place), a common
 * word opening a sentence ("Of the 17 members…", though Of is a Turkish town),
 * month and weekday names. A small town far from the story is not accepted
 * either: a city needs ≥100,000 inhabitants or to be a capital, or to lie in a
 * country the article names and follow "in", "at", "to"… ("in Woodside"; in
 * "Woodside, California" the state is not a town). The dateline ("TOKYO —")
 * is read as a name.
 */
import nlp from 'compromise';
import { capitalizedRuns, isSentenceInitial, spanText, tokenize, type Token } from './capitalized';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { phraseKey } from './text';

export interface PlaceMention {
  place: GazetteerEntry;
  /** Index of the sentence in the article. */
  sentence: number;
  /** Offset and text within the sentence. */
  index: number;
  text: string;
  /** The preposition right before the name ("in", "to", "from"…), if any. */
  preposition?: string;
}

export interface Excluded {
  start: number;
  end: number;
}

const NOT_PLACES = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
const LOCATIVE =
  /\b(in|at|to|from|near|into|toward|towards|across|outside|inside|around|via|visited|visit|visiting)\s+(?:the\s+)?$/i;
const MIN_POPULATION = 100_000;

let lexicon: Record<string, string | string[]> | undefined;
/** A word compromise knows as ordinary English (not a place) — "Of", "Nice", "Along". */
function isCommonWord(word: string): boolean {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model()
    .one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  if (!tag) return false;
  return !/City|Place|Country|Region|Town|Name|Person|ProperNoun|Organization/.test(String(tag));
}

/** "TOKYO —" or "BERLIN (AP) —" at the very start of the article. */
export function datelineSpan(sentence: string): { start: number; end: number } | undefined {
  const m =
    /^\s*((?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+\p{Lu}[\p{Lu}.'’-]+)*)(?:,\s*[\p{L}. ]+)?\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s/u.exec(
      sentence,
    );
  if (!m) return undefined;
  const start = m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

interface Candidate {
  sentence: number;
  index: number;
  text: string;
  entries: GazetteerEntry[];
  initial: boolean;
  single: boolean;
  preposition?: string;
}

function overlaps(excluded: Excluded[] | undefined, start: number, end: number): boolean {
  return !!excluded?.some((x) => start < x.end && x.start < end);
}

function candidatesIn(
  sentence: string,
  s: number,
  gazetteer: Gazetteer,
  excluded: Excluded[] | undefined,
  dateline: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const tokens = tokenize(sentence);
  const line = dateline ? datelineSpan(sentence) : undefined;
  for (const run of capitalizedRuns(sentence, tokens)) {
    for (let i = 0; i < run.length;) {
      let found = false;
      for (let j = Math.min(run.length, i + gazetteer.maxWords) - 1; j >= i; j--) {
        if (!run[i].capital || !run[j].capital) continue;
        const { text, end } = spanText(sentence, run, i, j);
        const start = run[i].start;
        if (overlaps(excluded, start, end) || NOT_PLACES.has(text.toLowerCase())) continue;
        const inDateline = !!line && start >= line.start && end <= line.end;
        const caps = run.slice(i, j + 1).some((t: Token) => t.allCaps);
        let entries = gazetteer.lookup(phraseKey(inDateline ? titleCase(text) : text));
        // Upper case outside the dateline is an acronym ("US", "NHK"): only countries go by those.
        if (caps && !inDateline) entries = entries.filter((e) => e.kind !== 'city');
        if (!entries.length) continue;
        const before = sentence.slice(Math.max(0, start - 16), start);
        out.push({
          sentence: s,
          index: start,
          text,
          entries,
          initial: isSentenceInitial(sentence, run[i]) && !inDateline,
          single: i === j,
          preposition: LOCATIVE.exec(before)?.[1].toLowerCase(),
        });
        i = j + 1;
        found = true;
        break;
      }
      if (!found) i++;
    }
  }
  return out;
}

function chooseCity(c: Candidate, countries: Set<string>): GazetteerEntry | undefined {
  if (c.single && c.initial && isCommonWord(c.text)) return undefined;
  let best: GazetteerEntry | undefined;
  let bestScore = -1;
  for (const e of c.entries) {
    const local = !!e.country && countries.has(e.country);
    // A town under 100,000 needs a country the article names and a preposition in front
    // ("in Woodside"): "Woodside, California" names no town called California.
    if (!e.capital && e.population < MIN_POPULATION && !(local && c.preposition)) continue;
    const score = Math.max(e.population, 1) * (local ? 50 : 1) * (e.capital ? 10 : 1);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/**
 * All place mentions of an article. `excluded[i]` lists spans of sentence i
 * already taken by people, which are never read as places.
 */
export function findPlaces(
  sentences: string[],
  gazetteer: Gazetteer,
  excluded: Excluded[][] = [],
): PlaceMention[] {
  const candidates = sentences.flatMap((text, s) => candidatesIn(text, s, gazetteer, excluded[s], s === 0));
  const countries = new Set<string>();
  const resolved = new Map<Candidate, GazetteerEntry>();
  // Countries and regions first: they decide which cities are "local".
  for (const c of candidates) {
    const e = c.entries.find((x) => x.kind !== 'city');
    if (!e) continue;
    resolved.set(c, e);
    if (e.kind === 'country' && e.country) countries.add(e.country);
  }
  for (const c of candidates) {
    if (resolved.has(c)) continue;
    const e = chooseCity(c, countries);
    if (e) resolved.set(c, e);
  }
  return candidates
    .filter((c) => resolved.has(c))
    .map((c) => ({
      place: resolved.get(c)!,
      sentence: c.sentence,
      index: c.index,
      text: c.text,
      ...(c.preposition ? { preposition: c.preposition } : {}),
    }));
}

/**
 * Names after "in"/"at"/"near" that look like places but are in no gazetteer:
 * reported as warnings so an editor can add an alias.
 */
export function unplacedNames(sentence: string, found: PlaceMention[], excluded: Excluded[] = []): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/\b(?:in|at|near)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s?){1,3})/gu)) {
    const name = m[1].trim().replace(/['’]s$/, '');
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    if (NOT_PLACES.has(name.toLowerCase()) || overlaps(excluded, start, start + name.length)) continue;
    if (found.some((f) => f.index <= start && start < f.index + f.text.length + 1)) continue;
    if (found.some((f) => start <= f.index && f.index < start + name.length)) continue;
    out.push(name);
  }
  return out;
}

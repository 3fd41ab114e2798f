/**
 * People: the editorial registry (names, aliases incl. family-name-first order,
 * and the family name alone) plus names the registry does not know, found as
 * runs of capitalized words that compromise tags as a person or that follow a
 * title ("Chancellor", "Minister", "reporter"). Unknown people are kept with
 * `verified: false`. Credit lines ("… contributed to this report") name the
 * reporters, not people in the story, so they yield no people.
 */
import nlp from 'compromise';
import { capitalizedRuns, tokenize, type Token } from './capitalized';
import type { PersonEntry } from './editorial';
import { compilePhrases, phraseKey, slugify } from './text';

export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  family: string;
  role?: string;
  country?: string;
  verified: boolean;
}

export interface PersonMention {
  person: PersonRecord;
  sentence: number;
  index: number;
  text: string;
}

export interface Registry {
  people: PersonRecord[];
  /** Full names and aliases → person. */
  byName: Map<string, PersonRecord>;
  names?: RegExp;
  /** Family name → the one registry person who has it (ambiguous family names are left out). */
  uniqueFamilies: Map<string, PersonRecord>;
}

const TITLES = new Set(
  (
    'president prime minister ministers chancellor secretary foreign defense defence finance economy economic ' +
    'interior transport trade deputy vice chief cabinet general gen admiral ambassador spokesman spokeswoman ' +
    'spokesperson governor gov senator sen rep representative mayor king queen prince princess pope emperor ' +
    'mr mrs ms dr prof sir dame lord lady chairman chairwoman chair director leader premier federal state home ' +
    'affairs digital justice health labor labour agriculture environment education colonel major captain ' +
    'commander sergeant lt col reporter reporters correspondent correspondents editor envoy counterpart his her ' +
    'opposition party chairperson ceo founder judge justice officer official officials'
  ).split(' '),
);
const CREDIT = /contributed to this report|contributed reporting|^\s*(?:reporting|writing|editing) by\b/i;

export function isCreditLine(sentence: string): boolean {
  return CREDIT.test(sentence);
}

export function compileRegistry(entries: PersonEntry[]): Registry {
  const people: PersonRecord[] = entries.map((e) => ({
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    family: e.family,
    ...(e.role ? { role: e.role } : {}),
    ...(e.country ? { country: e.country } : {}),
    verified: true,
  }));
  const byName = new Map<string, PersonRecord>();
  const byFamily = new Map<string, PersonRecord[]>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases]) byName.set(phraseKey(n), p);
    byFamily.set(p.family, [...(byFamily.get(p.family) ?? []), p]);
  }
  const uniqueFamilies = new Map<string, PersonRecord>();
  for (const [family, list] of byFamily) if (list.length === 1) uniqueFamilies.set(family, list[0]);
  return {
    people,
    byName,
    uniqueFamilies,
    names: compilePhrases([...people.flatMap((p) => [p.name, ...p.aliases])]),
  };
}

let demonyms: ((word: string) => boolean) | undefined;
function isTitleOrDemonym(word: string): boolean {
  if (TITLES.has(word.toLowerCase())) return true;
  demonyms ??= (() => {
    const lex = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one
      .lexicon;
    return (w: string) => String(lex[w.toLowerCase()] ?? '').includes('Demonym');
  })();
  return demonyms(word);
}

/** "Amara Varga and Yusuf Horvat" holds two names. */
function splitAtAnd(run: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of run) {
    if (t.text === 'and') out.push([]);
    else out[out.length - 1].push(t);
  }
  return out.filter((r) => r.length);
}

/** A capitalized run (after titles) that may be a name the registry does not know. */
function nameCandidate(sentence: string, run: Token[], isPlace: (key: string) => boolean) {
  // Strip what precedes the name: titles with their connectors and places
  // ("Secretary of State Antony Blinken", "Economy Minister of China Tomoko Demir").
  let i = 0;
  const placeAt = (k: number) => {
    for (let n = 3; n >= 1; n--) {
      if (k + n > run.length) continue;
      if (isPlace(phraseKey(sentence.slice(run[k].start, run[k + n - 1].end).replace(/['’]s$/, ''))))
        return n;
    }
    return 0;
  };
  let title = false;
  for (;;) {
    if (i >= run.length) break;
    if (TITLES.has(run[i].text.toLowerCase())) title = true;
    // A word right before a title qualifies it: "Tanzanian President", "Finance Minister".
    const qualifies = i + 1 < run.length && TITLES.has(run[i + 1].text.toLowerCase());
    if (!run[i].capital || isTitleOrDemonym(run[i].text) || qualifies) i++;
    else if (placeAt(i)) i += placeAt(i);
    else break;
  }
  const name = run.slice(i);
  if (name.length < 2 || name.length > 4) return undefined;
  if (name.some((t) => !t.capital || t.allCaps || t.text.length < 2 || /\d/.test(t.text))) return undefined;
  // A name does not end in a demonym ("Southeast Asian nations").
  if (isTitleOrDemonym(name[name.length - 1].text)) return undefined;
  const text = sentence.slice(name[0].start, name[name.length - 1].end).replace(/['’]s$/, '');
  if (isPlace(phraseKey(text))) return undefined;
  const before = sentence.slice(Math.max(0, name[0].start - 40), name[0].start);
  const titled =
    title || /\b(?:reporters?|correspondents?|spokes\w+|counterpart|envoy|officials?)\s*$/i.test(before);
  return { text, index: name[0].start, titled, context: `${before}${text}` };
}

/**
 * Ask compromise, once per article, which candidates are people: the
 * candidates with their preceding words go into one document, so tagging cost
 * is paid once. The verdict depends on the article alone (no cache shared
 * across articles), so results do not depend on article order or threads.
 */
function tagPeople(candidates: { text: string; context: string }[]): Set<string> {
  const people = new Set<string>();
  if (!candidates.length) return people;
  const found = nlp(candidates.map((c) => c.context).join('.\n'))
    .match('#Person+')
    .out('array') as string[];
  for (const c of candidates)
    if (found.some((p) => p.includes(c.text) || c.text.includes(p))) people.add(c.context);
  return people;
}

/**
 * Every person mention in an article. `isPlace` keeps "North Korea" from being
 * read as a name; it receives a `phraseKey`.
 */
export function findPeople(
  sentences: string[],
  registry: Registry,
  isPlace: (key: string) => boolean = () => false,
): PersonMention[] {
  const mentions: PersonMention[] = [];
  const inArticle = new Set<PersonRecord>();
  const unknown = new Map<string, PersonRecord>();
  const taken: { start: number; end: number }[][] = sentences.map(() => []);
  const isTaken = (s: number, start: number, end: number) =>
    taken[s].some((t) => start < t.end && t.start < end);
  const add = (person: PersonRecord, s: number, index: number, text: string) => {
    mentions.push({ person, sentence: s, index, text });
    taken[s].push({ start: index, end: index + text.length });
    inArticle.add(person);
  };
  const tokens = sentences.map((sentence) => tokenize(sentence));
  const credits = sentences.map(isCreditLine);

  sentences.forEach((sentence, s) => {
    if (credits[s] || !registry.names) return;
    for (const m of sentence.matchAll(registry.names)) {
      add(registry.byName.get(phraseKey(m[0]))!, s, m.index ?? 0, m[0]);
    }
  });
  const candidates: { s: number; text: string; index: number; titled: boolean; context: string }[] = [];
  sentences.forEach((sentence, s) => {
    if (credits[s]) return;
    for (const run of capitalizedRuns(sentence, tokens[s]).flatMap(splitAtAnd)) {
      if (isTaken(s, run[0].start, run[run.length - 1].end)) continue;
      const found = nameCandidate(sentence, run, isPlace);
      if (found) candidates.push({ s, ...found });
    }
  });
  const tagged = tagPeople(candidates.filter((c) => !c.titled));
  // A name confirmed once (by a title or by compromise) is a name wherever else it appears.
  const confirmed = new Set(candidates.filter((c) => c.titled || tagged.has(c.context)).map((c) => c.text));
  for (const c of candidates) {
    if (!confirmed.has(c.text)) continue;
    const id = slugify(c.text);
    let person = registry.byName.get(phraseKey(c.text)) ?? unknown.get(id);
    if (!person) {
      person = { id, name: c.text, aliases: [], family: c.text.split(/\s+/).pop()!, verified: false };
      unknown.set(id, person);
    }
    add(person, c.s, c.index, c.text);
  }
  // The family name alone: a person named in full in this article, else the only registry person with it.
  // Looked up token by token (no per-article regex): family names are single words.
  const families = new Map(registry.uniqueFamilies);
  for (const p of inArticle) families.set(p.family, p);
  sentences.forEach((_, s) => {
    if (credits[s]) return;
    tokens[s].forEach((t, k) => {
      if (!t.capital) return;
      const word = t.text.replace(/['’]s$/, '');
      const person = families.get(word);
      if (!person || isTaken(s, t.start, t.start + word.length)) return;
      // "Emeka Kim" is someone else than Kim Jong Un: a family name right after another
      // name-like word is part of a name nobody recognized, unless that word is a title.
      const prev = tokens[s][k - 1];
      const gap = prev ? sentences[s].slice(prev.end, t.start) : '';
      if (prev?.capital && /^ $/.test(gap) && !/['’]s$/.test(prev.text) && !isTitleOrDemonym(prev.text))
        return;
      add(person, s, t.start, word);
    });
  });
  return mentions.sort((a, b) => a.sentence - b.sentence || a.index - b.index);
}

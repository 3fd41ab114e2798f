/**
 * Event phrasing in one sentence: the words that say something happened
 * (a meeting, a visit, a statement, a policy, a summit), with the noun phrase
 * that names it ("the first cabinet-level meeting"), its tense and position.
 * These are general English news patterns, not the seeds' wording.
 */
import type { EventKind } from '../data/schema';

export type Tense = 'past' | 'future' | 'perfect' | 'present';

export interface Trigger {
  kind: EventKind;
  /** Offset of the trigger words in the sentence, and of their end. */
  index: number;
  end: number;
  /** The trigger words as written ("held", "told reporters", "visited"). */
  words: string;
  /** The noun phrase naming the event, determiners stripped ("first cabinet-level meeting"). */
  np?: string;
  tense: Tense;
  /** A noun only ("the summit in Hiroshima"): names an event without saying it took place. */
  nounOnly: boolean;
  /** Meeting format, for telling apart two meetings of the same people on one day. */
  format?: 'talks' | 'consultations' | 'summit';
  /** Described as a first ("the first round", "inaugural"). */
  first?: boolean;
  /** For statements: whom it was made to ("reporters"). */
  audience?: string;
}

const HEADS = 'talks|meetings?|consultations?|discussions|dialogue|negotiations|summit|conference';
const NP = String.raw`((?:[\p{L}\d’'+-]+\s+){0,7}?)`;

const PATTERNS: { kind: EventKind; re: RegExp; np?: number; audience?: number; nounOnly?: boolean }[] = [
  {
    kind: 'statement',
    re: /\b(?:told|tells|will tell|telling)\s+((?:the\s+|a\s+)?(?:reporters|journalists|press|news conference|press conference|press briefing|parliament|lawmakers|broadcaster \w+))\b/iu,
    audience: 1,
  },
  { kind: 'statement', re: /\b(?:said|stated|says) in an? (?:joint )?statement\b/iu },
  { kind: 'statement', re: /\b(?:issued|issues|released|will issue) an? (?:joint )?statement\b/iu },
  {
    kind: 'statement',
    re: /\b(?:held|holds|gave|gives|will hold) an? (?:joint )?(?:news|press) conference\b/iu,
  },
  {
    kind: 'policy',
    re: /\b(?:adopted|adopts|approved|approves|enacted|enacts|passed|unveiled|unveils|will adopt|will unveil)\s+((?:an?|the|its|their|his|her)\s+(?:[\p{L}\d’'-]+\s+){0,5}?[\p{L}’'-]+?)(?=\s+(?:that|which|to|on|for|in|at|,|$)|[,.;]|$)/iu,
    np: 1,
  },
  { kind: 'decision', re: /\b(?:decided|decides|voted|votes) to\b/iu },
  {
    kind: 'visit',
    re: /\b(?:visited|visits|visiting|will visit|to visit|travell?ed (?:to|from)|travels (?:to|from)|will travel (?:to|from)|arrived in|arrives in|flew (?:to|from)|toured|trip to|visit to)\b/iu,
  },
  {
    kind: 'meeting',
    re: new RegExp(String.raw`\b(?:held|holds|holding|hold|will hold)\s+${NP}(${HEADS})\b`, 'iu'),
    np: 1,
  },
  { kind: 'meeting', re: /\b(?:met|meets|will meet|to meet)\b/iu },
  {
    kind: 'summit',
    re: /\b((?:\p{Lu}[\p{L}\d-]*(?:\s+of)?\s+){0,4}summit)\b/u,
    np: 1,
    nounOnly: true,
  },
];

const DETERMINERS = /^(?:the|a|an|their|its|his|her|our|this|that)\s+/i;

export function tenseOf(sentence: string, index: number, words: string): Tense {
  const before = sentence.slice(Math.max(0, index - 60), index);
  // A bare "to" is not enough: "joined their leaders to hold" is a past purpose.
  if (
    /\b(?:will|shall|would|plans? to|planning to|expected to|scheduled to|set to|is to|are to|going to)\s+(?:\w+\s+){0,2}$/i.test(
      before,
    ) ||
    /^will\b/i.test(words)
  )
    return 'future';
  if (/\b(?:has|have|had)\s+(?:\w+\s+){0,2}$/i.test(before)) return 'perfect';
  if (/^\w+ed\b|^(?:met|held|told|flew|gave|passed)\b/i.test(words)) return 'past';
  return 'present';
}

/** The strongest trigger in the sentence (patterns are tried in priority order). */
export function findTrigger(sentence: string): Trigger | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(sentence);
    if (!m) continue;
    const index = m.index;
    let np: string | undefined;
    if (p.kind === 'meeting' && p.np) np = `${m[1]}${m[2]}`;
    else if (p.np) np = m[p.np];
    if (np)
      np = np
        .trim()
        .replace(DETERMINERS, '')
        .replace(/^very\s+/i, '');
    if (p.kind === 'summit' && np) np = np.replace(DETERMINERS, '');
    const nounOnly =
      !!p.nounOnly &&
      !/\b(?:held|hold|holds|host|hosted|hosts|attend|attended)\s+(?:\S+\s+){0,6}$/i.test(
        sentence.slice(0, index),
      );
    const trigger: Trigger = {
      kind: p.kind,
      index,
      end: index + m[0].length,
      words: m[0],
      tense: tenseOf(sentence, index, m[0]),
      nounOnly,
    };
    if (np) trigger.np = np;
    if (p.audience) trigger.audience = m[p.audience].replace(DETERMINERS, '');
    if (p.kind === 'meeting' || p.kind === 'summit') {
      const text = (np ?? '').toLowerCase();
      trigger.format =
        p.kind === 'summit' || /summit/.test(text)
          ? 'summit'
          : /consultation|cabinet|ministerial|intergovernmental|2\+2/.test(text)
            ? 'consultations'
            : 'talks';
      trigger.first = /\b(?:first|inaugural|maiden)\b/i.test(text);
    }
    return trigger;
  }
  return undefined;
}

/** A sentence opening that continues the event just told ("They…", "The two leaders…", "The talks…"). */
export const CONTINUES_SUBJECT =
  /^[“"]?(?:They|He|She|Both(?: leaders| sides| men| ministers)?|The (?:two )?(?:leaders|sides|men|women|countries|nations|governments|ministers|officials|delegations|premiers)|The (?:talks|discussions|meetings?|consultations?|summit|visit|agenda|conversation|exchanges?|session)|Their|His|Her)\b/;

/** The subject is the event itself ("The talks lasted…", "The agenda…"). */
export const EVENT_SUBJECT =
  /^[“"]?The (?:talks|discussions|meetings?|consultations?|summit|visit|agenda|conversation|exchanges?|session)\b/;

/** Verbs that report what participants said, agreed or did in an event. */
export const REPORTING =
  /\b(?:agreed|agree|agrees|confirmed|confirm|discussed|expressed|responded|promised|said|says|noted|stressed|emphasi[sz]ed|welcomed|vowed|pledged|mentioned|added|told|called for|urged|reaffirmed|shared|exchanged|proposed|asked|explained|underlined|hoped|wanted)\b/i;

/** Words that tie a sentence to a meeting ("for talks", "at the meeting"). */
export const EVENT_NOUN = /\b(?:talks|meeting|consultations?|summit|visit|trip|discussions)\b/i;

/** Cues that an undated event follows the one being told ("After the talks", "later", "separately"). */
export const SEQUENCE_CUE =
  /\b(?:after the (?:talks|meeting|consultations|summit|session)|afterwards|afterward|later|then|separately|following the (?:talks|meeting))\b/i;

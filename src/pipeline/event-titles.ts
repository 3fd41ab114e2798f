/**
 * Titles and id words for an event, made from the article's own words: who
 * (family names), what (the trigger's noun phrase), where. An editor can
 * replace a title in editorial/overrides.yaml; the id does not change then.
 */
import type { EventKind } from '../data/schema';
import type { ArticleContext, SentenceFacts } from './article-model';
import { capitalize, joinNames, slugify } from './text';
import type { Trigger } from './triggers';

const ID_STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'very',
  'round',
  'in',
  'on',
  'for',
  'and',
  'to',
  'new',
]);
const PRESENT: Record<string, string> = {
  adopted: 'adopts',
  approved: 'approves',
  enacted: 'enacts',
  passed: 'passes',
  unveiled: 'unveils',
  decided: 'decides',
  voted: 'votes',
};

const words = (text: string) =>
  slugify(text)
    .split('-')
    .filter((w) => w && !ID_STOPWORDS.has(w));

export interface TitleInput {
  kind: EventKind;
  trigger: Trigger;
  facts: SentenceFacts;
  participants: string[];
  place?: string;
  /** For visits: where the traveller went next ("…before going to China"). */
  next?: string;
}

/** The subject as written before the verb, without dates ("Kishida’s government"). */
function subjectText(facts: SentenceFacts, trigger: Trigger): string | undefined {
  let subject = facts.text.slice(0, trigger.index);
  for (const d of facts.dates) subject = subject.replace(d.text, ' ');
  subject = subject.replace(/^[^\p{L}]+|[^\p{L}’']+$/gu, '').replace(/\s+/g, ' ');
  const n = subject.split(' ').length;
  return subject && n <= 5 && /^\p{Lu}/u.test(subject) ? subject : undefined;
}

export function buildTitle(input: TitleInput, ctx: ArticleContext): { title: string; idWords: string[] } {
  const { kind, trigger, facts, participants, place } = input;
  const names = participants.map((p) => ctx.personName(p));
  const who = joinNames(names);
  const one = names.length === 1;
  const placeName = place ? ctx.placeName(place) : undefined;
  const nameWords = names.flatMap(words);
  switch (kind) {
    case 'meeting': {
      const np = trigger.np;
      if (!who) {
        // "Finance ministers met…" → "Finance ministers meet"; else the noun phrase itself.
        const subject = subjectText(facts, trigger);
        const title = subject ? `${subject} ${np ? `hold ${np}` : 'meet'}` : capitalize(np ?? 'meeting');
        return { title, idWords: words(subject ? `${subject} ${np ?? 'meeting'}` : (np ?? 'meeting')) };
      }
      const title = np ? `${who} ${one ? 'holds' : 'hold'} ${np}` : `${who} ${one ? 'meets' : 'meet'}`;
      return { title, idWords: [...nameWords, ...(np ? words(np) : ['meeting'])] };
    }
    case 'summit': {
      const np = trigger.np ?? 'summit';
      const where = placeName && !np.includes(placeName) ? ` in ${placeName}` : '';
      return { title: capitalize(`${np}${where}`), idWords: words(`${np} ${placeName ?? ''}`) };
    }
    case 'visit': {
      const then = input.next ? `, then ${ctx.placeName(input.next)}` : '';
      const title =
        `${who || 'Visit'}${who ? ` visit${one ? 's' : ''}` : ' to'} ${placeName ?? ''}${then}`.trim();
      return { title, idWords: [...nameWords, 'visit', ...words(placeName ?? '')] };
    }
    case 'statement': {
      const title = trigger.audience
        ? `${who || 'Statement'}${who ? ` speak${one ? 's' : ''} to` : ' to'} ${trigger.audience}`
        : `${who ? `${who}: ` : ''}${capitalize(trigger.words.replace(/^\w+\s+/, ''))}`;
      return { title, idWords: [...nameWords, 'statement'] };
    }
    default: {
      const subject = subjectText(facts, trigger) ?? who;
      const verb = trigger.words.split(/\s+/)[0].toLowerCase();
      const rest = trigger.np ?? trigger.words.split(/\s+/).slice(1).join(' ');
      const title = capitalize(`${subject ? `${subject} ` : ''}${PRESENT[verb] ?? verb} ${rest}`.trim());
      return { title, idWords: [...(nameWords.length ? nameWords : words(subject ?? '')), ...words(rest)] };
    }
  }
}

/**
 * Topics from the editorial taxonomy: a sentence is tagged with a topic when it
 * contains one of the topic's aliases. Aliases written in lower case match any
 * case; an alias with capitals ("Indo-Pacific", "Russia's war") must match them,
 * except that a lower-case first letter may be capitalized (sentence starts). The last word may take a plural
 * "s"/"es"; words may be joined by a space or a hyphen; apostrophes may be curly.
 */
import type { Topic } from '../data/schema';
import type { TopicEntry } from './editorial';
import { escapeRegExp } from './text';

export interface TopicMatch {
  topic: string;
  index: number;
  text: string;
}

export interface TopicMatcher {
  topics: Topic[];
  match(sentence: string): TopicMatch[];
}

function aliasPattern(alias: string): string {
  const words = alias.trim().split(/[\s-]+/);
  const parts = words.map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"));
  const sensitive = /\p{Lu}/u.test(alias);
  if (sensitive) {
    // "war in Ukraine" may open a sentence as "War in Ukraine"; "China" stays a proper noun.
    const first = words[0][0];
    if (/\p{Ll}/u.test(first)) parts[0] = `[${first}${first.toUpperCase()}]${parts[0].slice(1)}`;
  } else {
    return (
      parts
        .map((p) => p.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`))
        .join('[\\s-]+') + (/\p{L}$/u.test(alias) ? '(?:e?s)?' : '')
    );
  }
  return parts.join('[\\s-]+') + (/\p{Ll}$/u.test(alias) ? '(?:e?s)?' : '');
}

/** The taxonomy as the dataset lists it. */
export function topicList(entries: TopicEntry[]): Topic[] {
  return entries.map((t) => ({
    id: t.id,
    label: t.label,
    ...(t.parent ? { parent: t.parent } : {}),
    aliases: t.aliases,
  }));
}

export function compileTopics(entries: TopicEntry[]): TopicMatcher {
  const topics = topicList(entries);
  const patterns = entries
    .filter((t) => t.aliases.length)
    .map((t) => ({
      id: t.id,
      re: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[...t.aliases]
          .sort((a, b) => b.length - a.length)
          .map(aliasPattern)
          .join('|')})(?![\\p{L}\\p{N}])`,
        'gu',
      ),
    }));
  return {
    topics,
    match(sentence) {
      const out: TopicMatch[] = [];
      for (const { id, re } of patterns) {
        for (const m of sentence.matchAll(re)) out.push({ topic: id, index: m.index ?? 0, text: m[0] });
      }
      return out.sort((a, b) => a.index - b.index || (a.topic < b.topic ? -1 : 1));
    },
  };
}

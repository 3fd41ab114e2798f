/** The topic picker's options: the topic tree flattened depth-first, children after their parent. */
import type { Topic } from '../data/schema';

export interface TopicOption {
  id: string;
  label: string;
  depth: number;
}

export function deriveTopicOptions(topics: readonly Topic[]): TopicOption[] {
  const ids = new Set(topics.map((t) => t.id));
  const children = new Map<string | undefined, Topic[]>();
  for (const t of topics) {
    // A parent that is not in the dataset makes the topic a root rather than hiding it.
    const parent = t.parent && ids.has(t.parent) ? t.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  const out: TopicOption[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | undefined, depth: number) => {
    for (const t of children.get(parent) ?? []) {
      if (seen.has(t.id)) continue; // cycles in bad data must not hang the embed
      seen.add(t.id);
      out.push({ id: t.id, label: t.label, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

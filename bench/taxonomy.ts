/**
 * The topic taxonomy the synthetic datasets use: the editorial one when
 * `editorial/topics.yaml` exists (the pipeline's source of truth), else the
 * project's documented taxonomy below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Topic } from '../src/data/schema';

export const DOCUMENTED_TOPICS: Topic[] = [
  { id: 'economic-security', label: 'Economic security', aliases: [] },
  { id: 'supply-chains', label: 'Supply chains', parent: 'economic-security', aliases: [] },
  {
    id: 'critical-minerals-semiconductors',
    label: 'Critical minerals and semiconductors',
    parent: 'economic-security',
    aliases: [],
  },
  {
    id: 'infrastructure-protection',
    label: 'Infrastructure protection',
    parent: 'economic-security',
    aliases: [],
  },
  { id: 'cybersecurity', label: 'Cybersecurity', parent: 'economic-security', aliases: [] },
  { id: 'emerging-technologies', label: 'Emerging technologies', parent: 'economic-security', aliases: [] },
  { id: 'indo-pacific', label: 'Indo-Pacific', aliases: [] },
  { id: 'russia-ukraine-war', label: "Russia's war in Ukraine", aliases: [] },
  { id: 'sanctions', label: 'Sanctions', parent: 'russia-ukraine-war', aliases: [] },
  { id: 'aid-to-ukraine', label: 'Aid to Ukraine', parent: 'russia-ukraine-war', aliases: [] },
  { id: 'nuclear-threats', label: 'Nuclear threats', parent: 'russia-ukraine-war', aliases: [] },
  { id: 'defense-cooperation', label: 'Defense cooperation', aliases: [] },
  { id: 'china', label: 'China', aliases: [] },
  { id: 'nuclear-disarmament', label: 'Nuclear disarmament and non-proliferation', aliases: [] },
  { id: 'un-security-council-reform', label: 'UN Security Council reform', aliases: [] },
  { id: 'g7-hiroshima-summit', label: 'G7 Hiroshima summit', aliases: [] },
  { id: 'north-korea', label: 'North Korea', aliases: [] },
];

type RawTopic = { id?: unknown; label?: unknown; parent?: unknown; aliases?: unknown; children?: unknown };

/** Accepts a list of topics or `{topics: [...]}`, with `parent` fields or nested `children`. */
export function readTaxonomy(yamlText: string): Topic[] {
  const doc = parse(yamlText) as unknown;
  const list = Array.isArray(doc) ? doc : (doc as { topics?: unknown } | null)?.topics;
  if (!Array.isArray(list)) throw new Error('no topic list');
  const out: Topic[] = [];
  const visit = (items: unknown[], parent?: string) => {
    for (const raw of items as RawTopic[]) {
      if (typeof raw?.id !== 'string' || typeof raw.label !== 'string')
        throw new Error('topic without id/label');
      const aliases = Array.isArray(raw.aliases)
        ? raw.aliases.filter((a): a is string => typeof a === 'string')
        : [];
      const p = typeof raw.parent === 'string' ? raw.parent : parent;
      out.push({ id: raw.id, label: raw.label, aliases, ...(p ? { parent: p } : {}) });
      if (Array.isArray(raw.children)) visit(raw.children, raw.id);
    }
  };
  visit(list);
  return out;
}

export function loadTaxonomy(file = 'editorial/topics.yaml'): { topics: Topic[]; from: string } {
  if (existsSync(file)) {
    try {
      const topics = readTaxonomy(readFileSync(file, 'utf8'));
      if (topics.length > 0) return { topics, from: file };
    } catch {
      // an editorial file in an unexpected shape: fall back to the documented taxonomy
    }
  }
  return { topics: DOCUMENTED_TOPICS, from: 'documented taxonomy (bench/taxonomy.ts)' };
}

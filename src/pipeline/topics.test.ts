import { describe, expect, it } from 'vitest';
import { parseEditorial } from './editorial';
import { shippedEditorial } from './test-resources';
import { compileTopics } from './topics';

describe('compileTopics', () => {
  const matcher = compileTopics(shippedEditorial().topics);
  const topics = (s: string) => [...new Set(matcher.match(s).map((m) => m.topic))];

  it('keeps the taxonomy: ids, labels, parents and aliases', () => {
    const ids = matcher.topics.map((t) => t.id);
    for (const id of [
      'economic-security',
      'supply-chains',
      'critical-minerals-semiconductors',
      'infrastructure-protection',
      'cybersecurity',
      'emerging-technologies',
      'indo-pacific',
      'russia-ukraine-war',
      'sanctions',
      'aid-to-ukraine',
      'nuclear-threats',
      'defense-cooperation',
      'china',
      'nuclear-disarmament',
      'un-security-council-reform',
      'g7-hiroshima-summit',
      'north-korea',
    ])
      expect(ids).toContain(id);
    const parent = (id: string) => matcher.topics.find((t) => t.id === id)?.parent;
    expect(['supply-chains', 'cybersecurity', 'emerging-technologies'].map(parent)).toEqual([
      'economic-security',
      'economic-security',
      'economic-security',
    ]);
    expect(['sanctions', 'aid-to-ukraine', 'nuclear-threats'].map(parent)).toEqual([
      'russia-ukraine-war',
      'russia-ukraine-war',
      'russia-ukraine-war',
    ]);
  });

  it('matches aliases with plurals, hyphens, curly apostrophes and any case', () => {
    expect(
      topics(
        'They discussed supply chains for mineral resources and semiconductors, protection of key infrastructures, measures against cyberattacks and emerging technologies.',
      ),
    ).toEqual([
      'supply-chains',
      'critical-minerals-semiconductors',
      'infrastructure-protection',
      'cybersecurity',
      'emerging-technologies',
    ]);
    expect(topics('Russia’s war against Ukraine and the Indo-Pacific area')).toEqual([
      'russia-ukraine-war',
      'indo-pacific',
    ]);
    expect(topics('Economic Security was the focus')).toEqual(['economic-security']);
  });

  it('takes the paraphrase "financial safety" as economic security because the taxonomy says so', () => {
    expect(topics('the concentrate of the talks was on financial safety')).toEqual(['economic-security']);
    const plain = compileTopics(
      parseEditorial({
        'topics.yaml': 'topics: [{id: economic-security, label: E, aliases: [economic security]}]',
      }).topics,
    );
    expect(plain.match('the talks were on financial safety')).toEqual([]);
  });

  it('keeps case for aliases written with capitals: porcelain is not China', () => {
    expect(topics('fine china and Indo-pacific')).toEqual([]);
    expect(topics('China and North Korea')).toEqual(['china', 'north-korea']);
  });
});

import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../lib/dataset-index';
import {
  countryName,
  deriveParticipantLine,
  deriveEventDetails,
  groupEvidence,
  nestTopics,
  safeHref,
  topicParents,
  type TopicInfo,
} from './derive-details';
import { fixtureDataset } from './fixture.test-data';

const event = (id: string) => fixtureDataset.events.find((e) => e.id === id)!;

describe('deriveEventDetails', () => {
  it('spells out the date with its precision', () => {
    const day = deriveEventDetails(fixtureDataset, event('consultations'));
    expect([day.date, day.precision]).toEqual(['18 March 2023', 'exact day']);
    const month = deriveEventDetails(fixtureDataset, event('g7'));
    expect([month.date, month.precision]).toEqual(['May 2023', 'month only']);
    const year = deriveEventDetails(fixtureDataset, event('visit'));
    expect([year.date, year.precision]).toEqual(['2022', 'year only']);
  });

  it('explains planned and background status in words, not held', () => {
    expect(deriveEventDetails(fixtureDataset, event('consultations')).statusExplanation).toBeUndefined();
    expect(deriveEventDetails(fixtureDataset, event('g7')).statusExplanation).toMatch(/not happened yet/);
    expect(deriveEventDetails(fixtureDataset, event('visit')).statusExplanation).toMatch(/earlier context/i);
  });

  it('resolves place, origin, participants and topics to names', () => {
    const d = deriveEventDetails(fixtureDataset, event('consultations'));
    expect(d.kind).toBe('Meeting');
    expect(d.place).toEqual({ id: 'tokyo', name: 'Tokyo' });
    expect(d.participants).toEqual([
      {
        id: 'fumio-kishida',
        name: 'Fumio Kishida',
        role: 'Prime Minister of Japan',
        country: 'Japan',
        verified: true,
      },
      {
        id: 'olaf-scholz',
        name: 'Olaf Scholz',
        role: 'Chancellor of Germany',
        country: 'Germany',
        verified: true,
      },
      { id: 'geir-moulson', name: 'Geir Moulson', role: undefined, country: undefined, verified: false },
    ]);
    expect(d.topics).toEqual([
      { id: 'economic-security', label: 'Economic security', parents: [], parentId: undefined },
      {
        id: 'supply-chains',
        label: 'Supply chains',
        parents: ['Economic security'],
        parentId: 'economic-security',
      },
    ]);
    expect(d.topicTree.map((n) => [n.topic.id, n.children.map((c) => c.topic.id)])).toEqual([
      ['economic-security', ['supply-chains']],
    ]);
    expect(deriveEventDetails(fixtureDataset, event('visit')).origin).toEqual({
      id: 'berlin',
      name: 'Berlin',
    });
  });

  it('counts the sources that report the event', () => {
    expect(deriveEventDetails(fixtureDataset, event('consultations')).reportedBy).toBe(
      'Reported by 2 sources',
    );
    expect(deriveEventDetails(fixtureDataset, event('g7')).reportedBy).toBe('Reported by 1 source');
  });
});

describe('groupEvidence', () => {
  it('groups quotes per source in order of first appearance, in text order, without duplicates', () => {
    const groups = groupEvidence(indexDataset(fixtureDataset), event('consultations'));
    expect(groups.map((g) => g.source.outlet)).toEqual(['NHK WORLD-JAPAN', 'Associated Press (republished)']);
    expect(groups[0].quotes.map((q) => q.sentence)).toEqual(['nhk:s1', 'nhk:s3']);
    expect(groups[0].source.published).toBe('18 March 2023');
    expect(groups[1].source.note).toMatch(/Machine-paraphrased/);
    expect(groups[1].source.href).toBe('https://example.org/ap');
  });
});

describe('nestTopics', () => {
  const t = (id: string, parentId?: string): TopicInfo => ({ id, label: id, parents: [], parentId });
  const shape = (nodes: ReturnType<typeof nestTopics>): unknown =>
    nodes.map((n) => (n.children.length ? { [n.topic.id]: shape(n.children) } : n.topic.id));

  it('puts a topic under its parent only when the parent is on the event too', () => {
    expect(shape(nestTopics([t('a'), t('a1', 'a'), t('b1', 'b'), t('a11', 'a1')]))).toEqual([
      { a: [{ a1: ['a11'] }] },
      'b1',
    ]);
  });

  it('keeps every topic when the parents form a cycle', () => {
    expect(shape(nestTopics([t('x', 'y'), t('y', 'x')]))).toEqual(['x', 'y']);
  });
});

describe('helpers', () => {
  it('walks topic parents outermost first and survives a cycle', () => {
    const index = indexDataset({
      ...fixtureDataset,
      topics: [
        { id: 'a', label: 'A', parent: 'b', aliases: [] },
        { id: 'b', label: 'B', parent: 'c', aliases: [] },
        { id: 'c', label: 'C', parent: 'b', aliases: [] },
      ],
    });
    expect(topicParents(index, 'a')).toEqual(['C', 'B']);
  });

  it('only lets http(s) links through', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });

  it('names countries from their ISO code', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('jp')).toBe('Japan');
  });
});

describe('deriveParticipantLine', () => {
  it('drops the country when the role already names it', () => {
    expect(deriveParticipantLine('Prime Minister of Japan', 'Japan')).toBe('Prime Minister of Japan');
    expect(deriveParticipantLine('Federal Minister of Defence of Germany', 'germany')).toBe(
      'Federal Minister of Defence of Germany',
    );
  });

  it('keeps the country when the role does not name it, or names it only inside a word', () => {
    expect(deriveParticipantLine('Chancellor', 'Germany')).toBe('Chancellor · Germany');
    expect(deriveParticipantLine('Minister for Omani affairs', 'Oman')).toBe(
      'Minister for Omani affairs · Oman',
    );
  });

  it('shows whichever of role and country there is', () => {
    expect(deriveParticipantLine(undefined, 'Japan')).toBe('Japan');
    expect(deriveParticipantLine('Spokesperson', undefined)).toBe('Spokesperson');
    expect(deriveParticipantLine(undefined, undefined)).toBe('');
  });
});

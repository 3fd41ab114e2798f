import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';
import type { Article } from './read-article';
import { shippedResources } from './test-resources';

const res = shippedResources();
const article = (text: string, published = '2024-06-10'): Article => ({
  id: 'a',
  file: 'a.md',
  title: 't',
  outlet: 'o',
  published,
  language: 'en',
  text,
});
const events = (text: string, published?: string) => {
  const x = extractArticle(article(text, published), res);
  return x.events.map((e) => ({
    kind: e.kind,
    status: e.status,
    date: e.date,
    place: e.place,
    origin: e.origin,
    participants: e.participants,
    topics: e.topics,
    evidence: e.evidence.map((i) =>
      x.source.text.slice(x.source.sentences[i].start, x.source.sentences[i].end),
    ),
    title: e.title,
  }));
};

describe('detectEvents', () => {
  it('finds a meeting with its date, place and participants, and the sentences that continue it', () => {
    const [talks, ...rest] = events(
      'German Chancellor Olaf Scholz and Japanese Prime Minister Fumio Kishida held talks in Berlin on Monday. ' +
        'The two leaders agreed to deepen defense cooperation. The weather was fine.',
    );
    expect(rest).toEqual([]);
    expect(talks).toMatchObject({
      kind: 'meeting',
      status: 'held',
      date: { start: '2024-06-10', precision: 'day' },
      place: 'berlin',
      participants: ['olaf-scholz', 'fumio-kishida'],
      topics: ['defense-cooperation'],
      title: 'Scholz and Kishida hold talks',
    });
    expect(talks.evidence).toHaveLength(2);
  });

  it('takes participants of "The two leaders" from the lead sentence, which also becomes evidence', () => {
    const [talks] = events(
      'Kishida and Scholz have agreed to keep sanctions on Russia.\n\nThe two leaders held talks in Tokyo on Saturday.',
      '2023-03-18',
    );
    expect(talks.participants).toEqual(['fumio-kishida', 'olaf-scholz']);
    expect(talks.topics).toEqual(['sanctions']);
    expect(talks.evidence[0]).toBe('The two leaders held talks in Tokyo on Saturday.');
    expect(talks.evidence).toHaveLength(2);
  });

  it('keeps "Later in the day" on the same day and place, as a separate event after the first', () => {
    const list = events(
      'Scholz and Kishida held talks in Tokyo on Saturday. They first met only with interpreters. ' +
        'Later in the day, cabinet members joined their leaders to hold a cabinet-level meeting.',
      '2023-03-18',
    );
    expect(list.map((e) => [e.date.start, e.place, e.status])).toEqual([
      ['2023-03-18', 'tokyo', 'held'],
      ['2023-03-18', 'tokyo', 'held'],
    ]);
    expect(list[1].participants).toEqual(['olaf-scholz', 'fumio-kishida']);
    expect(list[1].title).toBe('Scholz and Kishida hold cabinet-level meeting');
  });

  it('dates a plainly following undated meeting or statement by the event being told', () => {
    const list = events(
      'Scholz and Kishida held talks in Tokyo on Saturday. The two foreign ministers met separately. ' +
        'After the talks, Kishida told reporters that ties would grow.',
      '2023-03-18',
    );
    expect(list.map((e) => [e.kind, e.date.start, e.place])).toEqual([
      ['meeting', '2023-03-18', 'tokyo'],
      ['meeting', '2023-03-18', 'tokyo'],
      ['statement', '2023-03-18', 'tokyo'],
    ]);
  });

  it('marks future events as planned and past ones as background', () => {
    const list = events(
      'Germany named a new envoy. Scholz visited China last year. The leaders will meet in Paris in September.',
      '2023-03-18',
    );
    expect(list.map((e) => [e.kind, e.status, e.date, e.place, e.origin])).toEqual([
      ['visit', 'background', { start: '2022', precision: 'year' }, 'china', 'germany'],
      ['meeting', 'planned', { start: '2023-09', precision: 'month' }, 'paris', undefined],
    ]);
  });

  it('reads a three-word name after a qualified title and a city name with a connector', () => {
    expect(
      events('Tanzanian President Samia Suluhu Hassan met envoys in Dar es Salaam on Monday.', '2024-01-10'),
    ).toMatchObject([
      { place: 'dar-es-salaam', participants: ['samia-suluhu-hassan'], date: { start: '2024-01-08' } },
    ]);
  });

  it('takes a trip’s origin from "from X to Y"', () => {
    expect(events('Scholz travelled from Berlin to Tokyo on Friday.', '2023-03-18')).toMatchObject([
      { kind: 'visit', place: 'tokyo', origin: 'berlin', participants: ['olaf-scholz'] },
    ]);
  });

  it('gives a visit an origin only when the article names the traveller’s country', () => {
    const [visit] = events('Scholz visited China last year.', '2023-03-18');
    expect(visit.origin).toBeUndefined();
  });

  it('links "ahead of the summit in Hiroshima" to the summit already found, and ignores undated perfect tense', () => {
    const list = events(
      'They promised to work toward the Group of Seven summit in Hiroshima in May. ' +
        'Kishida has now held talks with all other leaders ahead of the summit in Hiroshima.',
      '2023-03-18',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      kind: 'summit',
      status: 'planned',
      date: { start: '2023-05', precision: 'month' },
      place: 'hiroshima',
      participants: [],
      title: 'Group of Seven summit in Hiroshima',
    });
    expect(list[0].evidence).toHaveLength(2);
  });

  it('reads an unseen wire story: titles, a place in the clause, "Earlier" and a named traveller', () => {
    const list = events(
      'WASHINGTON (Reuters) — U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday in Woodside, California, for their first talks in a year. ' +
        'Biden told reporters after the meeting that the talks were constructive.\n\n' +
        'Earlier, Secretary of State Antony Blinken held talks with Foreign Minister Wang Yi in San Francisco. Blinken visited Beijing in June.',
      '2023-11-16',
    );
    expect(list.map((e) => [e.title, e.date.start, e.place, e.participants])).toEqual([
      ['Biden and Xi meet', '2023-11-15', 'woodside', ['joe-biden', 'xi-jinping']],
      ['Biden speaks to reporters', '2023-11-15', 'woodside', ['joe-biden']],
      ['Antony Blinken and Wang Yi hold talks', '2023-11-15', 'san-francisco', ['antony-blinken', 'wang-yi']],
      ['Antony Blinken visits Beijing', '2023-06', 'beijing', ['antony-blinken']],
    ]);
    const x = extractArticle(
      article('U.S. President Biden met Xi on Wednesday in Woodside, California.', '2023-11-16'),
      res,
    );
    expect(x.places.map((p) => p.id)).toEqual(['united-states', 'woodside']); // California is a state here, not a town
  });

  it('finds no meeting where no one meets', () => {
    expect(
      events('Scholz and Kishida held talks in Tokyo on Saturday. The plan met resistance.', '2023-03-18'),
    ).toHaveLength(1);
    expect(events('Finance ministers met in Paris on Monday.', '2024-06-10')).toMatchObject([
      { kind: 'meeting', place: 'paris', title: 'Finance ministers meet' },
    ]);
  });

  it('ignores possessive dates and sentences without event phrasing', () => {
    expect(
      events(
        "As last year's and this year's hosts, they discussed Ukraine. China was the top partner in 2021.",
      ),
    ).toEqual([]);
  });
});

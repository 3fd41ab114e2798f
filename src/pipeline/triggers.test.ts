import { describe, expect, it } from 'vitest';
import { findTrigger } from './triggers';

const pick = (s: string) => {
  const t = findTrigger(s);
  return (
    t && { kind: t.kind, np: t.np, tense: t.tense, nounOnly: t.nounOnly, format: t.format, first: t.first }
  );
};

describe('findTrigger', () => {
  it('reads meetings with the noun phrase that names them', () => {
    expect(pick('The two leaders held talks in Tokyo on Saturday.')).toMatchObject({
      kind: 'meeting',
      np: 'talks',
      tense: 'past',
      format: 'talks',
      first: false,
    });
    expect(
      pick('Scholz and Kishida held the very first round of government consultations in Tokyo.'),
    ).toMatchObject({
      kind: 'meeting',
      np: 'first round of government consultations',
      format: 'consultations',
      first: true,
    });
    expect(
      pick('Cabinet members joined their leaders to hold the first cabinet-level meeting.'),
    ).toMatchObject({
      np: 'first cabinet-level meeting',
      format: 'consultations',
      tense: 'present',
    });
    expect(pick('The two defense ministers met separately.')).toMatchObject({
      kind: 'meeting',
      tense: 'past',
    });
    expect(pick('The ministers will meet in May.')).toMatchObject({ kind: 'meeting', tense: 'future' });
  });

  it('reads statements to the press, but not "according to a statement"', () => {
    expect(pick('After the talks, Kishida told reporters that ties will grow.')).toMatchObject({
      kind: 'statement',
    });
    expect(pick('They agreed, according to a statement from the ministry.')).toBeUndefined();
  });

  it('reads visits, policies and decisions', () => {
    expect(pick('Scholz visited Japan last year.')).toMatchObject({ kind: 'visit', tense: 'past' });
    expect(
      pick('The government last year adopted a new national security strategy that allows strikes.'),
    ).toMatchObject({
      kind: 'policy',
      np: 'new national security strategy',
    });
    expect(pick('The cabinet decided to raise spending.')).toMatchObject({ kind: 'decision' });
  });

  it('reads a summit named by a noun only as a reference unless it is held', () => {
    expect(pick('They will work toward the Group of Seven summit in Hiroshima in May.')).toMatchObject({
      kind: 'summit',
      np: 'Group of Seven summit',
      nounOnly: true,
    });
    expect(pick('Japan hosted the G7 summit.')).toMatchObject({ kind: 'summit', nounOnly: false });
  });

  it('marks perfect tense, which reports no dated occasion', () => {
    expect(pick('Kishida has now met all of the other G7 leaders.')).toMatchObject({ tense: 'perfect' });
  });

  it('finds nothing in a sentence without event phrasing', () => {
    expect(pick('The discussions lasted about 50 minutes overall.')).toBeUndefined();
  });
});

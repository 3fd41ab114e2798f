import { describe, expect, it } from 'vitest';
import { addDays, findDates, relateToPublished } from './dates';

const PUBLISHED = '2023-03-18'; // a Saturday

const pick = (sentence: string, published = PUBLISHED) =>
  findDates(sentence, published).map(({ text, start, precision, relative, possessive, end }) => ({
    text,
    start,
    precision,
    ...(end ? { end } : {}),
    ...(relative ? { relative } : {}),
    ...(possessive ? { possessive } : {}),
  }));

describe('findDates', () => {
  it('reads "on Saturday" as the publication Saturday, a day', () => {
    expect(pick('The two leaders held talks in Tokyo on Saturday.')).toEqual([
      { text: 'on Saturday', start: '2023-03-18', precision: 'day' },
    ]);
  });

  it('looks back for a weekday in the past tense and forward in the future tense', () => {
    // Published on a Thursday: "met on Saturday" is five days earlier, "will meet" two days later.
    expect(pick('They met on Saturday.', '2023-03-16')[0].start).toBe('2023-03-11');
    expect(pick('They will meet on Saturday.', '2023-03-16')[0].start).toBe('2023-03-18');
  });

  it('reads "in May" as a month', () => {
    expect(pick('They promised to work toward the summit in Hiroshima in May.')).toEqual([
      { text: 'May', start: '2023-05', precision: 'month' },
    ]);
  });

  it('reads "last year" and the paraphrase "final year" as the previous year', () => {
    expect(pick('Scholz visited Japan last year.')).toEqual([
      { text: 'last year', start: '2022', precision: 'year' },
    ]);
    expect(pick('Scholz visited Japan final year just before going to China.')).toEqual([
      { text: 'final year', start: '2022', precision: 'year' },
    ]);
  });

  it('reads a bare year after a preposition', () => {
    expect(pick('China was the biggest trading partner in 2021 for the sixth consecutive year.')).toEqual([
      { text: 'in 2021', start: '2021', precision: 'year' },
    ]);
  });

  it('marks "Later in the day" as the same day, later, instead of the next day', () => {
    expect(pick('Later in the day, cabinet members joined their leaders.')).toEqual([
      { text: 'Later in the day', start: undefined, precision: undefined, relative: 'later' },
    ]);
    expect(pick('Earlier that day, the ministers met.')[0].relative).toBe('earlier');
    expect(pick('They worked in the day and slept at night.')).toEqual([]);
  });

  it('flags possessive dates that qualify a noun', () => {
    expect(pick("As last year's and this year's G7 hosts, they will talk.")).toEqual([
      { text: 'last year', start: '2022', precision: 'year', possessive: true },
      { text: 'this year', start: '2023', precision: 'year', possessive: true },
    ]);
  });

  it('keeps ranges and ignores times of day and numbers that are not dates', () => {
    expect(pick('The fair runs on March 3-5.')).toEqual([
      { text: 'March 3-5', start: '2023-03-03', end: '2023-03-05', precision: 'day' },
    ]);
    expect(pick('They met at 3 p.m. with 17 members for 50 minutes.')).toEqual([]);
  });
});

describe('date helpers', () => {
  it('adds days across month and year ends in UTC', () => {
    expect(addDays('2023-03-18', -18)).toBe('2023-02-28');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('relates dates of any precision to the publication day', () => {
    expect(relateToPublished('2023-05', PUBLISHED)).toBe('after');
    expect(relateToPublished('2022', PUBLISHED)).toBe('before');
    expect(relateToPublished('2023-03-18', PUBLISHED)).toBe('contains');
    expect(relateToPublished('2023', PUBLISHED)).toBe('contains');
  });
});

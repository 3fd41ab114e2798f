import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate-text';
import { fixtureDataset, nhk } from './fixture.test-data';
import { layoutParagraphs, paragraphRanges } from './layout-paragraphs';

const textOf = (p: { runs: { segments: { text: string }[] }[] }) =>
  p.runs.flatMap((r) => r.segments.map((s) => s.text)).join('');

describe('paragraphRanges', () => {
  it('splits on blank lines (with stray spaces) and trims each paragraph', () => {
    const text = '  One.\nstill one.\n \n\nTwo.\r\n\r\nThree.  \n';
    expect(paragraphRanges(text).map(([a, b]) => text.slice(a, b))).toEqual([
      'One.\nstill one.',
      'Two.',
      'Three.',
    ]);
  });
  it('returns nothing for blank text', () => {
    expect(paragraphRanges(' \n\n ')).toEqual([]);
  });
});

describe('layoutParagraphs', () => {
  it('drops a first paragraph that repeats the title', () => {
    const paragraphs = layoutParagraphs(nhk.text, annotateText(nhk, fixtureDataset), nhk.title);
    expect(paragraphs).toHaveLength(3);
    expect(textOf(paragraphs[0])).toMatch(/^Japan's Prime Minister/);
    expect(layoutParagraphs(nhk.text, annotateText(nhk, fixtureDataset))).toHaveLength(4);
  });

  it('groups the highlighted sentence into one run inside its paragraph', () => {
    const paragraphs = layoutParagraphs(nhk.text, annotateText(nhk, fixtureDataset, 'nhk:s1'), nhk.title);
    const second = paragraphs[1];
    expect(second.runs.map((r) => r.highlight)).toEqual([true, false]);
    expect(second.runs[0].segments.map((s) => s.text).join('')).toBe(
      'The two leaders held talks in Tokyo on Saturday.',
    );
    expect(paragraphs.filter((p) => p.runs.some((r) => r.highlight))).toHaveLength(1);
  });

  it('keeps every paragraph character exactly once', () => {
    const paragraphs = layoutParagraphs(nhk.text, annotateText(nhk, fixtureDataset, 'nhk:s2'));
    paragraphs.forEach((p) => expect(textOf(p)).toBe(nhk.text.slice(p.start, p.end)));
  });

  it('keeps the title paragraph when it holds the highlighted sentence', () => {
    const text = 'Title\n\nBody.';
    const segments = [
      { start: 0, end: 5, text: 'Title', highlight: true },
      { start: 5, end: 12, text: '\n\nBody.', highlight: false },
    ];
    expect(layoutParagraphs(text, segments, 'Title').map(textOf)).toEqual(['Title', 'Body.']);
  });
});

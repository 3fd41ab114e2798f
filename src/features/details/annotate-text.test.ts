import { describe, expect, it } from 'vitest';
import { dataset as datasetSchema, type Dataset } from '../../data/schema';
import { annotateText, buildNamePattern, resolveOverlaps, type TextSegment } from './annotate-text';
import { ap, buildSource, fixtureDataset, nhk } from './fixture.test-data';

const marks = (segments: TextSegment[]) =>
  segments.filter((s) => s.entity).map((s) => `${s.entity!.kind}:${s.entity!.id}=${s.text}`);

describe('annotateText', () => {
  it('uses a dataset that passes the schema', () => {
    expect(datasetSchema.safeParse(fixtureDataset).success).toBe(true);
  });

  it('covers the text exactly with consecutive segments', () => {
    const segments = annotateText(ap, fixtureDataset, 'ap:s1');
    expect(segments.map((s) => s.text).join('')).toBe(ap.text);
    segments.forEach((s, i) => {
      expect(s.text).toBe(ap.text.slice(s.start, s.end));
      if (i > 0) expect(s.start).toBe(segments[i - 1].end);
    });
  });

  it('marks people by name and alias only in the sentences that mention them, longest match first', () => {
    expect(marks(annotateText(nhk, fixtureDataset)).filter((m) => m.startsWith('people'))).toEqual([
      'people:fumio-kishida=Kishida Fumio',
      'people:olaf-scholz=Olaf Scholz',
      'people:fumio-kishida=Kishida',
      // "Scholz" in nhk:s2 is not marked: Scholz's mentions do not include that sentence.
    ]);
  });

  it('marks places case-insensitively, including an upper-case dateline, only in their mention sentences', () => {
    const got = marks(annotateText(ap, fixtureDataset)).filter((m) => m.startsWith('places'));
    expect(got).toEqual(['places:tokyo=TOKYO', 'places:tokyo=Tokyo', 'places:indo-pacific=Indo-Pacific']);
    // "Berlin" occurs in the text but the place has no mention there.
    expect(got.some((m) => m.includes('Berlin'))).toBe(false);
  });

  it('does not mark a name inside a longer word ("Japanese" is not Japan)', () => {
    const src = buildSource('j', { title: 't', outlet: 'o', published: '2023-03-18' }, [
      ['Japanese officials said Japan and NonJapan differ.'],
    ]);
    const data: Dataset = {
      ...fixtureDataset,
      sources: [src],
      places: [{ ...fixtureDataset.places[2], mentions: ['j:s0'] }],
    };
    expect(marks(annotateText(src, data))).toEqual(['places:japan=Japan']);
    expect(annotateText(src, data).find((s) => s.entity)?.start).toBe(src.text.indexOf(' Japan ') + 1);
  });

  it('marks topics by label and alias anywhere, case-insensitively', () => {
    const got = marks(annotateText(nhk, fixtureDataset));
    expect(got).toContain('topics:economic-security=economic security');
    expect(got).toContain('topics:sanctions=sanctions');
    const paraphrased = buildSource('x', { title: 't', outlet: 'o', published: '2023-03-18' }, [
      ['They discussed Financial Safety at length.'],
    ]);
    expect(marks(annotateText(paraphrased, { ...fixtureDataset, sources: [paraphrased] }))).toEqual([
      'topics:economic-security=Financial Safety',
    ]);
  });

  it('prefers the place over the topic when both have the same name', () => {
    const got = marks(annotateText(ap, fixtureDataset));
    expect(got).toContain('places:indo-pacific=Indo-Pacific');
    expect(got).not.toContain('topics:indo-pacific=Indo-Pacific');
  });

  it('flags the highlighted sentence and keeps marks inside it whole', () => {
    const segments = annotateText(nhk, fixtureDataset, 'nhk:s1');
    const s1 = nhk.sentences[1];
    const highlighted = segments.filter((s) => s.highlight);
    expect(highlighted.map((s) => s.text).join('')).toBe(nhk.text.slice(s1.start, s1.end));
    expect(highlighted.find((s) => s.entity)?.entity).toEqual({
      kind: 'places',
      id: 'tokyo',
      label: 'Tokyo',
    });
    expect(segments.filter((s) => !s.highlight).every((s) => s.end <= s1.start || s.start >= s1.end)).toBe(
      true,
    );
  });

  it('ignores an unknown highlight sentence', () => {
    expect(annotateText(nhk, fixtureDataset, 'ap:s0').some((s) => s.highlight)).toBe(false);
  });

  it('keeps markup-like text as plain segment text', () => {
    const evil = buildSource('evil', { title: 't', outlet: 'o', published: '2023-01-01' }, [
      ['<script>alert(1)</script> in Tokyo <img src=x onerror=alert(1)>'],
    ]);
    const data: Dataset = {
      ...fixtureDataset,
      sources: [evil],
      places: [{ ...fixtureDataset.places[0], mentions: ['evil:s0'] }],
    };
    const segments = annotateText(evil, data);
    expect(segments.map((s) => s.text)).toEqual([
      '<script>alert(1)</script> in ',
      'Tokyo',
      ' <img src=x onerror=alert(1)>',
    ]);
  });
});

describe('resolveOverlaps', () => {
  const entity = (id: string) => ({ kind: 'topics' as const, id, label: id });
  it('drops a match that crosses the highlighted sentence', () => {
    const m = { start: 5, end: 15, entity: entity('a'), rank: 2 };
    expect(resolveOverlaps([m], [10, 20])).toEqual([]);
    expect(resolveOverlaps([m], [0, 20])).toEqual([m]);
  });
  it('keeps the longer of two overlapping matches', () => {
    const short = { start: 0, end: 5, entity: entity('short'), rank: 0 };
    const long = { start: 2, end: 12, entity: entity('long'), rank: 2 };
    expect(resolveOverlaps([short, long]).map((m) => m.entity.id)).toEqual(['long']);
  });
});

describe('buildNamePattern', () => {
  it('escapes regex characters and matches whole words only', () => {
    const re = buildNamePattern(['U.S.', 'G7'], false)!;
    expect('the U.S. and G7, not G77 or UxSx'.match(re)).toEqual(['U.S.', 'G7']);
  });
  it('returns undefined when there is nothing to look for', () => {
    expect(buildNamePattern(['', ' '], true)).toBeUndefined();
  });
});

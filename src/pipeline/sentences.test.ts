import { describe, expect, it } from 'vitest';
import { segmentSentences, splitSentences } from './sentences';

const texts = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence segmentation', () => {
  it('keeps abbreviations, titles and initials inside the sentence', () => {
    expect(
      texts('The U.S. and Mr. Smith met Gen. Milley in Washington. J. R. R. Tolkien wrote books.'),
    ).toEqual(['The U.S. and Mr. Smith met Gen. Milley in Washington.', 'J. R. R. Tolkien wrote books.']);
    expect(texts('The U.S. President spoke. Dr. Ito agreed.')).toEqual([
      'The U.S. President spoke.',
      'Dr. Ito agreed.',
    ]);
  });

  it('ends a sentence at a dotted acronym when a new sentence plainly starts', () => {
    expect(texts('Japan is close to the U.S. The talks went on. They met at 3 p.m. Then they left.')).toEqual(
      ['Japan is close to the U.S.', 'The talks went on.', 'They met at 3 p.m.', 'Then they left.'],
    );
  });

  it('breaks at paragraph ends, so a headline without a full stop is its own sentence', () => {
    const text = 'Leaders vow support\n\nThe two leaders met. “It went well,” he said.\n\n___\n\nBy Editor';
    expect(texts(text)).toEqual([
      'Leaders vow support',
      'The two leaders met.',
      '“It went well,” he said.',
      '___',
      'By Editor',
    ]);
  });

  it('joins a soft-wrapped line that continues in lower case', () => {
    expect(texts('The ministers agreed to\npromote cooperation.\nNext line.')).toEqual([
      'The ministers agreed to\npromote cooperation.',
      'Next line.',
    ]);
  });

  it('gives offsets into the verbatim text, trimmed, with stable ids', () => {
    const text = '  First one.  Second one?\r\n\r\nThird!  ';
    const sentences = splitSentences(text, 'src');
    expect(sentences.map((s) => s.id)).toEqual(['src-s1', 'src-s2', 'src-s3']);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one?', 'Third!']);
    expect(splitSentences(text, 'src')).toEqual(sentences);
  });
});

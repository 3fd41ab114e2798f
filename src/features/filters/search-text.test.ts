import { describe, expect, it } from 'vitest';
import { normalizeText, searchWords } from './search-text';

describe('normalizeText', () => {
  it('folds case, accents, dashes and curly quotes', () => {
    expect(normalizeText('Jürgen MÜLLER – “Élysée” Japan–Germany’s')).toBe(
      'jurgen muller - "elysee" japan-germany\'s',
    );
  });
  it('leaves plain ASCII lowercased and other scripts intact', () => {
    expect(normalizeText('Kishida, TOKYO')).toBe('kishida, tokyo');
    expect(normalizeText('東京')).toBe('東京');
  });
});

describe('searchWords', () => {
  it('splits on spaces and quotes, dropping empty words', () => {
    expect(searchWords('  Supply   “Chains” ')).toEqual(['supply', 'chains']);
    expect(searchWords('')).toEqual([]);
  });
});

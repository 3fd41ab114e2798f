import { describe, expect, it } from 'vitest';
import type { Topic } from '../data/schema';
import { deriveTopicOptions } from './topic-options';

const topic = (id: string, label: string, parent?: string): Topic => ({ id, label, parent, aliases: [] });

describe('deriveTopicOptions', () => {
  it('lists children right after their parent, in dataset order', () => {
    const options = deriveTopicOptions([
      topic('economic-security', 'Economic security'),
      topic('indo-pacific', 'Indo-Pacific'),
      topic('supply-chains', 'Supply chains', 'economic-security'),
      topic('chips', 'Chips', 'supply-chains'),
    ]);
    expect(options.map((o) => `${o.depth}:${o.id}`)).toEqual([
      '0:economic-security',
      '1:supply-chains',
      '2:chips',
      '0:indo-pacific',
    ]);
  });

  it('keeps topics whose parent is missing and survives cycles', () => {
    const options = deriveTopicOptions([
      topic('a', 'A', 'missing'),
      topic('b', 'B', 'c'),
      topic('c', 'C', 'b'),
    ]);
    expect(options.map((o) => o.id)).toEqual(['a']);
  });
});

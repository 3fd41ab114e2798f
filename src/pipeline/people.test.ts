import { describe, expect, it } from 'vitest';
import { parseEditorial } from './editorial';
import { compileRegistry, findPeople, isCreditLine } from './people';

const registry = compileRegistry(
  parseEditorial({
    'people.yaml': `
people:
  - name: Fumio Kishida
    aliases: [Kishida Fumio]
    family: Kishida
    role: Prime Minister of Japan
    country: JP
  - name: Olaf Scholz
    country: DE
  - name: Kim Jong Un
    family: Kim
`,
  }).people,
);
const isPlace = (key: string) => ['north korea', 'tokyo', 'new delhi'].includes(key);
const people = (sentences: string[]) =>
  findPeople(sentences, registry, isPlace).map((m) => [m.sentence, m.text, m.person.id, m.person.verified]);

describe('findPeople', () => {
  it('treats "Fumio Kishida", "Kishida Fumio" and "Kishida" as one registry person', () => {
    expect(
      people([
        "Japan's Prime Minister Kishida Fumio met Olaf Scholz.",
        'Japanese Prime Minister Fumio Kishida spoke.',
        'Kishida’s government and Scholz agreed.',
      ]),
    ).toEqual([
      [0, 'Kishida Fumio', 'fumio-kishida', true],
      [0, 'Olaf Scholz', 'olaf-scholz', true],
      [1, 'Fumio Kishida', 'fumio-kishida', true],
      [2, 'Kishida', 'fumio-kishida', true],
      [2, 'Scholz', 'olaf-scholz', true],
    ]);
  });

  it('detects names the registry does not know, unverified, and links their family name later', () => {
    expect(
      people([
        'Finance Minister Maria Gonzalez met John Smith in Tokyo.',
        'Smith said the talks went well, Gonzalez added.',
      ]),
    ).toEqual([
      [0, 'Maria Gonzalez', 'maria-gonzalez', false],
      [0, 'John Smith', 'john-smith', false],
      [1, 'Smith', 'john-smith', false],
      [1, 'Gonzalez', 'maria-gonzalez', false],
    ]);
  });

  it('splits names joined by "and", strips titles with places, and trusts a name confirmed once', () => {
    expect(
      people([
        'Zubeida Varga and Jonas Quell held talks in Seoul.',
        'Economy Minister of North Korea Zubeida Varga said they agreed.',
      ]).map((m) => m[2]),
    ).toEqual(['zubeida-varga', 'jonas-quell', 'zubeida-varga']);
  });

  it('does not read places, organizations or titles as people', () => {
    expect(
      people([
        'North Korea and the United Nations Security Council met in New Delhi.',
        'The Japanese Ministry of Defense and Prime Minister spoke.',
      ]),
    ).toEqual([]);
  });

  it('skips credit lines: reporters are not people in the story', () => {
    const credit =
      'Associated Press reporters Geir Moulson in Berlin and Chisato Tanaka in Tokyo contributed to this report.';
    expect(isCreditLine(credit)).toBe(true);
    expect(people([credit])).toEqual([]);
  });

  it('matches a family name alone only when it is unambiguous', () => {
    expect(people(['Kim spoke.'])).toEqual([[0, 'Kim', 'kim-jong-un', true]]);
    expect(people(['Smith spoke.'])).toEqual([]);
  });
});

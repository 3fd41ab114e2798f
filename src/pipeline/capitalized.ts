/**
 * Runs of capitalized words in a sentence ("Prime Minister Kishida Fumio",
 * "Bosnia and Herzegovina", "North Korea"): the candidates for names of places
 * and people. Shared by places.ts and people.ts so both see the same tokens.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is a dotted acronym such as "U.S."). */
  capital: boolean;
  /** Entirely upper case and longer than one letter ("TOKYO", "NHK"). */
  allCaps: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*/gu;

/** Lower-case words allowed inside a name ("Isle of Man", "Bosnia and Herzegovina"). */
const CONNECTORS = new Set(
  'of and de del da das do dos di du es la le upon sur the al el van von'.split(' '),
);

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index ?? 0;
    out.push({
      text,
      start,
      end: start + text.length,
      capital: /^\p{Lu}/u.test(text),
      allCaps: text.length > 1 && /^[\p{Lu}\d.]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text),
    });
  }
  return out;
}

/**
 * Maximal runs of capitalized tokens, joined only by spaces, hyphens or a
 * connector word, never across punctuation. Each run starts and ends with a
 * capitalized token.
 */
export function capitalizedRuns(sentence: string, tokens = tokenize(sentence)): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !run[run.length - 1].capital) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    const prev = run[run.length - 1];
    const joined =
      prev &&
      /^[\s-]+$/.test(sentence.slice(prev.end, t.start)) &&
      !/\n/.test(sentence.slice(prev.end, t.start));
    if (!joined) flush();
    if (t.capital) run.push(t);
    else if (run.length && CONNECTORS.has(t.text)) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

/** Text of tokens i..j (inclusive) as written, without a trailing possessive "'s". */
export function spanText(
  sentence: string,
  tokens: Token[],
  i: number,
  j: number,
): { text: string; end: number } {
  let end = tokens[j].end;
  const raw = sentence.slice(tokens[i].start, end);
  const bare = raw.replace(/['’]s$/, '');
  end -= raw.length - bare.length;
  return { text: bare, end };
}

/** Is the token the first word of the sentence (after quotes or a dash)? */
export function isSentenceInitial(sentence: string, token: Token): boolean {
  return /^[\s“"‘'(—–-]*$/.test(sentence.slice(0, token.start));
}

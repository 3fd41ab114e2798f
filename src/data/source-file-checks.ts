/**
 * A source's own file (data format version 2) against the dataset that names it: the rules
 * (`checkSourceFile`, run by zod's `sourceFileFor` in schema.ts too) and the zod-free validator the
 * app runs when the file loads. Apart from references.ts and validate.ts, so that the code every
 * page loads at start (embeds included) does not carry what only the reader needs.
 */
import { checkEvidence, checkOffsets, SentenceTable, type ReportIssue } from './references';
import type { Dataset, SourceFile, SourceText } from './schema';
import { checkSentence } from './validate';
import { Checker, type Issue } from './validate-kit';
import { SCHEMA_VERSION } from './vocabulary';

/**
 * A source file against the dataset whose source `id` names it: it is that source's, its sentence
 * offsets lie in its text, and every evidence item citing the source names one of its sentences
 * and quotes its text verbatim.
 */
export function checkSourceFile(
  data: Dataset,
  id: string,
  file: SourceText & { source: string },
  issue: ReportIssue,
): void {
  if (file.source !== id) issue(['source'], `expected the file of source "${id}"`);
  checkOffsets(file, issue);
  const table = new SentenceTable([file.sentences]);
  const events = data.events;
  for (let i = 0; i < events.length; i++) {
    const evidence = events[i].evidence;
    for (let j = 0; j < evidence.length; j++)
      if (evidence[j].source === id)
        checkEvidence(file.text, table, 0, evidence[j], ['events', i, 'evidence', j], issue);
  }
}

/**
 * A source file (version 2) against the dataset whose source `id` names it: zod's `sourceFileFor`
 * in schema.ts, the same verdicts and messages.
 */
export function validateSourceFile(
  json: unknown,
  data: Dataset,
  id: string,
): { ok: true; data: SourceFile } | { ok: false; issues: Issue[] } {
  const c = new Checker();
  const root = c.object(json, null);
  if (root) {
    if (root.schemaVersion !== SCHEMA_VERSION)
      c.add('schemaVersion', `Invalid input: expected ${SCHEMA_VERSION}`, true);
    c.string(root, 'source', 1);
    c.string(root, 'text');
    c.each(root, 'sentences', checkSentence);
  }
  if (!c.fatal && root) {
    checkSourceFile(data, id, root as unknown as SourceFile, (path, message) =>
      c.issues.push({ path, message }),
    );
  }
  return c.issues.length ? { ok: false, issues: c.issues } : { ok: true, data: json as SourceFile };
}

/**
 * The dataset file's layout, shared by the pipeline and the benchmark's generator: plain JSON
 * (data format version 2, nothing added), laid out so the app can read it while it downloads
 * (`stream-dataset.ts`). The other fields first, indented by one space as editors read them;
 * then `"events": [` ending its line, ONE EVENT PER LINE (compact, each followed by a comma but
 * the last), and the closing lines. Readers must accept any valid JSON all the same.
 */

/** The line that opens the events: the stream reader looks for it (trimmed) at a line's start. */
export const EVENTS_LINE = '"events": [';

/** Indentation of an event line: where the one-space layout would put the array's items. */
const EVENT_INDENT = '  ';

/**
 * Serialize `data` in the layout above; a value without an `events` array (a source file, say)
 * as one-space-indented JSON. Key order follows the object, except that `events` comes last.
 */
export function serializeDataset(data: unknown): string {
  if (!isObject(data) || !Array.isArray(data.events)) return `${JSON.stringify(data, null, 1)}\n`;
  const { events, ...rest } = data;
  const head = JSON.stringify(rest, null, 1);
  // `{}` or `{\n "a": 1\n}`: reopen the object after its last field.
  const open = head === '{}' ? '{\n' : `${head.slice(0, -2)},\n`;
  const lines: string[] = [];
  // `?? null`: as JSON.stringify writes an undefined array item.
  for (const e of events as unknown[]) lines.push(EVENT_INDENT + (JSON.stringify(e) ?? 'null'));
  const body = lines.length ? `${lines.join(',\n')}\n` : '';
  return `${open} ${EVENTS_LINE}\n${body} ]\n}\n`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

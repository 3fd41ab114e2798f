/**
 * Open formats from the command line (docs/formats.md).
 *   npm run convert -- --import timelinejs FILE.json|FILE.csv [--out public/data/dataset.json] [--today YYYY-MM-DD]
 *   npm run convert -- --export csv|geojson|ics|timelinejs [--in public/data/dataset.json] [--out FILE] [--topics a,b]
 * Validates with the shared schema before writing; writes atomically; without --out, an export goes to stdout.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, parseDataset } from '../src/data/load';
import { dataset as datasetSchema, describeIssues, type Dataset } from '../src/data/schema';
import { indexDataset, topicWithDescendants } from '../src/lib/dataset-index';
import { EXPORT_FORMATS, importTimelineCsv, importTimelineJson } from '../src/formats';

const USAGE = `usage:
  npm run convert -- --import timelinejs FILE.json|FILE.csv [--out public/data/dataset.json] [--today YYYY-MM-DD]
  npm run convert -- --export ${EXPORT_FORMATS.map((f) => f.id).join('|')} [--in public/data/dataset.json] [--out FILE] [--topics a,b]`;

class UsageError extends Error {}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new DatasetError(`cannot read ${file}`, (err as Error).message);
  }
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new DatasetError(`${file} is not valid JSON`, (err as Error).message);
  }
}

function runImport(format: string, file: string | undefined, out: string, today?: string): string {
  if (format !== 'timelinejs')
    throw new UsageError(`unknown import format "${format}" (supported: timelinejs)`);
  if (!file) throw new UsageError('--import needs a FILE');
  if (today && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be YYYY-MM-DD');
  const text = readText(file);
  const options = { fileName: file, ...(today ? { today } : {}) };
  const data =
    extname(file).toLowerCase() === '.csv'
      ? importTimelineCsv(text, options)
      : importTimelineJson(parseJson(text, file), options);
  const checked = datasetSchema.safeParse(data);
  if (!checked.success)
    throw new DatasetError(`the imported dataset failed validation`, describeIssues(checked.error));
  writeAtomically(out, JSON.stringify(data, null, 1) + '\n');
  return `imported ${data.events.length} events, ${data.places.length} places, ${data.topics.length} topics → ${out}`;
}

function selectEvents(data: Dataset, topics: string | undefined) {
  if (!topics) return data.events;
  const index = indexDataset(data);
  const wanted = topics.split(',').map((t) => t.trim()).filter(Boolean); // prettier-ignore
  const unknown = wanted.filter((t) => !index.topics.has(t));
  if (unknown.length)
    throw new UsageError(
      `unknown topic ${unknown.join(', ')}; known topics: ${data.topics.map((t) => t.id).join(', ') || '(none)'}`,
    );
  const ids = new Set(wanted.flatMap((t) => topicWithDescendants(index, t)));
  return data.events.filter((e) => e.topics.some((t) => ids.has(t)));
}

function runExport(
  format: string,
  input: string,
  out: string | undefined,
  topics: string | undefined,
): string {
  const writer = EXPORT_FORMATS.find((f) => f.id === format);
  if (!writer) throw new UsageError(`unknown export format "${format}"`);
  const data = parseDataset(parseJson(readText(input), input), input);
  const events = selectEvents(data, topics);
  const text = writer.write(data, events);
  if (!out) {
    process.stdout.write(text);
    return `exported ${events.length} events as ${writer.label}`;
  }
  writeAtomically(out, text);
  return `exported ${events.length} events as ${writer.label} → ${out}`;
}

function main(): number {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        import: { type: 'string' },
        export: { type: 'string' },
        in: { type: 'string', default: 'public/data/dataset.json' },
        out: { type: 'string' },
        topics: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (!values.import === !values.export) throw new UsageError('give exactly one of --import or --export');
    if (positionals.length > (values.import ? 1 : 0))
      throw new UsageError(`unexpected argument ${positionals.at(-1)}`);
    const message = values.import
      ? runImport(values.import, positionals[0], values.out ?? 'public/data/dataset.json', values.today)
      : runExport(values.export!, values.in!, values.out, values.topics);
    console.error(`convert: ${message}`); // stderr, so an export on stdout stays clean
    return 0;
  } catch (err) {
    if (err instanceof DatasetError) {
      console.error(
        `convert: ${err.message}${err.detail ? `\n${err.detail}` : ''}\nconvert: nothing was written.`,
      );
      return 1;
    }
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`convert: ${(err as Error).message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = main();

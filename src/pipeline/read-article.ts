/**
 * Parses one article file: YAML front matter between `---` lines, then the
 * verbatim body. Rejects bad input with an ArticleError that names the file.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ArticleError } from './errors';

export { ArticleError };

export const MAX_BODY_BYTES = 1_000_000;

const frontMatter = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, 'id may use letters, digits, "_", "-" and "." only')
    .optional(),
  title: z.string().min(1, 'title is empty'),
  outlet: z.string().min(1, 'outlet is empty'),
  published: z.union([z.string(), z.date()]),
  language: z.string().min(2).default('en'),
  url: z.string().url().optional(),
  byline: z.string().optional(),
  note: z.string().optional(),
});

export interface Article {
  id: string;
  file: string;
  title: string;
  outlet: string;
  published: string;
  language: string;
  url?: string;
  byline?: string;
  note?: string;
  /** The body exactly as in the file. */
  text: string;
}

/** A real calendar day in YYYY-MM-DD form (rejects 2023-02-30). */
export function isValidDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** Decode strictly: invalid UTF-8 is an error, not a replacement character. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, 'the file is not valid UTF-8');
  }
}

export function parseArticle(file: string, raw: string, defaultId: string): Article {
  const content = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const open = /^---\r?\n/.exec(content);
  if (!open) throw new ArticleError(file, 'no front matter: the file must start with a line "---"');
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(content.slice(open[0].length));
  if (!close) throw new ArticleError(file, 'front matter is not closed by a line "---"');
  const yamlText = content.slice(open[0].length, open[0].length + close.index);
  const body = content.slice(open[0].length + close.index + close[0].length);

  let data: unknown;
  try {
    data = parseYaml(yamlText, { schema: 'core' });
  } catch (err) {
    throw new ArticleError(file, `front matter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!data || typeof data !== 'object') throw new ArticleError(file, 'front matter is empty');
  const result = frontMatter.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ArticleError(file, `front matter field "${first.path.join('.')}": ${first.message}`);
  }
  const fm = result.data;
  const published = fm.published instanceof Date ? fm.published.toISOString().slice(0, 10) : fm.published;
  if (!isValidDay(published)) {
    throw new ArticleError(file, `"published" must be a date as YYYY-MM-DD, got "${published}"`);
  }
  if (body.trim().length === 0) throw new ArticleError(file, 'the article body is empty');
  const bytes = new TextEncoder().encode(body).length;
  if (bytes > MAX_BODY_BYTES) {
    throw new ArticleError(file, `the body is ${bytes} bytes; the limit is ${MAX_BODY_BYTES} (1 MB)`);
  }
  return {
    id: fm.id ?? defaultId,
    file,
    title: fm.title,
    outlet: fm.outlet,
    published,
    language: fm.language,
    url: fm.url,
    byline: fm.byline,
    note: fm.note,
    text: body,
  };
}

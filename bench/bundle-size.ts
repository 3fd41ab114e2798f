/**
 * Gzipped bytes of what an HTML entry loads before any code runs: its module
 * script, the chunks that script imports statically (followed recursively;
 * dynamic `import()` chunks are lazy and not counted) and its stylesheets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  html: string;
  scripts: { file: string; gzip: number }[];
  styles: { file: string; gzip: number }[];
  scriptGzip: number;
  styleGzip: number;
}

/** Local asset references in an HTML file: module scripts, modulepreloads and stylesheets. */
export function parseEntryHtml(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src') && attr('type') === 'module') scripts.push(attr('src')!);
    else if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href'))
      scripts.push(attr('href')!);
    else if (/^<link/i.test(tag) && attr('rel') === 'stylesheet' && attr('href')) styles.push(attr('href')!);
  }
  return { scripts: scripts.filter(isLocal), styles: styles.filter(isLocal) };
}

const isLocal = (url: string) => !/^[a-z]+:|^\/\//i.test(url);

/** Relative specifiers a minified ES module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) out.add(m[1]);
  return [...out];
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function measureEntry(dist: string, htmlFile: string): EntrySize {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const base = dirname(join(dist, htmlFile));
  const { scripts, styles } = parseEntryHtml(html);
  const seen = new Set<string>();
  const queue = scripts.map((s) => join(base, s));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(join(dirname(file), spec));
  }
  const rel = (f: string) => relative(dist, f);
  const scriptSizes = [...seen].map((f) => ({ file: rel(f), gzip: gz(f) }));
  const styleSizes = styles
    .map((s) => join(base, s))
    .filter(existsSync)
    .map((f) => ({ file: rel(f), gzip: gz(f) }));
  return {
    html: htmlFile,
    scripts: scriptSizes,
    styles: styleSizes,
    scriptGzip: scriptSizes.reduce((s, x) => s + x.gzip, 0),
    styleGzip: styleSizes.reduce((s, x) => s + x.gzip, 0),
  };
}

/** The build's other top-level HTML entries (the embeds); sub-folders hold examples, not entries. */
export function embedEntries(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && e.name !== 'index.html')
    .map((e) => e.name)
    .sort();
}

/**
 * What a page really downloads at start-up: every script and stylesheet it
 * fetches until no new one comes for 2 s (lazy chunks included), gzipped from the
 * build folder. Used for the dashboard and for each embed panel.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface LoadedAssets {
  url: string;
  scripts: { file: string; gzip: number }[];
  scriptGzip: number;
  styleGzip: number;
}

export async function loadedAssets(
  browser: Browser,
  origin: string,
  path: string,
  dist: string,
): Promise<LoadedAssets> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const files: string[] = [];
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin && /\.(m?js|css)$/.test(u.pathname)) files.push(u.pathname);
  });
  try {
    await page.goto(origin + path, { waitUntil: 'networkidle', timeout: 60_000 });
    // Lazy chunks are requested after the data is parsed and rendered, which can outlast the
    // network's idle moment: wait until 2 s pass without a new script or stylesheet (20 s at most).
    let seen = files.length;
    let quietSince = Date.now();
    for (const end = Date.now() + 20_000; Date.now() < end && Date.now() - quietSince < 2000;) {
      await page.waitForTimeout(250);
      if (files.length !== seen) [seen, quietSince] = [files.length, Date.now()];
    }
  } finally {
    await context.close();
  }
  const sized = [...new Set(files)]
    .map((f) => ({ file: f.replace(/^\//, ''), path: join(dist, decodeURIComponent(f)) }))
    .filter((f) => existsSync(f.path))
    .map((f) => ({ file: f.file, gzip: gzipSync(readFileSync(f.path), { level: 9 }).length }));
  const scripts = sized.filter((f) => !f.file.endsWith('.css'));
  return {
    url: path,
    scripts,
    scriptGzip: scripts.reduce((s, f) => s + f.gzip, 0),
    styleGzip: sized.filter((f) => f.file.endsWith('.css')).reduce((s, f) => s + f.gzip, 0),
  };
}

/**
 * README screenshots from a running server (it builds nothing):
 *   npx tsx scripts/screenshots.ts [URL]        (default http://localhost:4173)
 * writes docs/screenshot-desktop.png, docs/screenshot-desktop-dark.png and
 * docs/screenshot-phone.png, each with the government consultations selected
 * (the event both sources report). deviceScaleFactor 1 keeps the files small.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { Dataset } from '../src/data/schema';
import { CHROMIUM_ARGS, findChromium } from './chromium';

interface Shot {
  file: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /** The whole page (phones scroll) rather than the window. */
  fullPage: boolean;
}

const SHOTS: Shot[] = [
  {
    file: 'docs/screenshot-desktop.png',
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    fullPage: false,
  },
  {
    file: 'docs/screenshot-desktop-dark.png',
    viewport: { width: 1440, height: 900 },
    colorScheme: 'dark',
    fullPage: false,
  },
  {
    file: 'docs/screenshot-phone.png',
    viewport: { width: 390, height: 844 },
    colorScheme: 'light',
    fullPage: true,
  },
];

async function selectedEventQuery(base: string): Promise<string> {
  const res = await fetch(new URL('data/dataset.json', base));
  if (!res.ok) throw new Error(`${base}data/dataset.json: HTTP ${res.status}`);
  const dataset = (await res.json()) as Dataset;
  const event = dataset.events.find((e) => /consultations/i.test(e.title)) ?? dataset.events[0];
  return event ? `?event=${encodeURIComponent(event.id)}` : '';
}

async function take(browser: Browser, url: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: shot.viewport,
    deviceScaleFactor: 1,
    colorScheme: shot.colorScheme,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByRole('group', { name: 'Timeline plot' }).waitFor();
  // The basemap is drawn, the event's details are shown, and nothing is still loading.
  await page.locator('path.map-country').first().waitFor({ state: 'attached' });
  await page.locator('.panel-details h2').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Two frames, so Leaflet's fit and label placement have painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // A page-load focus ring (on the details heading) is not part of the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  if (shot.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot.file, fullPage: shot.fullPage });
  await context.close();
  if (errors.length) throw new Error(`${shot.file}: console errors:\n${errors.join('\n')}`);
  console.log(`wrote ${shot.file}`);
}

async function main(): Promise<void> {
  const base = new URL(process.argv[2] ?? process.env.SCREENSHOT_URL ?? 'http://localhost:4173/').href;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (set PLAYWRIGHT_CHROMIUM_EXECUTABLE)');
  const url = new URL(await selectedEventQuery(base), base).href;
  mkdirSync('docs', { recursive: true });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    for (const shot of SHOTS) await take(browser, url, shot);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

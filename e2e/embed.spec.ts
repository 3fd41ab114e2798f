/**
 * Embedded panels on a newsroom page served from a second origin, under strict
 * CSPs on both sides (the app's from scripts/static-server, the newsroom's from
 * e2e/second-origin). The fixtures fail any test that requests a third origin
 * or logs an error; every frame also reports CSP violations as errors.
 */
import { gzipSync } from 'node:zlib';
import { axeScan } from './axe';
import type { Page, Request } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { EmbedFrame } from './pages/embed';
import { startSecondOrigin, type SecondOrigin } from './second-origin';

const test = base.extend<{ newsroom: SecondOrigin }, { newsroomServer: SecondOrigin }>({
  newsroomServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide, workerInfo) => {
      const server = await startSecondOrigin(new URL(workerInfo.project.use.baseURL!).origin);
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  newsroom: async ({ newsroomServer, guards }, provide) => {
    guards.allowOrigin(newsroomServer.origin);
    guards.allowOrigin(newsroomServer.altOrigin);
    await provide(newsroomServer);
  },
});

test.beforeEach(async ({ page }) => {
  // Runs in every frame, before its scripts: a violation anywhere becomes a console error.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation in ${location.origin}: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
});

test('the example article on another origin shows both panels, each sized to its content', async ({
  page,
  newsroom,
  baseURL,
}) => {
  await page.goto(newsroom.url('newsroom.html'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Japan and Germany');
  const map = EmbedFrame.byTitle(page, /^Map:/);
  const timeline = EmbedFrame.byTitle(page, /^Timeline:/);
  for (const panel of [map, timeline]) {
    await panel.iframe.scrollIntoViewIfNeeded();
    await expect(panel.iframe).toHaveAttribute('loading', 'lazy');
    await expect(panel.iframe).toHaveAttribute('scrolling', 'no');
    expect(new URL((await panel.iframe.getAttribute('src'))!).origin).toBe(new URL(baseURL!).origin);
    await expect(panel.topic()).toBeVisible();
    await panel.expectSizedToContent();
  }
  await expect(map.content.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await expect(timeline.content.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
  // The credit line opens the full explorer in a new tab, without giving it a handle on this page.
  const credit = timeline.content.getByRole('link', { name: /full|explore/i });
  await expect(credit).toHaveAttribute('target', '_blank');
  await expect(credit).toHaveAttribute('rel', /noopener/);
  expect(new URL((await credit.getAttribute('href'))!).pathname).toMatch(/\/index\.html$/);
});

test('choosing a topic in the map panel filters the linked timeline panel', async ({ page, newsroom }) => {
  await page.goto(newsroom.url('newsroom.html'));
  const map = EmbedFrame.byTitle(page, /^Map:/);
  const timeline = EmbedFrame.byTitle(page, /^Timeline:/);
  await expect(timeline.topic()).toBeVisible();
  await timeline.expectSizedToContent();
  const timelineHeight = await timeline.iframeHeight();
  await map.iframe.scrollIntoViewIfNeeded();
  const [, total] = await map.counts();

  await map.chooseTopic('Defense cooperation');
  await expect(timeline.topic()).toHaveValue('defense-cooperation');
  const [shown] = await map.counts();
  expect(shown).toBeLessThan(total);
  await expect.poll(() => timeline.counts()).toEqual([shown, total]);
  await timeline.expectSizedToContent();
  // Fewer events, fewer lanes: the timeline's iframe shrinks with its content.
  expect(await timeline.iframeHeight()).toBeLessThan(timelineHeight);
  await map.expectSizedToContent();

  // And back: the timeline drives the map just the same.
  await timeline.chooseTopic('All topics');
  await expect(map.topic()).toHaveValue('');
  await expect.poll(() => map.counts()).toEqual([total, total]);
});

test('the iframe shrinks when a filter removes events, and grows back', async ({ page, newsroom }) => {
  await page.goto(newsroom.url('list.html'));
  const list = EmbedFrame.byTitle(page, 'Event list');
  await expect(list.content.getByRole('region', { name: 'Event list', exact: true })).toBeVisible();
  await list.expectSizedToContent();
  const before = await list.iframeHeight();

  await list.chooseTopic('Defense cooperation');
  await expect.poll(() => list.iframeHeight()).toBeLessThan(before - 20);
  await list.expectSizedToContent();

  await list.chooseTopic('All topics');
  await expect.poll(() => list.iframeHeight()).toBeCloseTo(before, -1);
  await list.expectSizedToContent();
});

test('selecting an event in one panel shows it in a linked details panel', async ({ page, newsroom }) => {
  await page.goto(newsroom.url('linked.html'));
  const timeline = EmbedFrame.byTitle(page, 'Timeline');
  const details = EmbedFrame.byTitle(page, 'Event details');
  await details.iframe.scrollIntoViewIfNeeded();
  await expect(details.content.getByText(/select an event/i)).toBeVisible();
  await timeline.content
    .getByRole('button', { name: /consultations/i })
    .first()
    .click();
  await expect(details.content.getByRole('heading', { name: /consultations/i })).toBeVisible();
  await details.expectSizedToContent();
});

test('a pym.js parent (the real pym.js) sizes the embed, also when it shrinks', async ({
  page,
  newsroom,
}) => {
  await page.goto(newsroom.url('pym.html'));
  const list = EmbedFrame.byTitle(page, 'Event list (pym.js)');
  expect(new URL((await list.iframe.getAttribute('src'))!).searchParams.get('childId')).toBe('pym-list');
  await expect(list.content.getByRole('region', { name: 'Event list', exact: true })).toBeVisible();
  await list.expectSizedToContent();
  const before = await list.iframeHeight();
  await list.chooseTopic('Defense cooperation');
  await expect.poll(() => list.iframeHeight()).toBeLessThan(before - 20);
  await list.expectSizedToContent();
});

test('an embed that loads in a hidden tab gets its height once the tab is shown', async ({
  page,
  newsroom,
}) => {
  await page.goto(newsroom.url('tabs.html'));
  const list = EmbedFrame.byTitle(page, 'Event list (hidden tab)');
  // Loaded and rendered while display: none (pym.js iframes are not lazy).
  await expect(
    list.content.getByRole('region', { name: 'Event list', exact: true, includeHidden: true }),
  ).toBeAttached();
  await expect(list.iframe).toBeHidden();
  await page.getByRole('button', { name: 'Show the list' }).click();
  await expect(list.iframe).toBeVisible();
  await list.expectSizedToContent();
  expect(await list.iframeHeight()).toBeGreaterThan(150);
});

test('embed.js ignores height messages from other origins, other windows and other shapes', async ({
  page,
  newsroom,
}) => {
  await page.goto(newsroom.url('list.html'));
  const list = EmbedFrame.byTitle(page, 'Event list');
  await list.expectSizedToContent();
  const height = await list.iframeHeight();
  const id = new URL((await list.iframe.getAttribute('src'))!).searchParams.get('childId')!;
  await page.evaluate(() => {
    const w = window as unknown as { seen: { origin: string; data: unknown }[] };
    w.seen = [];
    window.addEventListener('message', (e) => w.seen.push({ origin: e.origin, data: e.data }));
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: { origin: string }[] }).seen);

  // The host page itself, then a frame on a third origin, both with a well-formed message and the right id.
  await page.evaluate((id) => window.postMessage({ type: 'news-embed:height', id, height: 7 }, '*'), id);
  await page.evaluate(
    (src) => {
      const f = document.createElement('iframe');
      f.title = 'Forger';
      f.src = src;
      document.body.append(f);
    },
    `${newsroom.altOrigin}/spoof.html?id=${encodeURIComponent(id)}&height=9`,
  );
  await expect.poll(async () => (await seen()).filter((m) => m.origin === newsroom.altOrigin).length).toBe(2);
  // Our own embed's window and origin, but a wrong shape or another embed's id.
  const frame = await list.frame();
  await frame.evaluate((id) => {
    parent.postMessage({ type: 'news-embed:height', id: 'someone-else', height: 11 }, '*');
    parent.postMessage({ type: 'news-embed:height', id, height: '13px' }, '*');
    parent.postMessage(
      { type: 'news-embed:height', id, height: 15, html: '<img src=x onerror=alert(1)>' },
      '*',
    );
  }, id);
  await expect.poll(async () => (await seen()).length).toBeGreaterThanOrEqual(6);
  expect(await list.iframeHeight()).toBe(height);

  // Control: the same channel does work for a well-formed message from the embed itself.
  await frame.evaluate((id) => parent.postMessage({ type: 'news-embed:height', id, height: 321 }, '*'), id);
  await expect.poll(() => list.iframeHeight()).toBe(321);
});

/** Every request the page makes (all frames), as paths. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r: Request) => urls.push(new URL(r.url()).pathname));
  return urls;
}

test('each embed loads only what its panel needs', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/embed.html?panel=map');
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const mapOnly = requests.filter((p) => /leaflet|basemap|countries|land|atlas|map-(view|panel)/i.test(p));
  expect(mapOnly.length, 'the map embed loads Leaflet and the map code').toBeGreaterThan(0);
  expect(
    requests.filter((p) => /timeline/i.test(p)),
    'the map embed loads no timeline code',
  ).toEqual([]);

  requests.length = 0;
  await page.goto('/embed.html?panel=timeline');
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.some((p) => /timeline/i.test(p))).toBe(true);
  expect(requests.filter((p) => mapOnly.includes(p))).toEqual([]);
  expect(requests.filter((p) => /leaflet|basemap|countries|land|atlas|map-(view|panel)/i.test(p))).toEqual(
    [],
  );
});

test('embed options: theme, accent, hidden controls, title and credit link carry through', async ({
  page,
}) => {
  await page.goto(
    '/embed.html?panel=timeline&theme=dark&accent=%23cc0000&controls=0&topics=defense-cooperation',
  );
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/^Timeline/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent')),
  ).toBe('#cc0000');
  await expect(page.getByLabel('Topic', { exact: true })).toHaveCount(0);
  const credit = page.getByRole('link', { name: /full|explore/i });
  const href = new URL((await credit.getAttribute('href'))!);
  expect(href.pathname).toMatch(/\/index\.html$/);
  expect(href.searchParams.get('topics')).toBe('defense-cooperation');
  expect(href.searchParams.has('panel')).toBe(false);
  expect(href.searchParams.has('theme')).toBe(false);
});

// Dark: the combined panel covers the timeline and the map.
for (const theme of ['light', 'dark'])
  for (const panel of ['timeline', 'map', 'list', 'filters', 'details', 'timeline-map'].filter(
    (p) => theme === 'light' || !['timeline', 'map'].includes(p),
  ))
    test(`the ${panel} embed is accessible (axe) in ${theme}`, async ({ page }) => {
      await page.goto(`/embed.html?panel=${panel}&theme=${theme}&event=${await firstEventId(page)}`);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('status', { name: /loading/i })).toHaveCount(0);
      const { violations } = await axeScan(page);
      expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });

let cachedEventId: string | undefined;
/** An event id from the dataset being served (the real pipeline output in CI). */
async function firstEventId(page: Page): Promise<string> {
  cachedEventId ??= (
    (await (await page.request.get('/data/dataset.json')).json()) as { events: { id: string }[] }
  ).events[0].id;
  return cachedEventId;
}

test('the build works from any sub-path (relative base): embed and deep links', async ({ page, baseURL }) => {
  // Serve the same build under /news/2023/japan-germany/ to prove nothing assumes the root.
  const prefix = '/news/2023/japan-germany';
  await page.route(`${baseURL}${prefix}/**`, async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.slice(prefix.length);
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
  const requests = recordRequests(page);
  await page.goto(`${prefix}/embed.html?panel=list&topics=defense-cooperation`);
  await expect(page.getByRole('region', { name: 'Event list', exact: true })).toBeVisible();
  expect(requests).toContain(`${prefix}/data/dataset.json`);
  expect(requests.filter((p) => !p.startsWith(`${prefix}/`))).toEqual([]);
  const credit = page.getByRole('link', { name: /full|explore/i });
  await credit.evaluate((a) => a.removeAttribute('target'));
  await credit.click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/index\\.html\\?topics=defense-cooperation`));
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
});

test('article text with markup renders as inert text in embeds', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: hostileDataset() }));
  await page.goto('/embed.html?panel=details&event=hostile');
  await expect(page.getByText(TITLE, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(SCRIPT_QUOTE, { exact: false }).first()).toBeVisible();
  await page.goto('/embed.html?panel=list');
  await expect(page.getByText(TITLE, { exact: false }).first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('embed.js is one small dependency-free classic script', async ({ request }) => {
  const response = await request.get('/embed.js');
  expect(response.ok()).toBe(true);
  const body = await response.body();
  const gzip = gzipSync(body, { level: 9 }).length;
  test.info().annotations.push({ type: 'embed.js size', description: `${body.length} B, ${gzip} B gzip` });
  console.log(`embed.js: ${body.length} bytes, ${gzip} bytes gzip`);
  expect(gzip).toBeLessThan(2048);
  const text = body.toString('utf8');
  expect(text).not.toMatch(/\bimport\s*\(|\bimport\s+[\w{*]|\bexport\s/);
  expect(text).toMatch(/^var NewsEmbed=/);
});

const TITLE = 'Talks <img src=x onerror=alert(1)> in Tokyo';
const SCRIPT_QUOTE = '<script>alert(2)</script> said the minister.';

function hostileDataset() {
  const text = `Leaders met. ${SCRIPT_QUOTE} <img src=x onerror=alert(3)> followed.`;
  const quoteStart = text.indexOf(SCRIPT_QUOTE);
  return {
    schemaVersion: 1,
    title: 'Hostile <b>fixture</b>',
    sources: [
      {
        id: 'src',
        title: 'A <script>alert(4)</script> report',
        outlet: 'Outlet <img src=x onerror=alert(5)>',
        published: '2023-03-18',
        language: 'en',
        text,
        sentences: [
          { id: 's1', start: 0, end: 12 },
          { id: 's2', start: quoteStart, end: quoteStart + SCRIPT_QUOTE.length },
        ],
      },
    ],
    places: [
      { id: 'tokyo', name: 'Tokyo', kind: 'city', lat: 35.68, lon: 139.69, country: 'JP', mentions: ['s1'] },
    ],
    people: [],
    topics: [{ id: 't', label: 'Topic <i onmouseover=alert(6)>x</i>', aliases: [] }],
    events: [
      {
        id: 'hostile',
        title: TITLE,
        kind: 'meeting',
        status: 'held',
        date: { start: '2023-03-18', precision: 'day' },
        order: 0,
        place: 'tokyo',
        participants: [],
        topics: ['t'],
        evidence: [{ source: 'src', sentence: 's2', quote: SCRIPT_QUOTE }],
      },
    ],
  };
}

test('the Embed dialog previews a panel with the current filters; its code works pasted on another origin', async ({
  page,
  context,
  newsroom,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?topics=defense-cooperation');
  const opener = page.getByRole('button', { name: 'Embed', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed a panel' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Panel', { exact: true }).selectOption({ label: 'Event list' });
  const preview = new EmbedFrame(page, dialog.getByTitle(/^Preview:/));
  await expect(preview.content.getByRole('region', { name: 'Event list', exact: true })).toBeVisible();
  await expect(preview.topic()).toHaveValue('defense-cooperation');

  const code = dialog.getByLabel('Embed code');
  await expect(code).toHaveValue(/panel=list&amp;topics=defense-cooperation/);
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/copied/i);
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await code.inputValue());

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // A newsroom developer pastes it into a plain page on their own site (served under its strict CSP).
  await page.goto(
    newsroom.writePage(
      `pasted-${test.info().workerIndex}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,"></head><body><main><h1>Article</h1>\n${snippet}\n<p>After the panel.</p></main></body></html>`,
    ),
  );
  const pasted = EmbedFrame.byTitle(page, /^Event list/);
  await expect(pasted.content.getByRole('region', { name: 'Event list', exact: true })).toBeVisible();
  await expect(pasted.topic()).toHaveValue('defense-cooperation');
  await pasted.expectSizedToContent();
});

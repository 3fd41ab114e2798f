/**
 * Data format version 2: the dataset file holds what the panels need at start; each article's
 * text is in a file of its own (data/sources/<id>.json), fetched when the reader or the details
 * need it. The server sends both gzipped.
 */
import { test, expect } from './fixtures';
import { DetailsPage } from './pages/details';

test('the details show the quotes from the dataset; the reader fetches the article’s own file', async ({
  page,
  request,
}) => {
  const dataset = await DetailsPage.dataset(request);
  expect(dataset.schemaVersion).toBe(2);
  expect(dataset.sources.every((s) => s.file && s.text === undefined)).toBe(true);
  const event = DetailsPage.findEvent(dataset, /consultations/i);
  const ap = dataset.sources.find((s) => /Associated Press/.test(s.outlet))!;
  const quote = event.evidence.find((e) => e.source === ap.id)!;

  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/sources/')) fetched.push(new URL(r.url()).pathname);
  });
  const details = new DetailsPage(page);
  await details.open(event);
  await expect(
    details.source(/Associated Press/).locator('blockquote', { hasText: quote.quote }),
  ).toBeVisible();
  await details.readInContext(/Associated Press/).click();
  await expect(details.highlight).toHaveText(quote.quote);
  await expect(details.highlight).toBeFocused();
  expect(fetched).toContain(`/data/${ap.file}`);
});

test('an article whose file cannot be loaded shows an error with "Try again" in the reader', async ({
  page,
  request,
  guards,
}) => {
  guards.allowConsoleError(/Failed to load resource/);
  const dataset = await DetailsPage.dataset(request);
  const event = DetailsPage.findEvent(dataset, /consultations/i);
  const ap = dataset.sources.find((s) => /Associated Press/.test(s.outlet))!;
  let fail = true;
  await page.route(`**/data/${ap.file}`, (route) =>
    fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
  );
  const details = new DetailsPage(page);
  await details.open(event);
  await details.readInContext(/Associated Press/).click();
  // The article's title and outlet are in the dataset: they show while its text cannot.
  await expect(details.heading(ap.title)).toBeVisible();
  const alert = details.region.getByRole('alert');
  await expect(alert).toContainText('The article’s text could not be loaded');
  await expect(alert).toContainText('503');
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(details.highlight).toBeVisible();
  await expect(details.region.getByRole('alert')).toHaveCount(0);
});

test('a dataset whose references do not resolve gives way to the error panel with "Try again"', async ({
  page,
  request,
}) => {
  const dataset = await DetailsPage.dataset(request);
  let calls = 0;
  await page.route('**/data/dataset.json', async (route) => {
    calls += 1;
    const broken = {
      ...dataset,
      events: dataset.events.map((e, i) => (i === 0 ? { ...e, place: 'atlantis' } : e)),
    };
    if (calls === 1) await route.fulfill({ json: broken });
    else await route.continue();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(alert).toContainText('unknown place "atlantis"');
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('the server sends the dataset and the article files gzipped', async ({ request }) => {
  const dataset = await DetailsPage.dataset(request);
  for (const path of ['/data/dataset.json', `/data/${dataset.sources[0].file}`]) {
    const res = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.ok()).toBe(true);
    expect(res.headers()['content-encoding']).toBe('gzip');
    expect(res.headers()['vary']).toBe('Accept-Encoding');
    expect(JSON.parse(await res.text())).toBeTruthy(); // Playwright decodes it, as a browser does
  }
});

/**
 * Open formats end to end: TimelineJS3 files opened with the picker or dropped on
 * the page, refused TimelineJS2 files, `?data=` URLs, and the Export menu's four
 * formats read back from real downloads.
 */
import { axeScan } from './axe';
import Papa from 'papaparse';
import type { Dataset, NewsEvent } from '../src/data/schema';
import { test, expect } from './fixtures';
import { FiltersPage } from './pages/filters';
import { fixtureFile, FormatsPage } from './pages/formats';

const HARBOURS = [
  { title: 'Lisbon opens its new quay', place: 'Lisbon' },
  { title: 'Rotterdam extends a container terminal', place: 'Rotterdam' },
  { title: 'Genoa inaugurates a new bridge', place: 'Genoa' },
  { title: 'A harbour report is published' }, // no location: on the timeline, not on the map
];
const RIVER_PORTS = [
  'Duisburg harbour festival',
  'Basel port merger',
  'Vienna port week',
  'Budapest quay repairs',
  'Strasbourg port survey',
];

const sorted = (xs: string[]) => [...xs].sort();
/** The export follows the view's order (by date); compare ids as sets. */
const ids = (events: NewsEvent[]) => sorted(events.map((e) => e.id));

const builtInSummary = (dataset: Dataset) =>
  new RegExp(`^${dataset.events.length} events from ${dataset.sources.length} articles?$`);

/** iCalendar DATE values exist for years 1..9999 only; the exporter leaves other events out. */
const icsRepresentable = (e: NewsEvent) => {
  const year = Number(e.date.start.slice(0, e.date.start.startsWith('-') ? 5 : 4));
  return year >= 1 && year <= 9999;
};

test.describe('open a file', () => {
  test('a TimelineJS3 JSON file from the picker is shown on the timeline and the map, until closed', async ({
    page,
    request,
  }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FormatsPage(page);
    await f.goto();
    await expect(f.summary).toHaveText(builtInSummary(dataset));
    await expect(f.timelineMark(dataset.events[0].title)).toBeVisible();

    await f.openFile(fixtureFile('harbour-cities.json'));

    await expect(f.summary).toContainText('Viewing harbour-cities.json');
    await expect(f.summary).toContainText('not uploaded');
    await expect(f.timelineMarks).toHaveCount(HARBOURS.length);
    for (const { title } of HARBOURS) await expect(f.timelineMark(title)).toBeVisible();
    for (const { place } of HARBOURS)
      if (place) await expect(f.marker(place)).toHaveAccessibleName(`${place}: 1 event`);
    // Nothing of the built-in dataset is left.
    await expect(f.timelineMark(dataset.events[0].title)).toHaveCount(0);
    await expect(f.map.getByRole('button', { name: /^Tokyo:/ })).toHaveCount(0);

    await f.closeFile.click();
    await expect(f.summary).toHaveText(builtInSummary(dataset));
    await expect(f.closeFile).toHaveCount(0);
    await expect(f.timelineMarks.first()).toBeVisible();
    await expect(f.timelineMark(HARBOURS[0].title)).toHaveCount(0);
    await expect(f.timelineMark(dataset.events[0].title)).toBeVisible();
  });

  test('closing a file drops the filters and selection made in it', async ({ page, request }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FormatsPage(page);
    await f.goto('?view=list');
    await f.openFile(fixtureFile('harbour-cities.json'));
    await expect(f.summary).toContainText('Viewing harbour-cities.json');
    await f.filters.getByRole('checkbox', { name: /^Ports \(\d+\)$/ }).check();
    const rows = await f.listRows();
    await expect(rows).toHaveCount(2);
    await rows.first().click();
    await expect(page).toHaveURL(/[?&]topics=ports\b/);
    await expect(page).toHaveURL(/[?&]event=/);

    await f.closeFile.click();
    await expect(f.summary).toHaveText(builtInSummary(dataset));
    await expect(page).not.toHaveURL(/[?&](topics|event)=/);
    await expect(page).toHaveURL(/[?&]view=list\b/);
    await expect(f.list.getByRole('rowheader').getByRole('button')).toHaveCount(dataset.events.length);
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading')).toHaveText('Details');
  });

  test('a TimelineJS3 CSV dropped on the page is listed', async ({ page }) => {
    const f = new FormatsPage(page);
    await f.goto('?view=list');
    const rows = await f.listRows();
    await expect(rows.first()).toBeVisible();

    await f.dropFile(fixtureFile('river-ports.csv'), {
      beforeDrop: () => expect(f.dropHint).toBeVisible(),
    });

    await expect(f.summary).toContainText('Viewing river-ports.csv');
    await expect(f.dropHint).toHaveCount(0);
    // The filters start afresh for the new data; the chosen view (the list) stays.
    await expect(f.list).toBeVisible();
    const imported = await f.listRows();
    await expect(imported).toHaveCount(RIVER_PORTS.length);
    await expect(imported).toHaveText(RIVER_PORTS); // sorted by date, as in the sheet
  });

  test('the drop hint stays while a file crosses the page and goes when it leaves', async ({ page }) => {
    const f = new FormatsPage(page);
    await f.goto();
    const dataTransfer = await f.dataTransfer(fixtureFile('river-ports.csv'));
    const main = page.getByRole('main');
    const filters = f.filters;
    await main.dispatchEvent('dragenter', { dataTransfer });
    await filters.dispatchEvent('dragenter', { dataTransfer }); // entering a child first…
    await main.dispatchEvent('dragleave', { dataTransfer }); // …then leaving its parent
    await expect(f.dropHint).toBeVisible();
    await filters.dispatchEvent('dragleave', { dataTransfer });
    await expect(f.dropHint).toHaveCount(0);
    await expect(f.closeFile).toHaveCount(0);
  });

  test('a TimelineJS2 file is refused with a message and the current dataset stays', async ({
    page,
    request,
  }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FormatsPage(page);
    await f.goto('?view=list');

    await f.openFile(fixtureFile('old-timelinejs2.json'));

    await expect(f.openError).toBeVisible();
    await expect(f.openError).toContainText('old-timelinejs2.json');
    await expect(f.openError).toContainText(/TimelineJS2/);
    await expect(f.summary).toHaveText(builtInSummary(dataset));
    await expect(await f.listRows()).toHaveCount(dataset.events.length);

    await f.openError.getByRole('button', { name: 'Dismiss' }).click();
    await expect(f.openError).toHaveCount(0);
    await expect(await f.listRows()).toHaveCount(dataset.events.length);
  });
});

test.describe('?data= URLs', () => {
  test('a same-origin dataset URL loads', async ({ page, request }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FormatsPage(page);
    const loaded = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/data/dataset.json'));
    await f.goto('?data=data/dataset.json&view=list');
    expect((await loaded).ok()).toBe(true);
    await expect(f.summary).toHaveText(builtInSummary(dataset));
    await expect(await f.listRows()).toHaveCount(dataset.events.length);
  });

  test('a same-origin TimelineJS3 CSV URL loads through the same import as an opened file', async ({
    page,
  }) => {
    const csv = fixtureFile('river-ports.csv');
    await page.route('**/data/river-ports.csv', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: csv.buffer }),
    );
    const f = new FormatsPage(page);
    await page.goto('/?data=data/river-ports.csv&view=list');
    await expect(await f.listRows()).toHaveText(RIVER_PORTS);
  });

  test('a missing file says what the server answered', async ({ page, guards }) => {
    guards.allowConsoleError(/Failed to load resource.*404/);
    await page.goto('/?data=data/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The news events could not be loaded');
    await expect(alert).toContainText(/data\/missing\.json.*404/);
  });

  test('another origin is refused without a request to it', async ({ page }) => {
    const tried: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).hostname === 'evil.example') tried.push(r.url());
    });
    await page.goto('/?data=https://evil.example/a.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The news events could not be loaded');
    await expect(alert).toContainText(/Refused to load data from https:\/\/evil\.example/);
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
    expect(tried).toEqual([]);
    // The fixture's guard also fails the test on any request outside the app origin.
  });
});

test.describe('export', () => {
  test('each format holds exactly the filtered events, and TimelineJS opens again', async ({
    page,
    request,
  }) => {
    const dataset = await FiltersPage.dataset(request);
    const expected = FiltersPage.eventsWithTopic(dataset, 'Economic security');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(dataset.events.length);
    const f = new FormatsPage(page);
    await f.goto();

    // Unfiltered first: every event of the dataset.
    const all = await f.export('CSV');
    expect(Papa.parse<string[]>(all.text, { skipEmptyLines: true }).data).toHaveLength(
      dataset.events.length + 1,
    );

    await f.filters.getByRole('checkbox', { name: /^Economic security \(\d+\)$/ }).check();
    await f.exportButton.click();
    await expect(f.exportPanel).toHaveAccessibleName(
      `Export ${expected.length} event${expected.length === 1 ? '' : 's'}`,
    );

    const csv = await f.export('CSV');
    expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
    const table = Papa.parse<string[]>(csv.text, { skipEmptyLines: true }).data;
    expect(table).toHaveLength(expected.length + 1);
    expect(table[0].slice(0, 3)).toEqual(['id', 'date', 'end_date']);
    expect(sorted(table.slice(1).map((r) => r[0]))).toEqual(ids(expected));

    const ics = await f.export('iCalendar');
    expect(ics.download.suggestedFilename()).toMatch(/\.ics$/);
    expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const calendarEvents = expected.filter(icsRepresentable);
    expect(ics.text.match(/^BEGIN:VEVENT\r$/gm) ?? []).toHaveLength(calendarEvents.length);
    // Lines are folded at 75 octets (RFC 5545 3.1); unfold before reading properties.
    for (const line of ics.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.text.replace(/\r\n[ \t]/g, '');
    expect(sorted(unfolded.match(/^UID:.*$/gm)?.map((l) => l.trim()) ?? [])).toEqual(
      sorted(calendarEvents.map((e) => `UID:${e.id}@news-event-explorer`)),
    );

    const geo = await f.export('GeoJSON');
    expect(geo.download.suggestedFilename()).toMatch(/\.geojson$/);
    const collection = JSON.parse(geo.text) as {
      type: string;
      features: { id: string; geometry: { type: string; coordinates: [number, number] } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    const placed = expected.filter((e) => e.place);
    expect(sorted(collection.features.map((x) => x.id))).toEqual(ids(placed));
    for (const feature of collection.features) {
      const place = dataset.places.find(
        (p) => p.id === dataset.events.find((e) => e.id === feature.id)?.place,
      );
      expect(feature.geometry.type).toBe('Point');
      expect(feature.geometry.coordinates).toEqual([place?.lon, place?.lat]); // [longitude, latitude]
    }

    const timeline = await f.export('TimelineJS');
    const name = timeline.download.suggestedFilename();
    expect(name).toMatch(/\.timeline\.json$/);
    await f.openFile({ name, mimeType: 'application/json', buffer: Buffer.from(timeline.text) });
    await expect(f.summary).toContainText(`Viewing ${name}`);
    const reopened = await f.listRows();
    await expect(reopened).toHaveCount(expected.length);
    expect(sorted(await reopened.allTextContents())).toEqual(sorted(expected.map((e) => e.title)));
  });

  test('the menu works from the keyboard', async ({ page }) => {
    const f = new FormatsPage(page);
    await f.goto();
    // Tab from the control just before it in the toolbar.
    await page.getByRole('group', { name: 'View' }).getByRole('button').first().focus();
    for (let i = 0; i < 5 && !(await f.exportButton.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(f.exportButton).toBeFocused();
    await expect(f.exportButton).toHaveAttribute('aria-expanded', 'false');
    await expect(f.exportPanel).toBeHidden();

    await page.keyboard.press('Enter');
    await expect(f.exportButton).toHaveAttribute('aria-expanded', 'true');
    await expect(f.exportPanel).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(f.exportFormat('CSV')).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(f.exportPanel).toBeHidden();
    await expect(f.exportButton).toHaveAttribute('aria-expanded', 'false');
    await expect(f.exportButton).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`has no accessibility violations with the menu open (${colorScheme})`, async ({ page }) => {
      test.slow(); // axe over the whole dashboard (map, timeline, filters) takes a while on a shared CPU
      await page.emulateMedia({ colorScheme });
      const f = new FormatsPage(page);
      await f.goto();
      await f.exportButton.click();
      await expect(f.exportPanel).toBeVisible();
      const results = await axeScan(page);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual(
        [],
      );
    });
});

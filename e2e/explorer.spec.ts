/**
 * The explorer as one thing: what the panels do together (linked filtering,
 * selection, hover, URL state, keyboard, layout, time zones, accessibility).
 * Each panel's own behaviour is in its feature spec.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ExplorerPage, overlapping, REGIONS, type RegionName } from './pages/explorer';
import { FiltersPage } from './pages/filters';
import { TimelinePage } from './pages/timeline';

const CONSULTATIONS = /consultations/i;
const DEFENSE = /defen[cs]e minister|Hamada|Pistorius/i;
const TALKS = /talks/i;
const G7 = /G7|Group of Seven/i;
const NHK = /NHK WORLD-JAPAN/;
const AP = /Associated Press/;

const exactly = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const eventsLabel = (n: number) => `${n} event${n === 1 ? '' : 's'}`;

test.describe('linked panels', () => {
  test('"Economic security" filters timeline, map and list alike; details quote both sources; a place in the reader filters', async ({
    page,
    request,
  }) => {
    const dataset = await ExplorerPage.dataset(request);
    const kept = FiltersPage.eventsWithTopic(dataset, 'Economic security');
    const consultations = ExplorerPage.findEvent(dataset, CONSULTATIONS);
    const defense = ExplorerPage.findEvent(dataset, DEFENSE);
    const tokyo = ExplorerPage.findPlace(dataset, 'Tokyo');
    expect(kept.map((e) => e.id)).toContain(consultations.id);
    expect(kept.map((e) => e.id)).not.toContain(defense.id);
    const x = new ExplorerPage(page);
    await x.goto();
    await expect(x.timeline.markOf(defense)).toBeVisible();

    await x.filters.option('Economic security').check();
    await expect(x.filters.chip('Topic: Economic security')).toBeVisible();
    // Timeline
    await expect(x.timeline.marks).toHaveCount(kept.length);
    await expect(x.timeline.markOf(consultations)).toBeVisible();
    await expect(x.timeline.markOf(defense)).toHaveCount(0);
    // Map: the Tokyo marker counts only what is left there (the defence meeting was in Tokyo too).
    const inTokyo = kept.filter((e) => e.place === tokyo).length;
    await expect(x.map.marker('Tokyo')).toHaveAccessibleName(`Tokyo: ${eventsLabel(inTokyo)}`);
    // List
    await x.showList();
    await expect(x.filters.eventButtons).toHaveCount(kept.length);
    await expect(x.filters.event(CONSULTATIONS)).toBeVisible();
    await expect(x.filters.event(DEFENSE)).toHaveCount(0);
    await expect(x.filters.chip('Topic: Economic security')).toBeVisible();

    // Select from the timeline: details quote both sources.
    await x.showChart();
    await x.timeline.markOf(consultations).click();
    await expect(x.details.heading(consultations.title)).toBeVisible();
    await expect(x.timeline.markOf(consultations)).toHaveAttribute('aria-pressed', 'true');
    for (const outlet of [NHK, AP]) {
      const source = dataset.sources.find((s) => outlet.test(s.outlet))!;
      const quote = consultations.evidence.find((e) => e.source === source.id)!;
      await expect(x.details.source(outlet).locator('blockquote', { hasText: quote.quote })).toBeVisible();
    }

    // "Read in context" opens the article at the highlighted sentence.
    const ap = dataset.sources.find((s) => AP.test(s.outlet))!;
    const apQuote = consultations.evidence.find((e) => e.source === ap.id)!;
    await x.details.readInContext(AP).click();
    await expect(x.details.heading(ap.title)).toBeVisible();
    await expect(x.details.highlight).toContainText(apQuote.quote);
    await expect(x.details.highlight).toBeInViewport();

    // A marked place in the reader (in the highlighted sentence if it names one) joins the filters.
    const inSentence = x.details.highlight.getByRole('button', { name: /^Filter by place / });
    const anywhere = x.details.region.getByRole('button', { name: /^Filter by place / });
    const place = (await inSentence.count()) > 0 ? inSentence.first() : anywhere.first();
    const name = (await place.getAttribute('aria-label'))!.replace(/^Filter by place /, '');
    await place.click();
    await expect(x.filters.chip(`Place: ${name}`)).toBeVisible();
    await expect(x.filters.chip('Topic: Economic security')).toBeVisible();
    await expect(x.details.highlight).toBeVisible();
  });

  test('clicking Hiroshima on the map leaves only the G7 summit, on the timeline and in the list', async ({
    page,
    request,
  }) => {
    const dataset = await ExplorerPage.dataset(request);
    const hiroshima = ExplorerPage.findPlace(dataset, 'Hiroshima');
    const there = dataset.events.filter((e) => e.place === hiroshima);
    expect(there.map((e) => e.title)).toEqual([expect.stringMatching(G7)]);
    const x = new ExplorerPage(page);
    await x.goto();
    await x.map.marker('Hiroshima').click();
    await expect(x.filters.chip('Place: Hiroshima')).toBeVisible();
    await expect(x.timeline.marks).toHaveCount(1);
    await expect(x.timeline.mark(G7)).toBeVisible();
    await expect(x.filters.resultCount).toHaveText(`1 of ${eventsLabel(dataset.events.length)}`);
    await x.showList();
    await expect(x.filters.eventButtons).toHaveCount(1);
    await expect(x.filters.event(G7)).toBeVisible();
  });

  test('hover links both ways: a timeline event lights up its place, a place lights up its event', async ({
    page,
    request,
  }) => {
    const dataset = await ExplorerPage.dataset(request);
    const talks = ExplorerPage.findEvent(dataset, TALKS);
    const summit = ExplorerPage.findEvent(dataset, G7);
    const x = new ExplorerPage(page);
    await x.goto();
    await expect(x.map.marker('Tokyo')).toBeVisible();

    await x.timeline.markOf(talks).hover();
    await expect(x.map.marker('Tokyo')).toHaveClass(/is-hovered/);
    await expect(x.map.marker('Hiroshima')).not.toHaveClass(/is-hovered/);

    await x.map.marker('Hiroshima').hover();
    await expect(x.timeline.markOf(summit)).toHaveClass(/is-hovered/);
    await expect(x.timeline.markOf(talks)).not.toHaveClass(/is-hovered/);
    await expect(x.map.marker('Tokyo')).not.toHaveClass(/is-hovered/);

    // Moving away clears the highlight everywhere.
    await page.getByRole('heading', { level: 1 }).hover();
    await expect(x.timeline.markOf(summit)).not.toHaveClass(/is-hovered/);
    await expect(x.map.marker('Hiroshima')).not.toHaveClass(/is-hovered/);

    // Keyboard focus links like hover.
    await x.timeline.markOf(talks).focus();
    await expect(x.map.marker('Tokyo')).toHaveClass(/is-hovered/);
  });
});

test.describe('URL state', () => {
  test('a full view survives a reload and a copied link in a new page', async ({
    page,
    context,
    request,
  }) => {
    const dataset = await ExplorerPage.dataset(request);
    const consultations = ExplorerPage.findEvent(dataset, CONSULTATIONS);
    const wanted = {
      topics: 'indo-pacific',
      event: consultations.id,
      lanes: 'country',
      range: '2023-02-01..2023-06-30',
      map: '35.5,136,5',
    };
    const x = new ExplorerPage(page);
    await x.goto(`?${new URLSearchParams({ ...wanted, view: 'list' })}`);

    const expectListView = async (p: Page) => {
      const v = new ExplorerPage(p);
      await expect(v.filters.option('Indo-Pacific')).toBeChecked();
      await expect(v.filters.chip('Topic: Indo-Pacific')).toBeVisible();
      await expect(v.details.heading(consultations.title)).toBeVisible();
      await expect(v.filters.list.locator('tr[aria-current="true"]')).toContainText(CONSULTATIONS);
      expect(Object.fromEntries(await v.searchParams())).toEqual({ ...wanted, view: 'list' });
    };
    const expectChartView = async (p: Page) => {
      const v = new ExplorerPage(p);
      await expect(v.timeline.lanes('By country')).toBeChecked();
      await expect(v.timeline.lane(/^Japan/)).toBeVisible();
      await expect(v.timeline.markOf(consultations)).toHaveAttribute('aria-pressed', 'true');
      // The window runs to the end of its last day, so a tick may sit on the next midnight.
      const [from, to] = wanted.range.split('..');
      const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const days = await v.timeline.tickDays();
      expect(days.length).toBeGreaterThanOrEqual(2);
      for (const d of days) expect(d >= from && d <= end, `tick ${d} in ${wanted.range}`).toBe(true);
      await v.map.waitForBasemap();
      // Centred on Japan, as the link says (fitting all events would put Tokyo near the right edge).
      const canvas = (await v.map.canvas.boundingBox())!;
      const tokyo = (await v.map.marker('Tokyo').boundingBox())!;
      const fromCentre = tokyo.x + tokyo.width / 2 - (canvas.x + canvas.width / 2);
      expect(Math.abs(fromCentre)).toBeLessThan(canvas.width / 4);
      expect(tokyo.y).toBeGreaterThan(canvas.y);
      expect(tokyo.y + tokyo.height).toBeLessThan(canvas.y + canvas.height);
      await expect(v.details.heading(consultations.title)).toBeVisible();
      expect(Object.fromEntries(await v.searchParams())).toEqual(wanted);
    };

    await expectListView(page);
    await page.reload();
    await x.ready();
    await expectListView(page);

    await x.showChart();
    await expectChartView(page);
    await page.reload();
    await x.ready();
    await expectChartView(page);

    const copied = page.url();
    const other = await context.newPage();
    await other.goto(copied);
    await new ExplorerPage(other).ready();
    await expectChartView(other);
    await other.close();
  });

  test('Back and Forward step through filter changes made in different panels', async ({ page, request }) => {
    const dataset = await ExplorerPage.dataset(request);
    const x = new ExplorerPage(page);
    await x.goto();
    await x.filters.option('Economic security').check();
    await expect(x.filters.chips).toHaveCount(1);
    await x.map.marker('Tokyo').click();
    await expect(x.filters.chip('Place: Tokyo')).toBeVisible();
    await x.filters.chip('Topic: Economic security').click();
    await expect(x.filters.chip('Topic: Economic security')).toHaveCount(0);
    await expect(x.filters.chips).toHaveCount(1);

    const state = async () => [...(await x.searchParams()).entries()].filter(([k]) => k !== 'map');
    await page.goBack();
    await expect(x.filters.chip('Topic: Economic security')).toBeVisible();
    await expect(x.filters.chip('Place: Tokyo')).toBeVisible();
    await page.goBack();
    await expect(x.filters.chip('Place: Tokyo')).toHaveCount(0);
    await expect(x.filters.option('Economic security')).toBeChecked();
    await page.goBack();
    await expect(x.filters.chips).toHaveCount(0);
    await expect(x.timeline.marks).toHaveCount(dataset.events.length);
    expect(await state()).toEqual([]);

    await page.goForward();
    await expect(x.filters.chip('Topic: Economic security')).toBeVisible();
    await expect(x.filters.chips).toHaveCount(1);
    await page.goForward();
    await expect(x.filters.chips).toHaveCount(2);
    await page.goForward();
    await expect(x.filters.chip('Place: Tokyo')).toBeVisible();
    await expect(x.filters.chips).toHaveCount(1);
    expect(await state()).toEqual([['places', 'tokyo']]);
  });
});

test.describe('keyboard only', () => {
  test('from page load: Tab to a topic, check it, into the timeline, arrow to an event, open and close its details', async ({
    page,
    request,
  }) => {
    const dataset = await ExplorerPage.dataset(request);
    const consultations = ExplorerPage.findEvent(dataset, CONSULTATIONS);
    const x = new ExplorerPage(page);
    await x.goto();

    // The topic list is one Tab stop; the arrow keys move within it.
    let focus = await x.pressUntil(
      'Tab',
      (f) => f.region === 'Filters' && f.tag === 'INPUT' && /\(\d+\)/.test(f.name),
    );
    if (!/^Indo-Pacific/.test(focus.name))
      focus = await x.pressUntil('ArrowDown', (f) => /^Indo-Pacific/.test(f.name), 10);
    expect(focus.visible, 'focus indicator on the topic checkbox').toBe(true);
    await page.keyboard.press('Space');
    await expect(x.filters.option('Indo-Pacific')).toBeChecked();
    await expect(page).toHaveURL(/[?&]topics=indo-pacific(&|$)/);
    await expect(x.filters.chip('Topic: Indo-Pacific')).toBeVisible();

    focus = await x.pressUntil('Tab', (f) => f.region === 'Timeline' && f.tag === 'g');
    expect(focus.visible, 'focus indicator on the event mark').toBe(true);
    if (!CONSULTATIONS.test(focus.name))
      focus = await x.pressUntil('ArrowRight', (f) => CONSULTATIONS.test(f.name), 10);
    expect(focus.visible).toBe(true);

    await page.keyboard.press('Enter');
    await expect(x.details.heading(consultations.title)).toBeVisible();
    await expect(page).toHaveURL(/[?&]event=/);

    await page.keyboard.press('Escape');
    await expect(x.detailsHint).toBeVisible();
    await expect(page).not.toHaveURL(/[?&]event=/);
    // Focus goes back where the reader chose the event, not to the top of the page.
    focus = await x.focused();
    expect(focus.region, `focus after Escape: ${JSON.stringify(focus)}`).toBe('Timeline');
    expect(focus.name).toMatch(CONSULTATIONS);
    expect(focus.visible).toBe(true);
  });
});

test.describe('layout', () => {
  test('desktop 1440×900: four regions side by side, no page scroll, no overlap', async ({
    page,
    request,
  }) => {
    const dataset = await ExplorerPage.dataset(request);
    const consultations = ExplorerPage.findEvent(dataset, CONSULTATIONS);
    const x = new ExplorerPage(page);
    await x.goto(`?event=${consultations.id}`);
    await x.map.waitForBasemap();
    await expect(x.details.heading(consultations.title)).toBeVisible();

    for (const name of REGIONS) await expect(x.region(name)).toBeInViewport({ ratio: 1 });
    const overflow = await x.pageOverflow();
    expect(overflow.vertical).toBeLessThanOrEqual(1);
    expect(overflow.horizontal).toBeLessThanOrEqual(0);
    const [filters, timeline, map, details] = await x.boxes(REGIONS);
    expect(overlapping([filters, timeline, map, details])).toEqual([]);
    // Filters | timeline over map | details.
    expect(filters.x + filters.width).toBeLessThanOrEqual(timeline.x);
    expect(timeline.x + timeline.width).toBeLessThanOrEqual(details.x);
    expect(map.y).toBeGreaterThanOrEqual(timeline.y + timeline.height);
    expect(Math.abs(map.x - timeline.x)).toBeLessThanOrEqual(1);
    // Nothing squeezed to a sliver.
    expect(timeline.height).toBeGreaterThan(250);
    expect(map.height).toBeGreaterThan(250);

    await x.showList();
    const names: RegionName[] = ['Filters', 'Event list', 'Details'];
    for (const name of names) await expect(x.region(name)).toBeInViewport({ ratio: 1 });
    expect(overlapping(await x.boxes(names))).toEqual([]);
    expect((await x.pageOverflow()).vertical).toBeLessThanOrEqual(1);
  });

  test('a filter that empties timeline lanes keeps the timeline and map the same size (no layout jump)', async ({
    page,
  }) => {
    const x = new ExplorerPage(page);
    await x.goto();
    await x.map.waitForBasemap();
    const plotHeight = async () => (await x.timeline.plot.boundingBox())!.height;
    const [timeline, map] = await x.boxes(['Timeline', 'Map']);
    const fullPlot = await plotHeight();

    await x.filters.option('Summit').check();
    await expect(x.filters.chips).toHaveCount(1);
    // One lane left: the plot is shorter, but the panels hold their size.
    await expect.poll(plotHeight).toBeLessThan(fullPlot - 20);
    const [timelineAfter, mapAfter] = await x.boxes(['Timeline', 'Map']);
    expect(timelineAfter.height).toBeCloseTo(timeline.height, 0);
    expect(mapAfter.height).toBeCloseTo(map.height, 0);
    expect(mapAfter.y).toBeCloseTo(map.y, 0);

    // Clearing it brings every lane back into the same space.
    await x.filters.option('Summit').uncheck();
    await expect.poll(plotHeight).toBeCloseTo(fullPlot, 0);
    expect((await x.boxes(['Map']))[0].height).toBeCloseTo(map.height, 0);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

    test('390×844: regions stack at full width and an event can be chosen and read', async ({
      page,
      request,
    }) => {
      const dataset = await ExplorerPage.dataset(request);
      const consultations = ExplorerPage.findEvent(dataset, CONSULTATIONS);
      const x = new ExplorerPage(page);
      await x.goto();
      const boxes = await x.boxes(REGIONS);
      for (const b of boxes) expect(b.width, `${b.name} width`).toBeGreaterThanOrEqual(0.9 * 390);
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i].y, `${boxes[i].name} below ${boxes[i - 1].name}`).toBeGreaterThanOrEqual(
          boxes[i - 1].y + boxes[i - 1].height,
        );
      expect((await x.pageOverflow()).horizontal).toBeLessThanOrEqual(0);

      await x.timeline.markOf(consultations).tap();
      const heading = x.details.heading(consultations.title);
      // Choosing an event brings its details into view (focus moves to them).
      await expect(heading).toBeInViewport();
      await expect(heading).toBeFocused();
      await x.details.readInContext(NHK).tap();
      await expect(x.details.highlight).toBeInViewport();
      await x.details.back.tap();
      await expect(heading).toBeInViewport();
      await expect((await x.pageOverflow()).horizontal).toBeLessThanOrEqual(0);
    });
  });
});

for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('the talks are on 18 March 2023 in the details, and so are that day’s events in the list', async ({
      page,
      request,
    }) => {
      const dataset = await ExplorerPage.dataset(request);
      const talks = ExplorerPage.findEvent(dataset, TALKS);
      const sameDay = TimelinePage.eventsOn(dataset, '2023-03-18');
      expect(sameDay.length).toBeGreaterThanOrEqual(4);
      const x = new ExplorerPage(page);
      await x.goto(`?view=list&event=${talks.id}`);
      await expect(x.details.heading(talks.title)).toBeVisible();
      await expect(x.details.region.locator('time').first()).toHaveText('18 March 2023');

      for (const e of sameDay) expect(await x.listDate(exactly(e.title)), e.title).toBe('18 March 2023');
      const dates = (await x.filters.list.locator('tbody time').allTextContents()).map((t) =>
        t.replace(/\u00a0/g, ' '),
      );
      expect(dates.filter((d) => d === '18 March 2023')).toHaveLength(sameDay.length);
      expect(dates.filter((d) => /1[79] March 2023/.test(d))).toEqual([]);
    });
  });
}

const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

for (const [device, viewport] of Object.entries(VIEWPORTS))
  for (const theme of ['light', 'dark'] as const)
    test.describe(`${device}, ${theme}`, () => {
      test.use({ viewport });

      test('the whole page has no axe violations: overview, details, reader, list', async ({
        page,
        request,
      }) => {
        test.slow(); // four whole-page scans
        const dataset = await ExplorerPage.dataset(request);
        const consultations = ExplorerPage.findEvent(dataset, CONSULTATIONS);
        const x = new ExplorerPage(page);
        await x.goto();
        if (theme === 'dark') await x.darkTheme();
        await x.map.waitForBasemap();
        expect(await x.axeViolations(), 'overview').toEqual([]);

        await x.timeline.markOf(consultations).click();
        await expect(x.details.heading(consultations.title)).toBeVisible();
        expect(await x.axeViolations(), 'details').toEqual([]);

        await x.details.readInContext(NHK).click();
        await expect(x.details.highlight).toBeVisible();
        expect(await x.axeViolations(), 'reader').toEqual([]);

        await x.details.back.click();
        await x.showList();
        await expect(x.listRow(CONSULTATIONS)).toHaveAttribute('aria-current', 'true');
        expect(await x.axeViolations(), 'list').toEqual([]);
      });

      test('screenshot with an event selected', async ({ page, request }, testInfo) => {
        const dataset = await ExplorerPage.dataset(request);
        const consultations = ExplorerPage.findEvent(dataset, CONSULTATIONS);
        const x = new ExplorerPage(page);
        await x.goto(`?event=${consultations.id}`);
        if (theme === 'dark') await x.darkTheme();
        await expect(x.themeToggle).toHaveAttribute('aria-pressed', String(theme === 'dark'));
        await x.map.waitForBasemap();
        await expect(x.details.heading(consultations.title)).toBeVisible();
        await expect(x.timeline.markOf(consultations)).toHaveAttribute('aria-pressed', 'true');
        await x.attachScreenshot(testInfo, `${device}-${theme}`);
      });
    });

test('no console errors or foreign requests after the dark theme and the Embed dialog', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.map.waitForBasemap();
  await x.darkTheme();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await x.embedButton.click();
  await expect(x.embedDialog).toBeVisible();
  const preview = x.embedDialog.getByTitle(/^Preview:/).contentFrame();
  await expect(preview.getByRole('region').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(x.embedDialog).toHaveCount(0);
  await expect(x.embedButton).toBeFocused();

  // The choice outlives a reload.
  await page.reload();
  await x.ready();
  await expect(x.themeToggle).toHaveAttribute('aria-pressed', 'true');
  await x.themeToggle.click();
  await expect(x.themeToggle).toHaveAttribute('aria-pressed', 'false');
  await page.waitForLoadState('networkidle');
  // The fixture fails the test on any console error or request to another origin.
});

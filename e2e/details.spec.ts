import { axeScan } from './axe';
import { test, expect } from './fixtures';
import { DetailsPage } from './pages/details';

test.describe('event details and source reader', () => {
  test('the government consultations show what both sources say', async ({ page, request }) => {
    const dataset = await DetailsPage.dataset(request);
    const event = DetailsPage.findEvent(dataset, /consultations/i);
    const details = new DetailsPage(page);
    await details.open(event);

    // Keyboard and screen-reader users land on the event's heading.
    await expect(details.heading(event.title)).toBeFocused();
    await expect(details.region.getByText(/^18 March 2023 · exact day$/)).toBeVisible();
    await expect(details.region.getByText('Reported by 2 sources')).toBeVisible();

    for (const outlet of [/NHK WORLD-JAPAN/, /Associated Press/]) {
      const section = details.source(outlet);
      await expect(section).toBeVisible();
      const source = dataset.sources.find((s) => outlet.test(s.outlet))!;
      const quotes = event.evidence.filter((e) => e.source === source.id);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) await expect(section.locator('blockquote', { hasText: q.quote })).toBeVisible();
    }
    // The paraphrased republication carries its note.
    await expect(details.source(/Associated Press/)).toContainText(/machine-paraphrased/i);
  });

  test('"Read in context" opens the article at the highlighted sentence; a place in it filters', async ({
    page,
    request,
  }) => {
    const dataset = await DetailsPage.dataset(request);
    const event = DetailsPage.findEvent(dataset, /consultations/i);
    const ap = dataset.sources.find((s) => /Associated Press/.test(s.outlet))!;
    const quote = event.evidence.find((e) => e.source === ap.id)!;
    const details = new DetailsPage(page);
    await details.open(event);

    await details.readInContext(/Associated Press/).click();
    await expect(page).toHaveURL(/[?&]reader=/);
    await expect(details.heading(ap.title)).toBeVisible();
    await expect(details.highlight).toBeVisible();
    await expect(details.highlight).toContainText(quote.quote);
    await expect(details.highlight).toBeFocused();
    await expect(details.highlight).toBeInViewport();

    const axe = await axeScan(page, '.panel-details');
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    const place = details.region.getByRole('button', { name: /^Filter by place / }).first();
    await place.click();
    await expect(page).toHaveURL(/[?&]places=/);
    // Filtering keeps the reader open.
    await expect(details.highlight).toBeVisible();

    await details.back.click();
    await expect(page).not.toHaveURL(/[?&]reader=/);
    await expect(details.heading(event.title)).toBeFocused();
  });

  test('Escape closes the reader, then the details', async ({ page, request }) => {
    const dataset = await DetailsPage.dataset(request);
    const event = DetailsPage.findEvent(dataset, /consultations/i);
    const details = new DetailsPage(page);
    await details.open(event);
    await expect(page).toHaveURL(/[?&]event=/);

    await details.readInContext(/NHK WORLD-JAPAN/).click();
    await expect(details.highlight).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/[?&]reader=/);
    await expect(details.heading(event.title)).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/[?&]event=/);
    await expect(details.heading(event.title)).toHaveCount(0);
  });

  test('details filter by place, person and topic', async ({ page, request }) => {
    const dataset = await DetailsPage.dataset(request);
    const event = DetailsPage.findEvent(dataset, /consultations/i);
    const details = new DetailsPage(page);
    await details.open(event);

    await details.filter('place', 'Tokyo').click();
    await expect(page).toHaveURL(/[?&]places=[^&]*tokyo/i);
    await details.filter('person', /^Filter by person .*Scholz/).click();
    await expect(page).toHaveURL(/[?&]people=/);
    await details.filter('topic', /^Filter by topic Economic security$/).click();
    await expect(page).toHaveURL(/[?&]topics=/);
    await expect(page).toHaveURL(/[?&]event=/);

    await details.close.click();
    await expect(page).not.toHaveURL(/[?&]event=/);
  });
  test('chips stay rounded boxes when they wrap, and roles do not repeat the country', async ({
    page,
    request,
  }) => {
    const dataset = await DetailsPage.dataset(request);
    const event = DetailsPage.findEvent(dataset, /consultations/i);
    const details = new DetailsPage(page);
    await details.open(event);
    const chips = details.region.locator('.filter-chip');
    expect(await chips.count()).toBeGreaterThan(0);
    for (const chip of await chips.all()) {
      const { radius, height } = await chip.evaluate((el) => ({
        radius: parseFloat(getComputedStyle(el).borderTopLeftRadius),
        height: el.getBoundingClientRect().height,
      }));
      // A pill (radius = half the height) only while the chip is one line; a wrapped chip is not an oval.
      expect(radius).toBeLessThanOrEqual(Math.min(height / 2, 14));
    }
    await expect(details.region.getByText(/Prime Minister of Japan/).first()).toBeVisible();
    await expect(details.region.getByText(/of (Japan|Germany) · (Japan|Germany)/)).toHaveCount(0);
  });
});

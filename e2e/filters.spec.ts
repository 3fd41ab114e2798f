import { axeScan } from './axe';
import { test, expect } from './fixtures';
import { FiltersPage } from './pages/filters';

const CONSULTATIONS = /consultations/i;
const DEFENSE = /defen[cs]e minister|Hamada|Pistorius/i;
const G7 = /G7|Group of Seven/i;

test.describe('filters', () => {
  test('"Economic security" keeps the government consultations and drops events without the topic', async ({
    page,
    request,
  }) => {
    const dataset = await FiltersPage.dataset(request);
    const expected = FiltersPage.eventsWithTopic(dataset, 'Economic security');
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    await expect(f.eventButtons).toHaveCount(dataset.events.length);

    await f.option('Economic security').check();
    await expect(f.eventButtons).toHaveCount(expected.length);
    await expect(f.event(CONSULTATIONS)).toBeVisible();
    await expect(f.event(DEFENSE)).toHaveCount(0);
    await expect(f.chip('Topic: Economic security')).toBeVisible();
    await expect(f.resultCount).toHaveText(`${expected.length} of ${dataset.events.length} events`);
    await expect(page).toHaveURL(/[?&]topics=economic-security(&|$)/);
  });

  test('a sub-topic is found under its parent, and "Indo-Pacific" keeps the Tokyo meetings', async ({
    page,
    request,
  }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    await f.expand('Economic security').click();
    await f.option('Supply chains').check();
    await expect(f.event(CONSULTATIONS)).toBeVisible();
    // The parent is half-checked while a sub-topic is selected.
    await expect(f.option('Economic security')).toHaveJSProperty('indeterminate', true);
    await f.chip('Topic: Supply chains').click();

    await f.option('Indo-Pacific').check();
    await expect(f.eventButtons).toHaveCount(FiltersPage.eventsWithTopic(dataset, 'Indo-Pacific').length);
    await expect(f.event(CONSULTATIONS)).toBeVisible();
    await expect(f.event(G7)).toHaveCount(0);
  });

  test('chips remove one filter each and "Clear all filters" removes every one', async ({
    page,
    request,
  }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    await f.option('Indo-Pacific').check();
    await f.option('Meeting').check();
    await expect(f.chips).toHaveCount(2);

    await f.chip('Topic: Indo-Pacific').click();
    await expect(f.chips).toHaveCount(1);
    await expect(f.option('Indo-Pacific')).not.toBeChecked();
    await expect(f.option('Meeting')).toBeChecked();

    await f.search.fill('Kishida');
    await expect(f.chip('Search: “Kishida”')).toBeVisible();
    await f.clearAll.click();
    await expect(f.chips).toHaveCount(0);
    await expect(f.search).toHaveValue('');
    await expect(f.option('Meeting')).not.toBeChecked();
    await expect(f.resultCount).toHaveText(`${dataset.events.length} events`);
    await expect(f.eventButtons).toHaveCount(dataset.events.length);
  });

  test('counts reflect the other filters and empty options are disabled', async ({ page }) => {
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    await f.option('Summit').check();
    // Other facets count within the summit only: no summit is background.
    await expect(f.option('Background')).toHaveAccessibleName('Background (0)');
    await expect(f.option('Background')).toBeDisabled();
    await expect(f.option('Planned')).toBeEnabled();
    // A facet ignores its own selection (OR within a facet): meetings can still be added.
    await expect(f.option('Meeting')).toBeEnabled();
    await f.option('Meeting').check();
    await expect(f.chips).toHaveCount(2);
  });

  test('no results says so and offers to clear', async ({ page, request }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    await f.search.fill('zzzz');
    await expect(f.resultCount).toHaveText('No events match these filters');
    await expect(page).toHaveURL(/[?&]q=zzzz/);
    await expect(f.eventButtons).toHaveCount(0);
    await f.clearAll.click();
    await expect(f.eventButtons).toHaveCount(dataset.events.length);
  });

  test('the URL round-trips: reload restores filters and selection; Back and Forward undo and redo', async ({
    page,
  }) => {
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    await f.option('Economic security').check();
    await f.event(CONSULTATIONS).click();
    await expect(page).toHaveURL(/[?&]event=/);

    await page.reload();
    await expect(f.option('Economic security')).toBeChecked();
    await expect(f.chip('Topic: Economic security')).toBeVisible();
    await expect(f.list.locator('tr[aria-current="true"]')).toContainText(CONSULTATIONS);

    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]event=/);
    await expect(f.option('Economic security')).toBeChecked();
    await page.goBack();
    await expect(f.option('Economic security')).not.toBeChecked();
    await expect(f.chips).toHaveCount(0);
    await page.goForward();
    await expect(f.option('Economic security')).toBeChecked();
    await expect(f.event(DEFENSE)).toHaveCount(0);
  });

  test('junk URL parameters load without errors and show the defaults', async ({ page, request }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FiltersPage(page);
    await f.goto(
      '?topics=%%%&kinds=banana&from=2023-99-99&to=2023-13-45&map=x&view=zzz&lanes=xyz&range=b..a&event=%3Cx%3E',
    );
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(f.chips).toHaveCount(0);
    await expect(f.resultCount).toHaveText(`${dataset.events.length} events`);
    await expect(f.timelineDateInput('From')).toHaveValue('');
    await expect(f.timelineDateInput('To')).toHaveValue('');
  });

  test('one date filter on screen: the timeline’s in the chart view, the panel’s in the list view', async ({
    page,
  }) => {
    const f = new FiltersPage(page);
    await f.goto('?from=2023-05-01');
    await expect(f.timelineDateInput('From')).toHaveValue('2023-05-01');
    await expect(f.panel.getByRole('group', { name: 'Dates' })).toHaveCount(0);
    await expect(page.getByLabel('From', { exact: true })).toHaveCount(1);

    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(f.dateInput('From')).toHaveValue('2023-05-01');
    await expect(page.getByLabel('From', { exact: true })).toHaveCount(1);
  });

  test('an option list is one Tab stop; the arrow keys move between its options', async ({ page }) => {
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    const people = f.panel.getByRole('group', { name: 'People' }).getByRole('checkbox');
    const first = people.first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(people.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(people.last()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(people.last()).toBeChecked();
    // Tab leaves the list: the next stop is outside the People options.
    await page.keyboard.press('Tab');
    await expect(people.and(page.locator(':focus'))).toHaveCount(0);
    // Shift+Tab comes back to the option last used, not to the first.
    await page.keyboard.press('Shift+Tab');
    await expect(people.last()).toBeFocused();
    await expect(people.first()).toHaveAttribute('tabindex', '-1');
  });

  test('a date range keeps only events that overlap it', async ({ page }) => {
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    await f.dateInput('From').fill('2023-05-01');
    await expect(f.event(G7)).toBeVisible();
    await expect(f.event(CONSULTATIONS)).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]from=2023-05-01/);
    await f.dateInput('To').fill('2023-05-10');
    await expect(f.chip('Dates: 1 May 2023 – 10 May 2023')).toBeVisible();
    // A month-precision summit overlaps any day in its month.
    await expect(f.event(G7)).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`the filter panel has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const f = new FiltersPage(page);
      await f.goto('?topics=economic-security&people=olaf-scholz');
      await f.expand('Economic security').click();
      const results = await axeScan(page, '.flt-panel', '.flt-active');
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
});

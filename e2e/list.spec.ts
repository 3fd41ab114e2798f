import { axeScan } from './axe';
import { test, expect } from './fixtures';
import { FiltersPage } from './pages/filters';

/** Calendar dates compare by start as strings: "2022" < "2023-03-18" < "2023-05". */
const isSorted = (xs: string[], dir: 1 | -1) =>
  xs.every((x, i) => i === 0 || dir * x.localeCompare(xs[i - 1]) >= 0);

test.describe('event list', () => {
  test('lists every event sorted by date and re-sorts from the column headers', async ({ page, request }) => {
    const dataset = await FiltersPage.dataset(request);
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    await expect(f.eventButtons).toHaveCount(dataset.events.length);
    await expect(f.columnHeader('Date')).toHaveAttribute('aria-sort', 'ascending');
    expect(isSorted(await f.rowDates(), 1)).toBe(true);

    await f.columnHeader('Date').getByRole('button').click();
    await expect(f.columnHeader('Date')).toHaveAttribute('aria-sort', 'descending');
    const descending = await f.rowDates();
    expect(isSorted(descending, -1)).toBe(true);
    expect(descending[0] > descending[descending.length - 1]).toBe(true);

    await f.columnHeader('Event').getByRole('button').click();
    await expect(f.columnHeader('Event')).toHaveAttribute('aria-sort', 'ascending');
    await expect(f.columnHeader('Date')).not.toHaveAttribute('aria-sort');
    const titles = await f.eventButtons.allTextContents();
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
    await expect(f.list.getByRole('table')).toHaveAccessibleName(/sorted by event \(A to Z\)/);
  });

  test('a title selects its event, marks the row and can be reached by keyboard', async ({ page }) => {
    const f = new FiltersPage(page);
    await f.goto('?view=list');
    const summit = f.event(/G7|Group of Seven/i);
    await summit.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]event=/);
    await expect(summit).toHaveAttribute('aria-pressed', 'true');
    await expect(f.list.locator('tr[aria-current="true"]')).toHaveCount(1);
    await expect(f.list.locator('tr[aria-current="true"]')).toContainText(/G7|Group of Seven/i);
  });

  test('follows the filters', async ({ page }) => {
    const f = new FiltersPage(page);
    await f.goto('?view=list&status=planned');
    await expect(f.eventButtons).toHaveCount(1);
    await expect(f.event(/G7|Group of Seven/i)).toBeVisible();
    await expect(f.list.getByRole('table')).toHaveAccessibleName(/^1 event,/);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const f = new FiltersPage(page);
      await f.goto('?view=list');
      await f.event(/consultations/i).click();
      const results = await axeScan(page, '.evl');
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
});

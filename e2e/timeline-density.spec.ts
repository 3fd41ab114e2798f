import { axeScan } from './axe';
import { test, expect } from './fixtures';
import { TimelinePage } from './pages/timeline';

/** The density's keyboard stop: a button named "<lane>, <period>: <n> events. Enter zooms in." */
const PERIOD = /^(\w+), (.+): ([\d,]+) events?\. Enter zooms in\.$/;

test.describe('timeline density, keyboard', () => {
  test('at overview, arrows move between periods and lanes, and Enter zooms into a period down to its events', async ({
    page,
    request,
  }) => {
    // 3,000 events, an axe scan and several zoom steps: slow on a shared machine.
    test.slow();
    const t = new TimelinePage(page);
    await t.gotoWithManyEvents(request, 3000);

    // Tab from the toolbar reaches the density (one stop), with a visible focus ring.
    await t.button('Fit all events').focus();
    const cursor = t.region.getByRole('button', { name: PERIOD });
    await expect(cursor).toHaveCount(1);
    for (let i = 0; i < 12 && !(await cursor.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(cursor).toBeFocused();
    const outline = await cursor.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    const axe = await axeScan(page, '.panel-timeline');
    expect(axe.violations, axe.violations.map((v) => v.id).join(', ')).toEqual([]);

    const name = async () => PERIOD.exec((await cursor.getAttribute('aria-label')) ?? '')!;
    const first = await name();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await name())[2]).not.toBe(first[2]);
    expect((await name())[1]).toBe(first[1]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await name())[1]).not.toBe(first[1]);

    // Enter zooms into the period; within a few steps its events are marks and one has focus.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
      if (await t.focusedMark()) break;
    }
    await expect.poll(() => t.focusedMark()).not.toBeNull();
    await expect(t.region.getByText(/events in view: zoom in/)).toHaveCount(0);
    const [from, to] = await t.settledRange();
    expect(from >= '2000-01-01' && to <= '2024-12-31' && from <= to).toBe(true);

    // The mark works as any other: Enter selects it.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]event=/);
  });
});

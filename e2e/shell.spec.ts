import { test, expect } from './fixtures';

test('the page loads with its title and the explorer regions', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/News Event Explorer/);
  await expect(page.getByRole('heading', { level: 1, name: 'News Event Explorer' })).toBeVisible();
  for (const name of ['Filters', 'Timeline', 'Map', 'Details']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
});

test('a broken dataset shows an error panel with retry, not a blank page', async ({ page, guards }) => {
  guards.allowConsoleError(/Failed to load resource/);
  let calls = 0;
  await page.route('**/data/dataset.json', async (route) => {
    calls += 1;
    if (calls === 1)
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"schemaVersion":1,"sources":"nope"}',
      });
    else await route.continue();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(alert).toContainText('sources');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('skip links come first for a keyboard user, show on focus and jump into a panel', async ({ page }) => {
  await page.goto('/');
  const skip = page.getByRole('navigation', { name: 'Skip links' });
  const toTimeline = skip.getByRole('link', { name: 'Skip to Timeline' });
  await toTimeline.waitFor({ state: 'attached' });
  await expect(skip.getByRole('link')).toHaveText(['Skip to Timeline', 'Skip to Map', 'Skip to Filters']);
  // Off screen until focused.
  expect(await toTimeline.boundingBox().then((b) => (b ? b.y + b.height : 0))).toBeLessThanOrEqual(0);

  await page.keyboard.press('Tab');
  await expect(toTimeline).toBeFocused();
  await expect(toTimeline).toBeInViewport();
  await page.keyboard.press('Enter');
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect(timeline).toBeFocused();
  expect(page.url()).not.toContain('#');
  // The next Tab lands on the timeline's own controls.
  await page.keyboard.press('Tab');
  expect(await timeline.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  await page.reload();
  await toTimeline.waitFor({ state: 'attached' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(skip.getByRole('link', { name: 'Skip to Map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeFocused();
});

test('the list view offers a skip link to the events list', async ({ page }) => {
  await page.goto('/?view=list');
  const skip = page.getByRole('navigation', { name: 'Skip links' });
  await expect(skip.getByRole('link')).toHaveText(['Skip to Events list', 'Skip to Filters']);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Event list' })).toBeFocused();
});

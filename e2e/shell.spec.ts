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

import { axeScan } from './axe';
import { test, expect } from './fixtures';
import { MapPanel } from './pages/map';

const G7 = /G7|Group of Seven/i;

test.describe('map', () => {
  test('shows a labelled marker per place with events, the mention shading legend and mentioned places', async ({
    page,
  }) => {
    await page.goto('/');
    const map = new MapPanel(page);
    await expect(map.marker('Tokyo')).toBeVisible();
    await expect(map.marker('Hiroshima')).toBeVisible();
    await expect(map.marker('Tokyo')).toHaveAccessibleName(/^Tokyo: [2-9] events$/);
    await expect(map.marker('Hiroshima')).toHaveAccessibleName('Hiroshima: 1 event');
    await map.waitForBasemap();
    await expect(map.legend).toContainText('none');
    // Places named in the articles without an event of their own are listed too.
    await expect(map.canvas).toHaveAccessibleDescription(/Also mentioned: .*Beijing/);
  });

  test('Tokyo and Hiroshima labels are both shown and do not overlap', async ({ page }) => {
    await page.goto('/');
    const map = new MapPanel(page);
    await expect(map.marker('Hiroshima')).toBeVisible();
    for (const step of [0, 1, 2]) {
      if (step > 0) await map.zoomIn.click();
      // Labels are re-placed when the zoom settles; poll until then (a lasting overlap still fails).
      await expect
        .poll(async () => {
          const canvas = (await map.canvas.boundingBox())!;
          const boxes = [];
          for (const place of ['Tokyo', 'Hiroshima']) {
            const marker = map.marker(place);
            // Short timeouts: a marker or label removed while zooming must make the poll retry,
            // not wait on a locator that no longer resolves until the poll's own timeout.
            const dot = (await marker.count())
              ? await marker.boundingBox({ timeout: 500 }).catch(() => null)
              : null;
            const inView =
              !!dot &&
              dot.x >= canvas.x &&
              dot.y >= canvas.y &&
              dot.x + dot.width <= canvas.x + canvas.width &&
              dot.y + dot.height <= canvas.y + canvas.height;
            // Zoomed in, a place may leave the view; at the fitted view both must be there.
            if (!inView && step > 0) continue;
            // Both names must be readable, not one hidden to make room for the other.
            const label = marker.locator('.map-label');
            const box = (await label.count())
              ? await label.boundingBox({ timeout: 500 }).catch(() => null)
              : null;
            if (!box) return `${place} label hidden`;
            boxes.push(box);
          }
          if (boxes.length < 2) return 'apart';
          const [a, b] = boxes;
          const apart =
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          return apart ? 'apart' : 'overlap';
        }, `labels after ${step} zoom steps`)
        .toBe('apart');
    }
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('Tokyo, Hiroshima and Japan are apart and labelled, also with Tokyo selected', async ({ page }) => {
      await page.goto('/');
      const map = new MapPanel(page);
      await expect(map.marker('Hiroshima')).toBeVisible();
      await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /talks/i }).click();
      await expect(map.marker('Tokyo')).toHaveClass(/is-selected/);
      const boxOf = async (place: string) => (await map.marker(place).locator('.map-dot').boundingBox())!;
      const [tokyo, hiroshima, japan] = [
        await boxOf('Tokyo'),
        await boxOf('Hiroshima'),
        await boxOf('Japan'),
      ];
      const gap = (a: typeof tokyo, b: typeof tokyo) =>
        Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2) -
        (a.width + b.width) / 2;
      // No circle covers another, not even partly.
      expect(gap(tokyo, hiroshima)).toBeGreaterThanOrEqual(0);
      expect(gap(tokyo, japan)).toBeGreaterThanOrEqual(0);
      for (const place of ['Tokyo', 'Hiroshima'])
        await expect(map.marker(place).locator('.map-label')).toBeVisible();
    });
  });

  test('clicking Hiroshima filters to it: the timeline shows the G7 summit and the URL names the place', async ({
    page,
  }) => {
    await page.goto('/');
    const map = new MapPanel(page);
    await map.marker('Hiroshima').click();
    await expect(page).toHaveURL(/[?&]places=hiroshima(&|$)/);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('button', { name: G7 }).first()).toBeVisible();
    await expect(timeline.getByRole('button', { name: /consultations/i })).toHaveCount(0);
    await expect(map.marker('Hiroshima')).toHaveAttribute('aria-pressed', 'true');
    // The popup lists the events there; choosing one selects it.
    await map.popupButton(G7).click();
    await expect(page).toHaveURL(/[?&]event=/);
    await expect(page.getByRole('region', { name: 'Details' })).toContainText(G7);
  });

  test('a keyboard user can Tab to a marker, press Enter to filter, and Escape back', async ({ page }) => {
    await page.goto('/');
    const map = new MapPanel(page);
    await expect(map.marker('Hiroshima')).toBeVisible();
    await map.tabTo('Hiroshima');
    // Focus links like hover does: the place (and its events elsewhere) are highlighted.
    await expect(map.marker('Hiroshima')).toHaveClass(/is-hovered/);
    const outline = await map.marker('Hiroshima').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]places=hiroshima(&|$)/);
    await expect(map.popupButton(G7)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(map.popupButton(G7)).toHaveCount(0);
    await expect(map.marker('Hiroshima')).toBeFocused();
  });

  test('hovering an event on the timeline highlights its place on the map', async ({ page }) => {
    await page.goto('/');
    const map = new MapPanel(page);
    await expect(map.marker('Hiroshima')).toBeVisible();
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: G7 }).first().hover();
    await expect(map.marker('Hiroshima')).toHaveClass(/is-hovered/);
  });

  test('the basemap loads only when the map is shown, from the app itself', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/?view=list');
    await expect(page.getByRole('region', { name: 'Event list' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /countries-\d+m.*\.json|leaflet|map-view/.test(u))).toEqual([]);

    await page.goto('/');
    const map = new MapPanel(page);
    await map.waitForBasemap();
    const basemap = requests.filter((u) => /countries-\d+m.*\.json/.test(u));
    expect(basemap.length).toBeGreaterThan(0);
    for (const url of basemap) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  });

  test('panning is kept in the URL, restored on reload, and "Fit to events" clears it', async ({ page }) => {
    await page.goto('/');
    const map = new MapPanel(page);
    await map.waitForBasemap();
    await map.zoomIn.click();
    await expect(page).toHaveURL(/[?&]map=-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.5)?(&|$)/);
    const url = page.url();
    await page.reload();
    await map.waitForBasemap();
    await page.waitForTimeout(600);
    expect(page.url()).toBe(url);
    await map.fit.click();
    await expect(page).not.toHaveURL(/[?&]map=/);
  });

  test('has no axe violations, with and without a popup open', async ({ page }) => {
    await page.goto('/');
    const map = new MapPanel(page);
    await map.waitForBasemap();
    const scan = () => axeScan(page, '.panel-map');
    expect((await scan()).violations).toEqual([]);
    await map.marker('Tokyo').click();
    await expect(map.popupButton(/Show all places/)).toBeVisible();
    expect((await scan()).violations).toEqual([]);
  });
});

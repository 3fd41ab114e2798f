/**
 * The faster axe helper (e2e/axe.ts) must find what the plain AxeBuilder finds:
 * the same violations on the same nodes, whole page and scoped.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { axeScan, type AxeResults } from './axe';
import { ExplorerPage } from './pages/explorer';

const lines = (r: AxeResults) =>
  r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

test('axeScan reports the same violations as a default AxeBuilder scan', async ({ page }) => {
  test.slow(); // three axe scans, one of them the slower default kind
  const x = new ExplorerPage(page);
  await x.goto();
  // Known faults in two panels: low contrast, a nameless button, an image without alt, a bad role.
  await page.evaluate(() => {
    document
      .querySelector('.panel-timeline')!
      .insertAdjacentHTML(
        'beforeend',
        '<p style="color:#ccc;background:#fff">faint</p><button></button><img src="data:," width="4" height="4">',
      );
    document.querySelector('.panel-map')!.insertAdjacentHTML('beforeend', '<div role="buttonx">x</div>');
  });

  // The whole page, with its nodes (a default scan of all of it takes seconds: compared scoped below).
  expect(lines(await axeScan(page))).toEqual([
    'aria-roles: div[role="buttonx"]',
    'button-name: #panel-timeline > button',
    'color-contrast: #panel-timeline > p',
    'image-alt: img',
  ]);

  const timeline = lines(await axeScan(page, '.panel-timeline'));
  expect(timeline.map((l) => l.split(':')[0])).toEqual(['button-name', 'color-contrast', 'image-alt']);
  expect(timeline).toEqual(lines(await new AxeBuilder({ page }).include('.panel-timeline').analyze()));
});

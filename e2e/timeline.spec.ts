import { axeScan } from './axe';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { TimelinePage } from './pages/timeline';

const TALKS = /talks/i;
const DAY_TICK = /^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/;
const YEAR_TICK = /^\d{4}$/;

test.describe('timeline', () => {
  test('the meetings of 18 March 2023 are all visible as separate, labelled marks', async ({
    page,
    request,
  }) => {
    const dataset = await TimelinePage.dataset(request);
    const sameDay = TimelinePage.eventsOn(dataset, '2023-03-18');
    expect(sameDay.length).toBeGreaterThanOrEqual(4);
    const t = new TimelinePage(page);
    await t.goto();
    await expect(t.marks).toHaveCount(dataset.events.length);

    const boxes = [];
    for (const e of sameDay) {
      const mark = t.markOf(e);
      await expect(mark).toBeVisible();
      await expect(mark).toHaveAccessibleName(/18 March 2023/);
      const box = await mark.boundingBox();
      expect(box).not.toBeNull();
      boxes.push({ id: e.id, ...box! });
    }
    // One day, so they fan out vertically in their order, without overlapping.
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].y, `${boxes[i].id} below ${boxes[i - 1].id}`).toBeGreaterThanOrEqual(
        boxes[i - 1].y + boxes[i - 1].height - 1,
      );
    }
    // Labels are readable text (truncated ones end in an ellipsis and keep the full title in <title>).
    for (const e of sameDay) {
      const label = await t.markOf(e).locator('text').textContent();
      expect(label && label.length >= 4).toBe(true);
      await expect(t.markOf(e).locator('title')).toHaveText(e.title);
    }
    await expect(t.region.getByText(/^Published 18 Mar 2023$/)).toBeVisible();
  });

  test('keyboard: Tab into the plot, arrows move, Enter selects, Escape clears', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto();
    await t.tabIntoPlot();
    const first = await t.focusedMark();
    expect(first).toBeTruthy();

    await page.keyboard.press('ArrowRight');
    const second = await t.focusedMark();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await expect(t.tooltip).toBeVisible();

    await page.keyboard.press('End');
    const last = await t.focusedMark();
    await page.keyboard.press('Home');
    expect(await t.focusedMark()).toBe(first);
    await page.keyboard.press('End');
    expect(await t.focusedMark()).toBe(last);

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]event=[^&]+/);
    await expect(t.mark(last!)).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/[?&]event=/);

    // One tab stop: Shift+Tab leaves the plot instead of walking through every mark.
    await page.keyboard.press('Shift+Tab');
    expect(await t.focusedMark()).toBeNull();
  });

  test('clicking a mark selects it and hovering shows its full title', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto();
    const talks = t.mark(TALKS).first();
    await talks.hover();
    await expect(t.tooltip).toBeVisible();
    await expect(t.tooltip).toContainText('18 March 2023');
    await talks.click();
    await expect(page).toHaveURL(/[?&]event=[^&]*talks/);
  });

  test('zoom buttons change the tick granularity and the visible range is kept in the URL', async ({
    page,
    request,
  }) => {
    const dataset = await TimelinePage.dataset(request);
    const t = new TimelinePage(page);
    await t.goto();
    await t.button('Zoom out').click();
    await t.button('Zoom out').click();
    await expect.poll(async () => (await t.tickLabels()).every((l) => YEAR_TICK.test(l))).toBe(true);

    for (let i = 0; i < 6; i++) await t.button('Zoom in').click();
    await expect.poll(async () => (await t.tickLabels()).some((l) => DAY_TICK.test(l))).toBe(true);
    const [from, to] = await t.settledRange();

    // A reload shows the same window: every tick falls inside the range from the URL.
    await page.reload();
    await expect(t.plot).toBeVisible();
    const days = await t.tickDays();
    expect(days.length).toBeGreaterThanOrEqual(3);
    for (const d of days) expect(d >= from && d <= to, `${d} in ${from}..${to}`).toBe(true);
    expect((await t.tickLabels()).some((l) => DAY_TICK.test(l))).toBe(true);
    expect(new URL(page.url()).searchParams.get('range')).toBe(`${from}..${to}`);

    await t.button('Fit all events').click();
    await expect(page).not.toHaveURL(/[?&]range=/);
    await expect(t.marks).toHaveCount(dataset.events.length);
  });

  test('keys zoom (+/−) around the focused event and pan (Shift+arrows)', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto();
    await t.mark(TALKS).first().focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    await expect.poll(async () => (await t.tickLabels()).some((l) => DAY_TICK.test(l))).toBe(true);
    await expect(t.mark(TALKS).first()).toBeFocused();
    const ticks = await t.tickLabels();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => t.tickLabels()).not.toEqual(ticks);
  });

  test('an event selected elsewhere while zoomed away comes into view', async ({ page, request }) => {
    const dataset = await TimelinePage.dataset(request);
    const g7 = dataset.events.find((e) => /G7|Group of Seven/i.test(e.title))!;
    const t = new TimelinePage(page);
    await t.goto('?range=2023-03-10..2023-03-25');
    await expect(t.markOf(g7)).toHaveCount(0);
    // As the map or the list would: the URL's selection changes, the range does not.
    await page.evaluate((id) => {
      history.pushState(null, '', `?range=2023-03-10..2023-03-25&event=${encodeURIComponent(id)}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, g7.id);
    await expect(t.markOf(g7)).toBeVisible();
    await expect(t.markOf(g7)).toHaveAttribute('aria-pressed', 'true');
    const [from, to] = await t.settledRange();
    expect(from <= '2023-05-31' && to >= '2023-05-01').toBe(true);
  });

  test('lanes switch to countries and the URL says so', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto();
    await expect(t.lane(/^Meetings/)).toBeVisible();
    await t.lanes('By country').check();
    await expect(page).toHaveURL(/[?&]lanes=country/);
    await expect(t.lane(/^Japan/)).toBeVisible();
    await expect(t.lane(/^Meetings/)).toHaveCount(0);
    await page.reload();
    await expect(t.lanes('By country')).toBeChecked();
  });

  test('labels that the publication line crosses keep a halo in the lane colour', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto();
    const label = t
      .mark(/G7|Group of Seven/i)
      .first()
      .locator('text');
    await expect(label).toBeVisible();
    // The summit's label sits beside its month bar, where the dashed publication line runs through it.
    const halo = await label.evaluate((el) => {
      const s = getComputedStyle(el);
      return { order: s.paintOrder, stroke: s.stroke, width: parseFloat(s.strokeWidth) };
    });
    expect(halo.order).toMatch(/^stroke/);
    expect(halo.stroke).not.toBe('none');
    expect(halo.width).toBeGreaterThanOrEqual(4);
  });

  test('the date filter: typed dates, a brush on the axis, shading, and clearing', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto();
    await t.from.fill('2023-03-01');
    await t.to.fill('2023-03-31');
    await expect(page).toHaveURL(/[?&]from=2023-03-01/);
    await expect(page).toHaveURL(/[?&]to=2023-03-31/);
    await expect(t.filterShade).toBeVisible();
    await expect(t.mark(/G7|Group of Seven/i)).toHaveCount(0);
    await expect(t.mark(TALKS).first()).toBeVisible();

    await t.button(/^Clear dates/).click();
    await expect(page).not.toHaveURL(/[?&](from|to)=/);
    await expect(t.filterShade).toHaveCount(0);

    await t.brushAcross(0.1, 0.5);
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
    await expect(page).toHaveURL(/[?&]to=\d{4}-\d{2}-\d{2}/);
    await expect(t.from).not.toHaveValue('');
  });

  test('thousands of events show as density per lane, and as marks once zoomed in', async ({
    page,
    request,
  }) => {
    const t = new TimelinePage(page);
    await t.gotoWithManyEvents(request, 3000);
    await expect(t.marks).toHaveCount(0);
    // The density is one path per lane, with a closed rectangle ("M…z") per bar.
    const bars = await t.region
      .locator('path.tl-bin')
      .evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0));
    expect(bars).toBeGreaterThan(20);

    // Resting the mouse on a bar names its count (a native tooltip, as on any SVG shape).
    const svg = (await t.plot.boundingBox())!;
    const d = (await t.region.locator('path.tl-bin').first().getAttribute('d'))!;
    const [x, y, w, h] = [...d.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)/g)]
      .map((m) => m.slice(1).map(Number))
      .reduce((a, b) => (b[3] > a[3] ? b : a));
    await page.mouse.move(svg.x + x + w / 2, svg.y + y + h / 2);
    await expect(t.region.locator('.tl-bin-hit title')).toHaveText(/^\d+ events$/);

    await t.goto('?range=2010-03-01..2010-03-20');
    await expect(t.region.getByText(/events in view: zoom in/)).toHaveCount(0);
    const n = await t.marks.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(500);
  });

  test('no axe violations in light and dark, with a focused mark and its tooltip', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto();
    await t.tabIntoPlot();
    await expect(t.tooltip).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const result = await axeScan(page, '.panel-timeline');
      expect(result.violations, `${colorScheme}: ${result.violations.map((v) => v.id).join(', ')}`).toEqual(
        [],
      );
    }
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('fits the width and keeps every mark inside the plot', async ({ page, request }) => {
      const dataset = await TimelinePage.dataset(request);
      const t = new TimelinePage(page);
      await t.goto();
      const region = (await t.region.boundingBox())!;
      const plot = (await t.plot.boundingBox())!;
      expect(plot.x + plot.width).toBeLessThanOrEqual(region.x + region.width);
      await expect(t.marks).toHaveCount(dataset.events.length);
      for (const mark of await t.marks.all()) {
        const dot = (await mark.locator('circle, rect.tl-bar').boundingBox())!;
        expect(dot.x + dot.width / 2).toBeGreaterThanOrEqual(plot.x);
        expect(dot.x + dot.width / 2).toBeLessThanOrEqual(plot.x + plot.width);
      }
    });
  });

  for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
    test.describe(`in ${timezoneId}`, () => {
      test.use({ timezoneId });

      test('the talks are on 18 March 2023, on the axis and in words', async ({ page }) => {
        const t = new TimelinePage(page);
        await t.goto('?range=2023-03-15..2023-03-21');
        const talks = t.mark(TALKS).first();
        await expect(talks).toHaveAccessibleName(/18 March 2023/);
        await talks.hover();
        await expect(t.tooltip).toContainText('18 March 2023');
        // The dot sits inside the 18 March day on the axis: after its tick, before the next one.
        const dot = (await talks.locator('circle').boundingBox())!;
        const x = dot.x + dot.width / 2;
        expect(x).toBeGreaterThan(await t.tickX('18 Mar'));
        expect(x).toBeLessThan(await t.tickX('19 Mar'));
        await expect(t.region.getByText(/^Published 18 Mar 2023$/)).toBeVisible();
      });
    });
  }
});

test.describe('timeline gestures', () => {
  test.use({ hasTouch: true });

  const span = ([from, to]: [string, string]) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  const range = (t: TimelinePage) => new URL(t.page.url()).searchParams.get('range');
  /** The URL range once a gesture has changed it from `before` and it has settled. */
  const changedRange = async (t: TimelinePage, before: string | null) => {
    await expect.poll(() => range(t)).not.toBe(before);
    return t.settledRange();
  };
  const dotX = async (mark: Locator) => {
    const box = (await mark.locator('circle').boundingBox())!;
    return box.x + box.width / 2;
  };
  /** A point in the plot (page px) on no mark and off the date brush, near a fraction of its width. */
  const emptyPoint = (t: TimelinePage, fraction: number) =>
    t.plot.evaluate((svg, f) => {
      const r = svg.getBoundingClientRect();
      for (let y = r.bottom - 3; y > r.top + 40; y -= 6) {
        for (let dx = 0; dx < 60; dx += 5) {
          const x = r.left + r.width * f + dx;
          const el = document.elementFromPoint(x, y);
          if (el && svg.contains(el) && !el.closest('[data-event-id], [data-no-zoom]')) return { x, y };
        }
      }
      throw new Error('no empty point in the plot');
    }, fraction);

  test('the wheel zooms about the cursor, and the range settles into the URL', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto('?range=2023-03-01..2023-03-31');
    const talks = t.mark(TALKS).first();
    const x = await dotX(talks);
    const box = (await t.plot.boundingBox())!;
    await page.mouse.move(x, box.y + box.height - 4);
    await page.mouse.wheel(0, -600);
    const zoomed = await changedRange(t, '2023-03-01..2023-03-31');
    expect(span(zoomed)).toBeLessThan(31 / 1.8);
    // What was under the cursor is still under it.
    expect(Math.abs((await dotX(talks)) - x)).toBeLessThan(2);
    await page.mouse.wheel(0, 600);
    expect(span(await changedRange(t, zoomed.join('..')))).toBeGreaterThan(25);
    expect(Math.abs((await dotX(talks)) - x)).toBeLessThan(2);
  });

  test('dragging the plot pans it, and the drag is not a click on the mark it began on', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto('?range=2023-03-15..2023-03-21');
    const before = await t.tickX('18 Mar');
    const talks = t.mark(TALKS).first();
    const x = await dotX(talks);
    const dot = (await talks.locator('circle').boundingBox())!;
    await page.mouse.move(x, dot.y + dot.height / 2);
    await page.mouse.down();
    await page.mouse.move(x + 120, dot.y + dot.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(Math.abs((await t.tickX('18 Mar')) - before - 120)).toBeLessThan(1.5);
    const [from, to] = await changedRange(t, '2023-03-15..2023-03-21');
    expect(from < '2023-03-15' && to < '2023-03-21', `${from}..${to}`).toBe(true);
    expect(page.url()).not.toMatch(/[?&]event=/);
  });

  test('double-clicking empty plot zooms in there', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto('?range=2023-03-01..2023-03-28');
    const p = await emptyPoint(t, 0.5);
    await page.mouse.dblclick(p.x, p.y);
    const zoomed = await changedRange(t, '2023-03-01..2023-03-28');
    expect(span(zoomed)).toBeGreaterThanOrEqual(13);
    expect(span(zoomed)).toBeLessThanOrEqual(15);
  });

  test('two fingers pinch to zoom about their midpoint', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.goto('?range=2023-03-08..2023-03-28');
    const talks = t.mark(TALKS).first();
    const x = await dotX(talks);
    const box = (await t.plot.boundingBox())!;
    const y = box.y + box.height - 6;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: x - spread, y, id: 1 },
                { x: x + spread, y, id: 2 },
              ],
      });
    await touch('touchStart', 40);
    for (const s of [50, 60, 70, 80]) await touch('touchMove', s);
    await touch('touchEnd', 80);
    const zoomed = await changedRange(t, '2023-03-08..2023-03-28');
    // Fingers twice as far apart: about half the days, with the talks still between them.
    expect(span(zoomed)).toBeGreaterThanOrEqual(9);
    expect(span(zoomed)).toBeLessThanOrEqual(12);
    expect(Math.abs((await dotX(talks)) - x)).toBeLessThan(2);
  });
});

/**
 * Page object for the Timeline region. Events are found by role and a loose title
 * pattern (the pipeline's ids and exact titles may change); tick labels are read from
 * the axis, which is hidden from assistive technology (the marks carry the dates).
 */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { Dataset, NewsEvent } from '../../src/data/schema';

export class TimelinePage {
  readonly region: Locator;
  readonly plot: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Timeline' });
    this.plot = this.region.getByRole('group', { name: 'Timeline plot' });
  }

  static async dataset(request: APIRequestContext): Promise<Dataset> {
    const res = await request.get('/data/dataset.json');
    if (!res.ok()) throw new Error(`dataset.json: HTTP ${res.status()}`);
    return (await res.json()) as Dataset;
  }

  static eventsOn(dataset: Dataset, day: string): NewsEvent[] {
    return dataset.events
      .filter((e) => e.date.start === day && !e.date.end)
      .sort((a, b) => a.order - b.order);
  }

  /** `count` copies of the dataset's events (valid: same evidence), spread over 2000–2023 by day. */
  static manyEvents(dataset: Dataset, count: number): NewsEvent[] {
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 8760) * 86_400_000);
    return Array.from({ length: count }, (_, i) => {
      const base = dataset.events[i % dataset.events.length];
      return {
        ...base,
        id: `${base.id}-copy-${i}`,
        date: { start: day(i).toISOString().slice(0, 10), precision: 'day' as const },
      };
    });
  }

  /** Serves the real dataset with its events multiplied to `count`, opens the app, and waits for the overview's density. */
  async gotoWithManyEvents(request: APIRequestContext, count: number): Promise<void> {
    const dataset = await TimelinePage.dataset(request);
    const events = TimelinePage.manyEvents(dataset, count);
    await this.page.route('**/data/dataset.json', (route) => route.fulfill({ json: { ...dataset, events } }));
    await this.goto();
    await expect(
      this.region.getByText(`${count.toLocaleString('en-US')} events in view: zoom in`),
    ).toBeVisible();
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.plot).toBeVisible();
  }

  /** Every event mark in view (each is a button named "title, date, kind, status"). */
  get marks(): Locator {
    return this.plot.getByRole('button');
  }

  mark(name: string | RegExp): Locator {
    return this.plot.getByRole('button', { name });
  }

  /** The mark of one dataset event: its title starts the accessible name. */
  markOf(event: NewsEvent): Locator {
    return this.plot.getByRole('button', { name: new RegExp(`^${escapeRegExp(event.title)},`) });
  }

  get tooltip(): Locator {
    return this.region.getByRole('tooltip');
  }

  lanes(name: 'By kind' | 'By country'): Locator {
    return this.region.getByRole('radio', { name });
  }

  lane(name: string | RegExp): Locator {
    return this.plot.getByRole('group', { name });
  }

  button(name: 'Zoom in' | 'Zoom out' | 'Fit all events' | RegExp): Locator {
    return this.region.getByRole('button', { name });
  }

  get from(): Locator {
    return this.region.getByLabel('From', { exact: true });
  }

  get to(): Locator {
    return this.region.getByLabel('To', { exact: true });
  }

  get brush(): Locator {
    return this.region.locator('.tl-brush');
  }

  get filterShade(): Locator {
    return this.region.locator('.tl-filter-shade');
  }

  async tickLabels(): Promise<string[]> {
    return this.region.locator('.tl-tick').allTextContents();
  }

  /** The days (YYYY-MM-DD) the axis ticks stand for. */
  async tickDays(): Promise<string[]> {
    return this.region
      .locator('.tl-tick')
      .evaluateAll((ticks) => ticks.map((t) => t.getAttribute('data-date') ?? ''));
  }

  /** The `range` URL parameter once zooming has settled (it is written after a short pause). */
  async settledRange(): Promise<[string, string]> {
    let last = '';
    await expect
      .poll(
        async () => {
          const now = new URL(this.page.url()).searchParams.get('range') ?? '';
          const stable = now !== '' && now === last;
          last = now;
          return stable;
        },
        { intervals: [400] },
      )
      .toBe(true);
    return last.split('..') as [string, string];
  }

  /** x (page px) of the axis tick with this label. */
  async tickX(label: string): Promise<number> {
    const box = await this.region.locator('.tl-tick', { hasText: new RegExp(`^${label}$`) }).boundingBox();
    if (!box) throw new Error(`no tick "${label}"`);
    return box.x + box.width / 2;
  }

  /** The accessible name of the focused element, if it is an event mark. */
  async focusedMark(): Promise<string | null> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('[data-event-id]') ? el.getAttribute('aria-label') : null;
    });
  }

  /** Tabs forward from the timeline's last toolbar control until focus lands in the plot. */
  async tabIntoPlot(): Promise<void> {
    await this.button('Fit all events').focus();
    for (let i = 0; i < 12; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.focusedMark()) return;
    }
    throw new Error('Tab never reached an event mark');
  }

  /** Drags across the date axis between two fractions of its width. */
  async brushAcross(fromFraction: number, toFraction: number): Promise<void> {
    const box = await this.brush.boundingBox();
    if (!box) throw new Error('no brush');
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * fromFraction, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * toFraction, y, { steps: 6 });
    await this.page.mouse.up();
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

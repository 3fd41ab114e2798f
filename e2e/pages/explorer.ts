/**
 * Page object for the whole explorer: the feature page objects composed, plus
 * the shell around them (toolbar, header, layout, focus and accessibility
 * checks). Events and places are found by role and loose names, so the specs
 * hold for the real pipeline dataset.
 */
import { axeScan } from '../axe';
import { expect, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { Dataset, NewsEvent } from '../../src/data/schema';
import { DetailsPage } from './details';
import { FiltersPage } from './filters';
import { MapPanel } from './map';
import { TimelinePage } from './timeline';

export const REGIONS = ['Filters', 'Timeline', 'Map', 'Details'] as const;
export type RegionName = (typeof REGIONS)[number] | 'Event list';

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the focused element is and whether a keyboard user can see it. */
export interface FocusInfo {
  tag: string;
  name: string;
  region: string | null;
  /** The outline, or for an SVG mark the stroke of its focus ring, is drawn. */
  visible: boolean;
}

export class ExplorerPage {
  readonly timeline: TimelinePage;
  readonly map: MapPanel;
  readonly details: DetailsPage;
  readonly filters: FiltersPage;

  constructor(readonly page: Page) {
    this.timeline = new TimelinePage(page);
    this.map = new MapPanel(page);
    this.details = new DetailsPage(page);
    this.filters = new FiltersPage(page);
  }

  static async dataset(request: APIRequestContext): Promise<Dataset> {
    return DetailsPage.dataset(request);
  }

  static findEvent(dataset: Dataset, title: RegExp): NewsEvent {
    return DetailsPage.findEvent(dataset, title);
  }

  static findPlace(dataset: Dataset, name: string): string {
    const place = dataset.places.find((p) => p.name === name);
    if (!place) throw new Error(`no place named ${name}`);
    return place.id;
  }

  /** Opens the app at a query and waits until the chart (or the list) has drawn. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    const list = new URLSearchParams(new URL(this.page.url()).search).get('view') === 'list';
    await expect(list ? this.filters.list.getByRole('table') : this.timeline.plot).toBeVisible();
  }

  region(name: RegionName): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  get viewSwitch(): Locator {
    return this.page.getByRole('group', { name: 'View' });
  }

  async showList(): Promise<void> {
    await this.viewSwitch.getByRole('button', { name: 'List' }).click();
    await expect(this.filters.list.getByRole('table')).toBeVisible();
  }

  async showChart(): Promise<void> {
    await this.viewSwitch.getByRole('button', { name: 'Timeline & map' }).click();
    await expect(this.timeline.plot).toBeVisible();
  }

  get themeToggle(): Locator {
    return this.page.getByRole('button', { name: 'Dark theme' });
  }

  /** Switches to the dark theme with the header toggle (not the system preference). */
  async darkTheme(): Promise<void> {
    await this.themeToggle.click();
    await expect(this.themeToggle).toHaveAttribute('aria-pressed', 'true');
  }

  get embedButton(): Locator {
    return this.page.getByRole('button', { name: 'Embed', exact: true });
  }

  get embedDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Embed a panel' });
  }

  /** The details hint shown while nothing is selected. */
  get detailsHint(): Locator {
    return this.details.region.getByText(/^Select an event on the timeline/);
  }

  /** The event list's row for an event (the list must be shown). */
  listRow(title: RegExp): Locator {
    const button = this.page.getByRole('rowheader').getByRole('button', { name: title });
    return this.filters.list.locator('tbody tr').filter({ has: button });
  }

  /** The date text of a list row, with the no-break spaces that keep it together made plain. */
  async listDate(title: RegExp): Promise<string> {
    const text = await this.listRow(title).locator('time').textContent();
    return (text ?? '').replace(/\u00a0/g, ' ').trim();
  }

  async searchParams(): Promise<URLSearchParams> {
    return new URL(this.page.url()).searchParams;
  }

  async boxes(names: readonly RegionName[]): Promise<Box[]> {
    const out: Box[] = [];
    for (const name of names) {
      const box = await this.region(name).boundingBox();
      if (!box) throw new Error(`region ${name} has no box`);
      out.push({ name, ...box });
    }
    return out;
  }

  /** Height the page scrolls beyond the window (0: everything fits). */
  async pageOverflow(): Promise<{ vertical: number; horizontal: number }> {
    return this.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return { vertical: root.scrollHeight - innerHeight, horizontal: root.scrollWidth - innerWidth };
    });
  }

  async focused(): Promise<FocusInfo> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | SVGElement | null;
      if (!el || el === document.body) return { tag: 'BODY', name: '', region: null, visible: false };
      const outline = getComputedStyle(el);
      let visible = outline.outlineStyle !== 'none' && parseFloat(outline.outlineWidth) > 0;
      // Timeline marks are SVG groups: their focus indicator is the stroke of the ring around them.
      const ring = el.querySelector?.('.tl-ring');
      if (!visible && ring) {
        const style = getComputedStyle(ring);
        visible = style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0;
      }
      const labelled = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent;
      return {
        tag: el.tagName,
        name: (labelled ?? el.textContent ?? '').trim().slice(0, 120),
        region: el.closest('section[aria-label]')?.getAttribute('aria-label') ?? null,
        visible,
      };
    });
  }

  /** Presses a key until the focused element matches (a keyboard user's route), failing after `max`. */
  async pressUntil(key: string, match: (f: FocusInfo) => boolean, max = 80): Promise<FocusInfo> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press(key);
      const f = await this.focused();
      if (match(f)) return f;
    }
    throw new Error(
      `${max} × ${key} never reached the wanted element (now on ${JSON.stringify(await this.focused())})`,
    );
  }

  /** axe over the whole page; returns "rule: targets" lines (empty = clean). */
  async axeViolations(): Promise<string[]> {
    const result = await axeScan(this.page);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }

  /** A full-page screenshot kept with the test's results and attached to its report. */
  async attachScreenshot(testInfo: TestInfo, name: string): Promise<void> {
    const path = testInfo.outputPath(`${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }
}

/** Rectangles that share more than a pixel of area. */
export function overlapping(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) out.push(`${a.name} × ${b.name}`);
    }
  return out;
}

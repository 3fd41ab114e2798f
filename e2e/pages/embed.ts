/** Page object for an embedded panel as a newsroom page shows it: the iframe outside, the embed inside. */
import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';

export class EmbedFrame {
  readonly content: FrameLocator;

  constructor(
    readonly page: Page,
    readonly iframe: Locator,
  ) {
    this.content = iframe.contentFrame();
  }

  static byTitle(page: Page, title: string | RegExp): EmbedFrame {
    return new EmbedFrame(page, page.locator('iframe').and(page.getByTitle(title)));
  }

  async frame(): Promise<Frame> {
    const handle = await this.iframe.elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('the iframe has no document');
    return frame;
  }

  /** The iframe's height on the host page. */
  async iframeHeight(): Promise<number> {
    return this.iframe.evaluate((el) => el.getBoundingClientRect().height);
  }

  /** The height of everything inside the embed (the root element's box, not the viewport). */
  async contentHeight(): Promise<number> {
    return (await this.frame()).evaluate(() => document.documentElement.getBoundingClientRect().height);
  }

  /**
   * Waits until the parent has sized the iframe to its content. Scrolls it into view first:
   * Chrome pauses rendering (and so ResizeObserver) in cross-origin iframes that are off screen.
   */
  async expectSizedToContent(tolerance = 3): Promise<void> {
    await this.iframe.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => Math.abs((await this.iframeHeight()) - (await this.contentHeight())), {
        message: 'iframe height minus content height',
      })
      .toBeLessThanOrEqual(tolerance);
  }

  topic(): Locator {
    return this.content.getByLabel('Topic', { exact: true });
  }

  async chooseTopic(label: string): Promise<void> {
    await this.topic().selectOption({ label });
  }

  /** The active-filters count: "3 of 7 events" → [3, 7]; "7 events" → [7, 7]. */
  async counts(): Promise<[number, number]> {
    const status = this.content.getByRole('group', { name: 'Active filters' }).getByRole('status');
    const text = ((await status.textContent()) ?? '').trim();
    const some = /^(\d+) of (\d+) events?$/.exec(text);
    if (some) return [Number(some[1]), Number(some[2])];
    const all = /^(\d+) events?$/.exec(text);
    if (all) return [Number(all[1]), Number(all[1])];
    throw new Error(`no event count in "${text}"`);
  }
}

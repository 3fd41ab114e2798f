/**
 * Page object for the Details region: event details and the source reader.
 * Events are found in the served dataset by a loose title pattern, since the
 * pipeline's ids may change while titles keep their wording.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { Dataset, NewsEvent } from '../../src/data/schema';

export class DetailsPage {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Details' });
  }

  static async dataset(request: APIRequestContext): Promise<Dataset> {
    const res = await request.get('/data/dataset.json');
    if (!res.ok()) throw new Error(`dataset.json: HTTP ${res.status()}`);
    return (await res.json()) as Dataset;
  }

  static findEvent(dataset: Dataset, title: RegExp): NewsEvent {
    const event = dataset.events.find((e) => title.test(e.title));
    if (!event) throw new Error(`no event titled ${title} in the served dataset`);
    return event;
  }

  /** Opens the app with the event selected, as a shared link would. */
  async open(event: NewsEvent): Promise<void> {
    await this.page.goto(`/?event=${encodeURIComponent(event.id)}`);
    await this.heading(event.title).waitFor();
  }

  heading(name: string | RegExp): Locator {
    return this.region.getByRole('heading', { level: 2, name });
  }

  /** The evidence section of one source, named by its outlet. */
  source(outlet: string | RegExp): Locator {
    return this.region.getByRole('region', { name: outlet });
  }

  readInContext(outlet: string | RegExp, nth = 0): Locator {
    return this.source(outlet).getByRole('button', { name: 'Read in context' }).nth(nth);
  }

  get highlight(): Locator {
    return this.region.locator('mark');
  }

  filter(kind: 'person' | 'place' | 'topic', name: string | RegExp): Locator {
    const pattern = typeof name === 'string' ? new RegExp(`^Filter by ${kind} ${name}$`, 'i') : name;
    return this.region.getByRole('button', { name: pattern });
  }

  get back(): Locator {
    return this.region.getByRole('button', { name: /back to event/i });
  }

  get close(): Locator {
    return this.region.getByRole('button', { name: 'Close details' });
  }
}

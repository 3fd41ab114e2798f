/**
 * Page object for the filter panel, the active-filter chips and the event
 * list. Options are found by their labels ("Economic security"), events by a
 * loose title pattern, so the specs hold for the real pipeline dataset.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { Dataset, NewsEvent } from '../../src/data/schema';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class FiltersPage {
  readonly panel: Locator;
  readonly active: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Filters' });
    this.active = page.getByRole('group', { name: 'Active filters' });
    this.list = page.getByRole('region', { name: 'Event list' });
  }

  static async dataset(request: APIRequestContext): Promise<Dataset> {
    const res = await request.get('/data/dataset.json');
    if (!res.ok()) throw new Error(`dataset.json: HTTP ${res.status()}`);
    return (await res.json()) as Dataset;
  }

  /** Events tagged with the topic (by label) or any of its sub-topics. */
  static eventsWithTopic(dataset: Dataset, label: string): NewsEvent[] {
    const topic = dataset.topics.find((t) => t.label === label);
    if (!topic) throw new Error(`no topic labelled ${label}`);
    const parent = new Map(dataset.topics.map((t) => [t.id, t.parent]));
    const under = (id: string | undefined): boolean =>
      id !== undefined && (id === topic.id || under(parent.get(id)));
    return dataset.events.filter((e) => e.topics.some(under));
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.search.waitFor();
  }

  get search(): Locator {
    return this.panel.getByRole('searchbox', { name: 'Search events' });
  }

  /** A checkbox by its option label; its accessible name is "Label (count)". */
  option(label: string): Locator {
    return this.panel.getByRole('checkbox', { name: new RegExp(`^${escape(label)} \\(\\d+\\)$`) });
  }

  expand(label: string): Locator {
    return this.panel.getByRole('button', { name: `Expand ${label}` });
  }

  chip(label: string): Locator {
    return this.active.getByRole('button', { name: `Remove filter ${label}` });
  }

  get chips(): Locator {
    return this.active.getByRole('button', { name: /^Remove filter / });
  }

  get clearAll(): Locator {
    return this.active.getByRole('button', { name: 'Clear all filters' });
  }

  get resultCount(): Locator {
    return this.active.getByRole('status');
  }

  /** The Filters panel's date inputs (shown in the list view; the chart view uses the timeline's). */
  dateInput(label: 'From' | 'To'): Locator {
    return this.panel.getByRole('group', { name: 'Dates' }).getByLabel(label);
  }

  timelineDateInput(label: 'From' | 'To'): Locator {
    return this.page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('group', { name: 'Date filter' })
      .getByLabel(label, { exact: true });
  }

  /** The list's title buttons, one per shown event. */
  get eventButtons(): Locator {
    return this.list.getByRole('rowheader').getByRole('button');
  }

  event(title: RegExp): Locator {
    return this.list.getByRole('rowheader').getByRole('button', { name: title });
  }

  columnHeader(name: string): Locator {
    return this.list.getByRole('columnheader', { name });
  }

  /** The `datetime` of each shown row's date, in table order. */
  async rowDates(): Promise<string[]> {
    return this.list
      .locator('tbody time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  }
}

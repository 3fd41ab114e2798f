/**
 * Page object for the open-formats controls: "Open file…" in the header, the
 * page-wide drop zone, the "Viewing <file>" summary and the Export menu.
 * Files come from e2e/fixtures-files; downloads are read back as text.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

const FILES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures-files');

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A file from e2e/fixtures-files as Playwright's setFiles takes it. */
export function fixtureFile(name: string): FilePayload {
  const mimeType = name.endsWith('.csv') ? 'text/csv' : 'application/json';
  return { name: basename(name), mimeType, buffer: readFileSync(join(FILES, name)) };
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const EXPORT_LABELS = ['CSV', 'GeoJSON', 'iCalendar', 'TimelineJS'] as const;
export type ExportLabel = (typeof EXPORT_LABELS)[number];

export class FormatsPage {
  readonly header: Locator;
  readonly openButton: Locator;
  readonly closeFile: Locator;
  readonly exportButton: Locator;
  readonly exportPanel: Locator;
  readonly timeline: Locator;
  readonly map: Locator;
  readonly list: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.openButton = this.header.getByRole('button', { name: 'Open file…' });
    this.closeFile = this.header.getByRole('button', { name: 'Close file' });
    this.exportButton = page.getByRole('button', { name: 'Export', exact: true });
    this.exportPanel = page.getByRole('group', { name: /^Export \d+ events?$/ });
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.map = page.getByRole('region', { name: 'Map', exact: true });
    this.list = page.getByRole('region', { name: 'Event list' });
    this.filters = page.getByRole('region', { name: 'Filters' });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.summary).toBeVisible();
  }

  /** The line under the title: "N events from M articles" or "Viewing <file> …". */
  get summary(): Locator {
    return this.header.getByText(/events? from \d+ articles?|^Viewing /);
  }

  /** Picks a file with the real file chooser the "Open file…" button opens. */
  async openFile(file: FilePayload): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.openButton.click();
    await (await chooser).setFiles(file);
  }

  /** A DataTransfer holding one file, built in the page (as a file manager's drag would carry it). */
  async dataTransfer(file: FilePayload) {
    return this.page.evaluateHandle(
      ({ name, mimeType, text }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: mimeType }));
        return dt;
      },
      { name: file.name, mimeType: file.mimeType, text: file.buffer.toString('utf8') },
    );
  }

  /** The hint shown while a file is dragged over the page. */
  get dropHint(): Locator {
    return this.page.getByText(/Drop a dataset, TimelineJS3 JSON or CSV file/);
  }

  /** Drags a file over the page and drops it, as a file manager would (dragenter → dragover → drop). */
  async dropFile(
    file: FilePayload,
    {
      target = this.page.getByRole('main'),
      beforeDrop,
    }: { target?: Locator; beforeDrop?: () => Promise<void> } = {},
  ): Promise<void> {
    const dataTransfer = await this.dataTransfer(file);
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await beforeDrop?.();
    await target.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
  }

  /** The alert shown when an opened file is refused (the current data stays). */
  get openError(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'That file could not be opened' });
  }

  exportFormat(label: ExportLabel): Locator {
    return this.exportPanel.getByRole('button', { name: new RegExp(`^${label}\\b`) });
  }

  /** Opens the Export menu, picks a format and returns the download and its text. */
  async export(label: ExportLabel): Promise<{ download: Download; text: string }> {
    if ((await this.exportButton.getAttribute('aria-expanded')) !== 'true') await this.exportButton.click();
    const pending = this.page.waitForEvent('download');
    await this.exportFormat(label).click();
    const download = await pending;
    const path = await download.path();
    return { download, text: readFileSync(path, 'utf8') };
  }

  /** Event marks on the timeline (buttons named "title, date, kind, status"). */
  get timelineMarks(): Locator {
    return this.plot.getByRole('button');
  }

  timelineMark(title: string): Locator {
    return this.plot.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });
  }

  private get plot(): Locator {
    return this.timeline.getByRole('group', { name: 'Timeline plot' });
  }

  /** A map marker: "<Place>: N events". */
  marker(place: string): Locator {
    return this.map.getByRole('button', { name: new RegExp(`^${place}: \\d+ events?$`) });
  }

  /** Switches to the list view and returns the title buttons, one per listed event. */
  async listRows(): Promise<Locator> {
    const listButton = this.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' });
    if ((await listButton.getAttribute('aria-pressed')) !== 'true') await listButton.click();
    await expect(this.list).toBeVisible();
    return this.list.getByRole('rowheader').getByRole('button');
  }
}

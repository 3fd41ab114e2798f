/**
 * Page object for the Map region. Places are found by name (markers are buttons
 * named "<Place>: N events"), so the spec survives changes to pipeline ids.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class MapPanel {
  readonly region: Locator;
  /** The Leaflet container itself (focusable; arrow keys pan). */
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Map', exact: true });
    this.canvas = this.region.getByRole('region', { name: /^Map of event places/ });
  }

  marker(place: string): Locator {
    return this.canvas.getByRole('button', { name: new RegExp(`^${place}: \\d+ events?$`) });
  }

  /** Buttons inside the open popup (the events at the place and the filter toggle). */
  popupButton(name: RegExp): Locator {
    return this.canvas.locator('.leaflet-popup').getByRole('button', { name });
  }

  get legend(): Locator {
    return this.region.getByRole('group', { name: /mentioning a country/i });
  }

  get zoomIn(): Locator {
    return this.region.getByRole('button', { name: 'Zoom map in' });
  }

  get fit(): Locator {
    return this.region.getByRole('button', { name: 'Fit to events' });
  }

  /** Waits until the basemap is drawn (country shapes exist). */
  async waitForBasemap(): Promise<void> {
    await expect(this.canvas.locator('path.map-country').first()).toBeAttached();
  }

  /** Tabs from the map container until the given marker has focus. */
  async tabTo(place: string, maxTabs = 20): Promise<void> {
    await this.canvas.focus();
    const target = this.marker(place);
    for (let i = 0; i < maxTabs; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`could not reach the ${place} marker with Tab`);
  }
}

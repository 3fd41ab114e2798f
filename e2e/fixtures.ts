/**
 * Test fixtures every spec uses: they fail a test on any request that leaves
 * the app's own origin, and on any console error or uncaught page error.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Guards {
  /** Requests made to any origin other than the app's (should stay empty). */
  foreignRequests: string[];
  consoleErrors: string[];
  /** Origins besides the app's that this test is allowed to reach (e.g. the example newsroom page). */
  allowOrigin(origin: string): void;
  /** Console messages matching this are expected by the test (e.g. a deliberately broken dataset). */
  allowConsoleError(pattern: RegExp): void;
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page, baseURL, context }, use) => {
      const appOrigin = new URL(baseURL!).origin;
      const allowed = new Set([appOrigin]);
      const allowedConsole: RegExp[] = [];
      const guards: Guards = {
        foreignRequests: [],
        consoleErrors: [],
        allowOrigin: (o) => allowed.add(new URL(o).origin),
        allowConsoleError: (p) => allowedConsole.push(p),
      };
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
        if (!allowed.has(new URL(url).origin)) guards.foreignRequests.push(url);
      });
      const onConsole = (p: Page) =>
        p.on('console', (msg) => {
          if (msg.type() !== 'error') return;
          const text = msg.text();
          if (!allowedConsole.some((re) => re.test(text))) guards.consoleErrors.push(text);
        });
      onConsole(page);
      context.on('page', onConsole);
      page.on('pageerror', (err) => guards.consoleErrors.push(`pageerror: ${err.message}`));
      await use(guards);
      expect(guards.foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

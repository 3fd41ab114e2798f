/**
 * The specs' axe-core scan: every rule and tag axe runs by default, over the
 * whole page or the given selectors, as `new AxeBuilder({ page })` would. Two
 * settings only change how fast the answer comes back, not what is checked:
 * - `resultTypes: ['violations']`: every rule still runs on every node and each
 *   violation lists all its nodes; only passes and inapplicable/incomplete
 *   results are cut to one node, so axe skips building selectors and HTML for
 *   hundreds of passing nodes that no spec reads.
 * - one `axe.run` in the page (legacy mode) when the page has no iframe: the
 *   default per-frame `runPartial` + `finishRun` exists for cross-origin frames
 *   and costs a new blank page and another copy of axe on every scan (over a
 *   second each on a busy 2-core runner). With any iframe the default is kept,
 *   so frames are scanned as before.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

export async function axeScan(page: Page, ...include: string[]): Promise<AxeResults> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  for (const selector of include) builder.include(selector);
  if (page.frames().length === 1) builder.setLegacyMode();
  return builder.analyze();
}

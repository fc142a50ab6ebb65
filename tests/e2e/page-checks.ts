/**
 * Checks the browser tests share: axe-core's serious and critical violations, and a picture of a whole page that
 * scrolls inside one of its own elements.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';

/** The serious and critical violations axe finds on the page as it is (inside `within` when given), one line each. */
export const seriousViolations = async (page: Page, within?: string): Promise<string[]> => {
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
};

/** The whole page in one picture: the page scrolls inside `#scroller`, so the window is made as tall as its content. */
export const shootWhole = async (page: Page, scroller: string, name: string): Promise<void> => {
  const size = page.viewportSize()!;
  const height = await page.evaluate((id) => document.getElementById(id)!.scrollHeight, scroller);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: screenshotPath(name) });
  await page.setViewportSize(size);
};

import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath } from './browser';
import { fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

fast('draws the test map from the engine with Phaser, without errors', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${inject('baseUrl')}?map=test`);
  await page.waitForSelector('canvas', { timeout: 20_000 });
  await page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true, null, { timeout: 20_000 });
  await page.screenshot({ path: screenshotPath('test-map') });
  expect(errors).toEqual([]);
  await page.close();
});

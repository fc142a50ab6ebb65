/**
 * A shared lesson link that is wrong says what was wrong and what was used instead: every bad parameter is named in
 * a notice on screen (never corrected silently), and an unknown scenario brings the menu with a notice.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser } from './browser';
import { openGame, waitForBattle } from './game-page';
import { deep, fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('bad URL parameters', () => {
  fast('names each one on screen and plays with what it used instead', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=abc&side=martian&difficulty=godlike&tutorial-japanese-strength=9999&nonsense=abc');
    const s = await waitForBattle(g);
    expect(s.perspective).toBe('soviet');
    await g.page.waitForSelector('#notices');
    const text = (await g.page.textContent('#notices')) ?? '';
    expect(text).toContain('The seed "abc"');
    expect(text).toContain('Unknown side "martian"');
    expect(text).toContain('Unknown difficulty "godlike"');
    expect(text).toMatch(/9999 is not allowed/);
    expect(text).toContain('Lever "nonsense" needs a number');
    await g.page.click('#notices-close');
    expect(await g.page.$('#notices')).toBeNull();
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('shows the menu with a notice for a scenario that does not exist', async () => {
    const g = await openGame(browser, '?scenario=nonsense&seed=3');
    await g.page.waitForSelector('#notices');
    expect(await g.page.textContent('#notices')).toContain('There is no scenario "nonsense"');
    expect(await g.page.isVisible('#menu')).toBe(true);
    await g.close();
  });
});

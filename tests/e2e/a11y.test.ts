/**
 * Accessibility in Chromium: axe-core finds no serious or critical violation on the menu, the battle screen, the help
 * and briefing dialogs and the end screen; every control can be reached with Tab and used with the keyboard; the
 * focused control is visibly marked.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './page-checks';
import { launchBrowser, screenshotPath } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn } from './game-page';
import { deep } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Tabs through the page and lists what got the focus, with whether it is visibly outlined. */
const tabStops = async (page: Page, max: number): Promise<{ id: string; outlined: boolean }[]> => {
  const stops: { id: string; outlined: boolean }[] = [];
  for (let k = 0; k < max; k++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const css = getComputedStyle(el);
      const outlined = (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0) || css.boxShadow !== 'none';
      return { id: el.id || `${el.tagName.toLowerCase()}${el.getAttribute('data-scenario') ? `[${el.getAttribute('data-scenario')}]` : ''}:${(el.textContent ?? '').trim().slice(0, 20)}`, outlined };
    });
    if (!stop) continue;
    if (stops.length > 0 && stops[0]!.id === stop.id) break; // round the page once
    stops.push(stop);
  }
  return stops;
};

/** Presses Tab until the element with this id has the focus (as a keyboard player would reach it). */
const tabTo = async (page: Page, id: string): Promise<void> => tabToSelector(page, `#${id}`);

const tabToSelector = async (page: Page, selector: string): Promise<void> => {
  for (let k = 0; k < 100; k++) {
    if (await page.evaluate((x) => document.activeElement?.matches(x) === true, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} is not reachable with Tab`);
};

describe('accessibility', () => {
  deep('the menu: no serious violations, every control reached by Tab with a visible focus, a scenario started by keyboard', async () => {
    const g = await openGame(browser);
    expect(await seriousViolations(g.page)).toEqual([]);
    const stops = await tabStops(g.page, 80);
    expect(stops.length).toBeGreaterThan(3);
    expect(stops.filter((s) => !s.outlined)).toEqual([]);
    expect(stops.some((s) => s.id === 'start')).toBe(true);
    // Choose the tutorial and start it with the keyboard alone.
    await tabToSelector(g.page, '.card[data-scenario="tutorial"]');
    await g.page.keyboard.press('Enter');
    await tabTo(g.page, 'start');
    await g.page.keyboard.press('Enter');
    const s = await waitForBattle(g);
    expect(s.scenarioId).toBe('tutorial');
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('the battle screen, help and briefing: no serious violations; the top bar works by keyboard', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=3&side=soviet');
    await waitForBattle(g);
    await waitForHumanTurn(g);
    expect(await seriousViolations(g.page)).toEqual([]);
    const stops = await tabStops(g.page, 60);
    for (const id of ['roster-button', 'next-unit', 'end-turn', 'briefing', 'help', 'to-menu']) expect(stops.map((s) => s.id)).toContain(id);
    expect(stops.filter((s) => !s.outlined)).toEqual([]);
    // Next unit by keyboard selects a unit; the unit panel is then checked too.
    await tabTo(g.page, 'next-unit');
    await g.page.keyboard.press('Enter');
    expect((await g.summary()).selectedId).not.toBeNull();
    expect(await seriousViolations(g.page)).toEqual([]);
    // Help, opened by keyboard, holds the focus and closes with Escape.
    await tabTo(g.page, 'help');
    await g.page.keyboard.press('Enter');
    await g.page.waitForSelector('#help-overlay');
    expect(await seriousViolations(g.page)).toEqual([]);
    // The map-symbol keys (assets/nato, assets/terrain) load and say in words what they show.
    await g.page.locator('#key-terrain').scrollIntoViewIfNeeded();
    await g.page.waitForFunction(() => ['key-counters', 'key-terrain'].every((id) => ((document.getElementById(id) as HTMLImageElement | null)?.naturalWidth ?? 0) > 0));
    expect(await g.page.getAttribute('#key-counters', 'alt')).toMatch(/infantry/);
    await g.page.screenshot({ path: screenshotPath('help-symbol-keys') });
    await g.page.keyboard.press('Escape');
    await g.page.waitForSelector('#help-overlay', { state: 'detached' });
    // The briefing.
    await tabTo(g.page, 'briefing');
    await g.page.keyboard.press('Enter');
    await g.page.waitForSelector('#briefing-overlay');
    expect(await seriousViolations(g.page)).toEqual([]);
    await g.page.keyboard.press('Escape');
    await g.page.waitForSelector('#briefing-overlay', { state: 'detached' });
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('the computer’s turn banner and the end screen: no serious violations', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=3&side=soviet');
    await waitForBattle(g);
    let s = await waitForHumanTurn(g);
    await hook<boolean>(g, 'send', { type: 'end-turn' });
    await g.page.waitForSelector('#ai-banner:not(.hidden)', { timeout: 10_000 }).catch(() => null);
    if ((await g.summary()).aiRunning) expect(await seriousViolations(g.page)).toEqual([]);
    s = await waitForHumanTurn(g);
    for (let k = 0; k < 40 && !s.result; k++) {
      await hook<boolean>(g, 'send', { type: 'end-turn' });
      s = await waitForHumanTurn(g);
    }
    await g.page.waitForSelector('#end-screen', { timeout: 10_000 });
    expect(await seriousViolations(g.page)).toEqual([]);
    const stops = await tabStops(g.page, 40);
    expect(stops.length).toBeGreaterThan(2);
    expect(stops.filter((st) => !st.outlined)).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

/**
 * The menu, and starting every scenario from either side: from the menu's cards and controls for the tutorial,
 * from the URL for the battles. Each start must draw the map and the side's own counters, with no errors.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath } from './browser';
import { hook, openGame, waitForBattle } from './game-page';
import { deep, fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ScenarioInfo {
  id: string;
  title: string;
  tutorial: boolean;
  levers: string[];
}

let scenarios: ScenarioInfo[] = [];

describe('menu', () => {
  deep('shows a card per scenario with side, opponent, seed and levers', async () => {
    const started = Date.now();
    const g = await openGame(browser);
    await g.page.waitForSelector('#start', { timeout: 10_000 });
    const interactiveMs = Date.now() - started;
    scenarios = await hook<ScenarioInfo[]>(g, 'scenarios');
    const cards = await g.page.$$eval('.card', (els) => els.map((e) => (e as HTMLElement).dataset.scenario));
    expect(cards).toEqual(scenarios.map((s) => s.id));
    expect(cards).toContain('tutorial');
    expect(cards).toContain('azuma-encirclement');
    // The seed is shown and editable; the levers of the chosen scenario have sliders.
    const seed = await g.page.inputValue('#seed');
    expect(seed).toMatch(/^\d+$/);
    await g.page.click('.card[data-scenario="azuma-encirclement"]');
    const levers = await g.page.$$eval('input[data-lever]', (els) => els.map((e) => (e as HTMLElement).dataset.lever));
    expect(levers).toEqual(scenarios.find((s) => s.id === 'azuma-encirclement')!.levers);
    await g.page.screenshot({ path: screenshotPath('menu') });
    // Timings are reported, not asserted: this machine's load varies too much for a timed test to mean anything.
    console.log(`menu interactive after ${interactiveMs} ms`);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  fast('starts the tutorial from the menu as the Japanese side with a typed seed', async () => {
    const g = await openGame(browser);
    await g.page.click('.card[data-scenario="tutorial"]');
    await g.page.check('input[name="side"][value="japanese"]');
    await g.page.fill('#seed', '31337');
    await g.page.click('#start');
    const s = await waitForBattle(g);
    expect(s.scenarioId).toBe('tutorial');
    expect(s.seed).toBe(31337);
    expect(g.page.url()).toContain('seed=31337');
    expect(g.page.url()).toContain('side=japanese');
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

// Every scenario from either side, started from its URL, is opened once in render.test.ts (with its readability and
// objective checks).

/**
 * Installable and playable offline: the page has a web app manifest with icons, and after the first visit its service
 * worker serves the whole game — the page, the code, Phaser's chunk, the AI worker and the bundled scenarios — so a
 * reload without a network still opens the menu, and a scenario starts and is drawn.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, screenshotPath } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn } from './game-page';
import { deep, fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

deep('has a web app manifest with the game’s icons', async () => {
  const g = await openGame(browser);
  const href = await g.page.getAttribute('link[rel="manifest"]', 'href');
  expect(href).toBeTruthy();
  const manifest = await g.page.evaluate(async (h) => (await fetch(h!)).json(), href);
  expect(manifest.name).toBe('Khalkhin Gol 1939');
  expect(manifest.display).toBe('standalone');
  const sizes = (manifest.icons as { sizes: string; src: string }[]).map((i) => i.sizes);
  expect(sizes).toContain('192x192');
  expect(sizes).toContain('512x512');
  for (const icon of manifest.icons as { src: string }[]) expect(await g.page.evaluate(async (src) => (await fetch(src)).ok, icon.src)).toBe(true);
  await g.close();
});

fast('reloads and starts a scenario offline after the first visit', async () => {
  const g = await openGame(browser);
  // The first visit installs the service worker; once it controls the page, everything is cached.
  await g.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await g.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await g.page.context().setOffline(true);
  await g.page.reload();
  await g.page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true, null, { timeout: 30_000 });
  expect(await g.page.evaluate(() => navigator.onLine)).toBe(false);
  // Every bundled scenario is offered (their files came from the cache), with no problem reported.
  const ids = (await hook<{ id: string }[]>(g, 'scenarios')).map((s) => s.id);
  expect(ids).toEqual(expect.arrayContaining(['tutorial', 'august-offensive']));
  expect(await hook<string[]>(g, 'problems')).toEqual([]);
  await g.page.click('.card[data-scenario="tutorial"]');
  await g.page.click('#start');
  const s = await waitForBattle(g, 30_000);
  expect(s.scenarioId).toBe('tutorial');
  expect(s.sceneReady).toBe(true);
  expect(s.visibleUnits.length).toBeGreaterThan(0);
  // The computer (its worker comes from the cache too) plays its turn.
  await hook<boolean>(g, 'send', { type: 'end-turn' });
  const after = await waitForHumanTurn(g);
  expect(after.turn).toBeGreaterThan(1);
  await g.page.screenshot({ path: screenshotPath('offline-tutorial') });
  // A link to a game opens offline too (the service worker answers navigations with the cached page).
  await g.page.goto(`${inject('baseUrl')}?scenario=azuma-encirclement&seed=42&side=soviet`);
  await g.page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true, null, { timeout: 30_000 });
  expect((await waitForBattle(g, 30_000)).scenarioId).toBe('azuma-encirclement');
  expect(g.errors).toEqual([]);
  await g.close();
});

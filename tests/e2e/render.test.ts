/**
 * The map's readability and feedback (issue 13, points 11, 13, 14, 15): counter text at least 11 px at the default
 * zoom of every scenario, overlays a player toggles, combined attacks from several hexes, and combat shown on the map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn, type GamePage } from './game-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface MapLook {
  zoom: number;
  readableZoom: number;
  counterLabelPx: number;
  placeLabelPx: number;
  overlays: Record<string, number>;
  effectsPlayed: number;
}
const mapLook = (g: GamePage) => hook<MapLook>(g, 'mapLook');

const open1440 = async (query: string): Promise<GamePage> => {
  const g = await openGame(browser, query);
  await g.page.setViewportSize({ width: 1440, height: 900 });
  await waitForBattle(g);
  await waitForHumanTurn(g);
  return g;
};

describe('counters', () => {
  for (const scenario of ['tutorial', 'azuma-encirclement', 'yasuoka-night-attack', 'august-offensive']) {
    it(`reads at 11 px or more at the default zoom of ${scenario}`, async () => {
      for (const side of ['soviet', 'japanese']) {
        const g = await open1440(`?scenario=${scenario}&seed=5&side=${side}`);
        const look = await mapLook(g);
        console.log(`${scenario} (${side}): zoom ${look.zoom.toFixed(2)}, counter label ${look.counterLabelPx.toFixed(1)} px, place names ${look.placeLabelPx.toFixed(1)} px`);
        expect(look.counterLabelPx).toBeGreaterThanOrEqual(11);
        if (look.placeLabelPx > 0) expect(look.placeLabelPx).toBeGreaterThanOrEqual(11);
        if (side === 'soviet') await g.page.screenshot({ path: screenshotPath(`render-${scenario}-default-zoom`) });
        expect(g.errors).toEqual([]);
        await g.close();
      }
    });
  }
});

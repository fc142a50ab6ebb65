/**
 * The tutorial teaches inside the game: a coach prompts each thing in turn (select, move, cross the river, bombard,
 * assault, end the turn) and moves on only when the player has done it with the real controls; "Show me" centres the
 * map; at the end it names the objective. Not in hot-seat games; foldable; on a phone it stays within the screen.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn, type GamePage, type GameSummary } from './game-page';
import { deep } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const click = (g: GamePage, index: number) => hook<void>(g, 'clickHex', index);
const step = (g: GamePage) => g.page.getAttribute('#coach-step', 'data-step');
/** Offset column of an axial hex ("odd-r", as the scenario files write hexes). */
const colOf = (h: { q: number; r: number }) => h.q + (h.r - (h.r & 1)) / 2;

const select = async (g: GamePage, id: string): Promise<GameSummary> => {
  let s = await g.summary();
  const u = s.visibleUnits.find((x) => x.id === id);
  for (let k = 0; u && k < 4 && s.selectedId !== id; k++) {
    await click(g, u.index);
    s = await g.summary();
  }
  return s;
};

const axialDistance = (a: { q: number; r: number }, b: { q: number; r: number }) => (Math.abs(a.q - b.q) + Math.abs(a.r - b.r) + Math.abs(a.q + a.r - b.q - b.r)) / 2;

/** Moves a unit to the hex it can reach nearest to the nearest visible enemy (with the real clicks). */
const approach = async (g: GamePage, id: string): Promise<void> => {
  const s = await select(g, id);
  const me = s.visibleUnits.find((u) => u.id === id);
  const enemies = s.visibleUnits.filter((u) => u.side === 'japanese');
  if (!me || s.selectedId !== id || s.reach.length === 0 || enemies.length === 0) return;
  const near = (h: { q: number; r: number }) => Math.min(...enemies.map((e) => axialDistance(h, e.hex)));
  const options = await Promise.all(s.reach.map(async ([i]) => ({ i, d: near((await hook<{ q: number; r: number }>(g, 'hexAt', i))!) })));
  const best = options.filter((o) => o.d >= 1).sort((a, b) => a.d - b.d)[0];
  if (best && best.d < near(me.hex)) await click(g, best.i);
};

/** Tries each own unit against each visible enemy until a preview of the wanted kind appears; confirms it. */
const attackWith = async (g: GamePage, ids: readonly string[], kind: RegExp): Promise<boolean> => {
  const s = await g.summary();
  const enemies = [...new Set(s.visibleUnits.filter((u) => u.side === 'japanese').map((u) => u.index))];
  for (const id of ids) {
    const u = s.visibleUnits.find((x) => x.id === id);
    if (!u || u.acted.attacked || u.acted.fired) continue;
    for (const e of enemies) {
      await select(g, id);
      await click(g, e);
      const now = await g.summary();
      if (now.preview && kind.test(now.preview.kind)) {
        await g.page.click('#confirm-attack');
        return true;
      }
      await hook<void>(g, 'clickHex', u.index); // back to a plain selection
    }
  }
  return false;
};

describe('the tutorial coach', () => {
  deep('prompts each step and moves on only when it is done, with the real controls', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=11&side=soviet');
    await g.page.setViewportSize({ width: 1440, height: 900 });
    await waitForBattle(g);
    let s = await waitForHumanTurn(g);
    await g.page.waitForSelector('#coach');
    expect(await step(g)).toBe('select');
    expect(await g.page.textContent('#coach')).toContain('step 1 of 6');
    // "Show me" points out the unit the step is about (a pulsing ring; the map centres on it when it can pan).
    await g.page.click('#coach-show');
    expect((await hook<{ pointsShown: number }>(g, 'mapLook')).pointsShown).toBe(1);
    await g.page.waitForTimeout(400);
    await g.page.screenshot({ path: screenshotPath('tutorial-1-select') });

    s = await select(g, 'sov-tut-1rc');
    expect(await step(g)).toBe('move');
    // Move 1/TB as far east as it can go.
    const reach = [...s.reach].sort((a, b) => b[1] - a[1]);
    await click(g, reach[0]![0]);
    expect(await step(g)).toBe('cross');

    // Push the rifle companies east until one stands on the far bank (column 8 and beyond).
    for (let turn = 0; turn < 4 && (await step(g)) === 'cross'; turn++) {
      for (const id of ['sov-tut-1rc', 'sov-tut-2rc']) {
        s = await select(g, id);
        if (s.selectedId !== id || s.reach.length === 0) continue;
        const cols = await Promise.all(s.reach.map(async ([i]) => ({ i, col: colOf((await hook<{ q: number; r: number }>(g, 'hexAt', i))!) })));
        const east = cols.sort((a, b) => b.col - a.col)[0]!;
        await click(g, east.i);
      }
      if ((await step(g)) !== 'cross') break;
      await g.page.click('#end-turn');
      s = await waitForHumanTurn(g);
    }
    expect(await step(g)).not.toBe('cross');
    expect(await g.page.getAttribute('#coach li[data-step="cross"]', 'class')).toBe('done');

    // Bombard with the battery and assault with anything else, a turn at a time, until both are ticked.
    for (let turn = 0; turn < 5; turn++) {
      const left = await g.page.$$eval('#coach li:not(.done)', (li) => li.map((l) => (l as HTMLElement).dataset.step));
      if (left.includes('bombard')) await attackWith(g, ['sov-tut-bty'], /bombard|fire/);
      const assaulters = ['sov-tut-1rc', 'sov-tut-2rc', 'sov-tut-tanks', 'sov-tut-ba', 'sov-tut-3rc'];
      if (left.includes('assault') && !(await attackWith(g, assaulters, /assault/))) {
        for (const id of assaulters) await approach(g, id);
        await attackWith(g, assaulters, /assault/);
      }
      const still = await g.page.$$eval('#coach li:not(.done)', (li) => li.map((l) => (l as HTMLElement).dataset.step));
      if (still.length === 0 || (still.length === 1 && still[0] === 'end-turn')) break;
      await g.page.click('#end-turn');
      s = await waitForHumanTurn(g);
      if (s.result) break;
    }
    await g.page.screenshot({ path: screenshotPath('tutorial-2-progress') });
    if ((await step(g)) === 'end-turn') {
      await g.page.click('#end-turn');
      s = await waitForHumanTurn(g);
    }
    expect(await step(g)).toBe('done');
    expect(await g.page.textContent('#coach')).toContain('Take the village');
    await g.page.screenshot({ path: screenshotPath('tutorial-3-done') });
    // Folding keeps the count; closing removes it.
    await g.page.click('#coach-close');
    expect(await g.page.isVisible('#coach')).toBe(false);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('folds away, fits a phone, and is absent from hot-seat and other battles', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=12&side=japanese');
    await g.page.setViewportSize({ width: 390, height: 844 });
    await waitForBattle(g);
    await waitForHumanTurn(g);
    await g.page.waitForSelector('#coach');
    expect(await step(g)).toBe('select');
    const box = (await g.page.locator('#coach').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await g.page.isVisible('#end-turn')).toBe(true);
    await g.page.screenshot({ path: screenshotPath('tutorial-phone') });
    await g.page.click('#coach-fold');
    expect(await g.page.textContent('#coach')).toMatch(/Tutorial 0\/5/);
    await g.page.click('#coach-unfold');
    expect(await step(g)).toBe('select');
    await g.close();

    for (const query of ['?scenario=tutorial&seed=5&side=soviet&mode=hotseat', '?scenario=azuma-encirclement&seed=5&side=soviet']) {
      const o = await openGame(browser, query);
      await waitForBattle(o);
      expect(await o.page.$('#coach')).toBeNull();
      await o.close();
    }
  });
});

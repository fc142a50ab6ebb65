/**
 * Playing: select a unit and see where it can go, move it, attack and see the result in men and vehicles, end the
 * turn and watch the computer move; the tutorial played to its end screen; a game started from a URL keeps its seed
 * and resumes after a reload; hotseat hides each side from the other.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn, type GamePage, type GameSummary } from './game-page';
import { deep, fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const click = (g: GamePage, index: number) => hook<void>(g, 'clickHex', index);

/** Finds an order of attack the engine allows: some own unit and visible enemy hex for which a preview appears. */
const findAttack = async (g: GamePage, s: GameSummary): Promise<GameSummary | null> => {
  const own = s.visibleUnits.filter((u) => u.side === s.activeSide && !u.acted.attacked && !u.acted.fired);
  const enemies = [...new Set(s.visibleUnits.filter((u) => u.side !== s.activeSide).map((u) => u.index))];
  for (const u of own) {
    for (const e of enemies) {
      await click(g, u.index);
      let now = await g.summary();
      if (now.selectedId !== u.id) {
        // The click picked another unit of the stack: click until ours is selected.
        for (let k = 0; k < 4 && now.selectedId !== u.id; k++) {
          await click(g, u.index);
          now = await g.summary();
        }
      }
      await click(g, e);
      now = await g.summary();
      if (now.preview) return now;
    }
  }
  return null;
};

describe('a turn of the tutorial against the computer', () => {
  fast('selects, moves, attacks, ends the turn and sees the computer move', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=11&side=soviet');
    let s = await waitForBattle(g);
    s = await waitForHumanTurn(g);
    expect(s.activeSide).toBe('soviet');
    const mover = s.visibleUnits.find((u) => u.side === 'soviet' && u.mp > 0)!;
    await click(g, mover.index);
    s = await g.summary();
    expect(s.selectedId).not.toBeNull();
    expect(s.reach.length).toBeGreaterThan(0);
    // Hover the farthest reachable hex: the path and cost are drawn.
    const [farthest] = [...s.reach].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    await hook<void>(g, 'hoverHex', farthest![0]);
    await g.page.screenshot({ path: screenshotPath('play-1-selected') });
    const selected = s.selectedId!;
    await click(g, farthest![0]);
    s = await g.summary();
    expect(s.commands).toBe(1);
    expect(s.visibleUnits.find((u) => u.id === selected)!.index).toBe(farthest![0]);
    expect(s.log.some((l) => l.includes('moved'))).toBe(true);
    await g.page.screenshot({ path: screenshotPath('play-2-moved') });
    // The briefing is a button away.
    await g.page.click('#briefing');
    expect(await g.page.textContent('#briefing-overlay')).toContain('Objectives');
    await g.page.click('#close-briefing');

    const withPreview = await findAttack(g, s);
    expect(withPreview, 'some unit can attack a visible enemy').not.toBeNull();
    // The odds are shown; modifiers are listed when any apply (open ground by day may have none).
    expect(withPreview!.preview!.odds.length).toBeGreaterThan(0);
    expect(await g.page.isVisible('#preview')).toBe(true);
    await g.page.screenshot({ path: screenshotPath('play-3-preview') });
    const logBefore = withPreview!.log.length;
    await g.page.click('#confirm-attack');
    s = await g.summary();
    const combat = s.log.slice(logBefore).join(' ');
    expect(combat).toMatch(/lost \d+ men/);
    await g.page.screenshot({ path: screenshotPath('play-4-result') });

    const japaneseBefore = JSON.stringify((await hook<{ side: string }[]>(g, 'trueUnits')).filter((u) => u.side === 'japanese'));
    await g.page.click('#end-turn');
    s = await waitForHumanTurn(g);
    expect(s.turn).toBe(2);
    expect(s.activeSide).toBe('soviet');
    const japaneseAfter = JSON.stringify((await hook<{ side: string }[]>(g, 'trueUnits')).filter((u) => u.side === 'japanese'));
    // The computer did something with its turn (moved, fired or dug in), not only ended it.
    expect(s.commands).toBeGreaterThan(3);
    expect(japaneseAfter).not.toBe(japaneseBefore);
    await g.page.screenshot({ path: screenshotPath('play-5-after-ai') });
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('plays the tutorial to its end screen', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=3&side=soviet');
    await waitForBattle(g);
    let s = await waitForHumanTurn(g);
    for (let k = 0; k < 40 && !s.result; k++) {
      await hook<boolean>(g, 'send', { type: 'end-turn' });
      s = await waitForHumanTurn(g);
    }
    expect(s.result).not.toBeNull();
    await g.page.waitForSelector('#end-screen', { timeout: 10_000 });
    const text = await g.page.textContent('#end-result');
    expect(text).toMatch(/victory|Draw/);
    expect(await g.page.isVisible('#end-losses')).toBe(true);
    await g.page.screenshot({ path: screenshotPath('play-6-end-screen') });
    // "Play again with this seed" starts the same game afresh.
    await g.page.click('#play-again');
    s = await waitForBattle(g);
    expect(s.seed).toBe(3);
    expect(s.commands).toBe(0);
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

describe('URL, autosave and hotseat', () => {
  fast('starts from a URL with its seed and resumes after a reload', async () => {
    const g = await openGame(browser, '?scenario=azuma-encirclement&seed=424242&side=japanese');
    let s = await waitForBattle(g);
    expect(s.seed).toBe(424242);
    s = await waitForHumanTurn(g);
    await g.page.click('#end-turn');
    s = await waitForHumanTurn(g);
    const commands = s.commands;
    expect(commands).toBeGreaterThan(1);
    await hook<void>(g, 'saved');
    await g.page.reload();
    await g.page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true);
    s = await waitForBattle(g);
    expect(s.seed).toBe(424242);
    expect(s.commands).toBe(commands);
    expect(s.turn).toBe(2);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('hides each side from the other with a hand-over screen', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=5&side=soviet&mode=hotseat');
    let s = await waitForBattle(g);
    await g.page.waitForSelector('#handover', { timeout: 10_000 });
    expect(s.perspective).toBeNull();
    expect(s.visibleUnits).toEqual([]);
    await g.page.screenshot({ path: screenshotPath('hotseat-1-handover') });
    await g.page.click('#handover-ready');
    s = await g.summary();
    expect(s.perspective).toBe('soviet');
    expect(s.visibleUnits.some((u) => u.side === 'soviet')).toBe(true);
    await g.page.click('#end-turn');
    await g.page.waitForSelector('#handover', { timeout: 10_000 });
    s = await g.summary();
    expect(s.activeSide).toBe('japanese');
    expect(s.perspective).toBeNull();
    expect(s.visibleUnits).toEqual([]);
    expect(await g.page.isVisible('#log')).toBe(false);
    await g.page.click('#handover-ready');
    s = await g.summary();
    expect(s.perspective).toBe('japanese');
    // The Japanese player sees their own units and only the Soviet units in their sight.
    expect(s.visibleUnits.some((u) => u.side === 'japanese')).toBe(true);
    await g.page.screenshot({ path: screenshotPath('hotseat-2-japanese') });
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

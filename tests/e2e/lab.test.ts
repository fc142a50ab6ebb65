/**
 * The what-if lab in Chromium: a teacher's `?lab=` link with `start=1` plays 10 Azuma games in each arm in Web
 * Workers, shows "K of N games" and marks its figures provisional while it runs, then the charts, the dots and a row
 * per game; a row opens its replay (which ends on the game's final hash); the CSV downloads; the page has no serious
 * accessibility violation. The same seeds give the same numbers as `npm run -s batch`: its games (final hashes
 * included) and its statistics. "Run games from here" starts the lab from a replay's position.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { loadScenarioGame, runGame } from '../../src/game/node';
import { batchStats, type BatchStats, type GameResultSummary } from '../../src/analysis';
import { applyCommand } from '../../src/engine';
import { parseRecord } from '../../src/replay';
import { reseeded } from '../../src/ui/lab/lab-plan';
import { seriousViolations } from './page-checks';
import { downloadText, launchBrowser, screenshotPath } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn, type GamePage } from './game-page';
import { E2E_RECORDS } from './global-setup';
import { programFile } from '../helpers/cli';
import { deep, fast } from './tier';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'kg-lab-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface LabView {
  status: string;
  done: number;
  total: number;
  workers: number;
  paired: number;
  results: { a: GameResultSummary[]; b: GameResultSummary[] } | null;
  chartsDrawn: number;
  progressText: string;
}

const labOf = (g: GamePage) => hook<LabView | null>(g, 'lab');
const waitForLab = async (g: GamePage, status: string, timeout: number): Promise<LabView> => {
  await g.page.waitForFunction((s) => (window as unknown as { __kg: { lab(): { status: string } | null } }).__kg.lab()?.status === s, status, { timeout, polling: 250 });
  return (await labOf(g))!;
};

/** The lab scrolls inside its own panel: a full screenshot grows the window to its height first. */
const labScreenshot = async (g: GamePage, name: string): Promise<void> => {
  const height = await g.page.evaluate(() => document.querySelector('#lab .wrap')?.scrollHeight ?? 800);
  await g.page.setViewportSize({ width: 1280, height: Math.min(6000, height + 20) });
  await g.page.waitForTimeout(300); // the charts redraw at the new size
  await g.page.screenshot({ path: screenshotPath(name) });
  await g.page.setViewportSize({ width: 1280, height: 800 });
};

describe('the what-if lab', () => {
  deep('runs 10 Azuma games for A and B from a ?lab= link, as batch plays them; charts, rows, replays and the CSV', async () => {
    const g = await openGame(browser, '?lab=azuma-encirclement&runs=10&a=japanese-trucks:100&b=japanese-trucks:400&start=1');
    // While it runs: "K of N games" and the provisional mark.
    await g.page.waitForFunction(() => ((window as unknown as { __kg: { lab(): { done: number } | null } }).__kg.lab()?.done ?? 0) >= 1, null, { timeout: 60_000, polling: 100 });
    const running = (await labOf(g))!;
    if (running.status === 'running') {
      expect(running.progressText).toMatch(/^\d+ of 20 games$/);
      await g.page.waitForSelector('.lab-provisional');
    }
    expect(running.workers).toBeGreaterThanOrEqual(1);
    const lab = await waitForLab(g, 'done', 240_000);
    expect(lab.progressText).toBe('20 of 20 games');
    expect(lab.results!.a.map((r) => r.seed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lab.results!.b.map((r) => r.seed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lab.results!.b.every((r) => r.levers['japanese-trucks'] === 400)).toBe(true);
    expect(await g.page.$('.lab-provisional')).toBeNull();

    // The same seeds give the same numbers as `npm run -s batch` (its first three seeds in each arm: the games, final
    // hashes included, and the statistics stats.json holds).
    for (const [arm, trucks] of [['a', 100], ['b', 400]] as const) {
      const file = join(dir, `batch-${arm}.json`);
      execFileSync(process.execPath, [programFile('batch'), '--scenario', 'azuma-encirclement', '--runs', '3', '--workers', '1', '--set', `japanese-trucks=${trucks}`, '--out', file, '--quiet'], { stdio: 'pipe' });
      const stats = JSON.parse(readFileSync(file, 'utf8')) as BatchStats & { games: GameResultSummary[] };
      const games = lab.results![arm].slice(0, 3);
      expect(games).toEqual(stats.games);
      const mine = JSON.parse(JSON.stringify(batchStats(games))) as BatchStats;
      expect({ wins: stats.wins, losses: stats.losses, events: stats.events, points: stats.points, margin: stats.margin }).toEqual({ wins: mine.wins, losses: mine.losses, events: mine.events, points: mine.points, margin: mine.margin });
    }

    // Charts drawn, a dot per game, a row per game, the comparison's sentences.
    await g.page.waitForFunction(() => document.querySelectorAll('.lab-chart canvas').length > 0 && (window as unknown as { __kg: { lab(): { chartsDrawn: number } } }).__kg.lab().chartsDrawn === document.querySelectorAll('.lab-chart canvas').length, null, { timeout: 20_000 });
    expect((await labOf(g))!.chartsDrawn).toBeGreaterThanOrEqual(4);
    expect(await g.page.locator('circle.lab-dot').count()).toBe(20);
    expect(await g.page.locator('tr.lab-run').count()).toBe(20);
    expect(await g.page.textContent('.lab-counts')).toMatch(/of 10 games ended in a (Soviet|Japanese) victory/);
    await labScreenshot(g, 'lab-results');
    expect(await seriousViolations(g.page, '#lab')).toEqual([]);

    // The CSV: a header and a row per game, arm and run first, the lever columns named.
    const [download] = await Promise.all([g.page.waitForEvent('download'), g.page.click('#lab-csv')]);
    const csv = (await downloadText(download)).trim().split('\n');
    expect(csv.length).toBe(21);
    expect(csv[0]).toMatch(/^arm,run,seed,/);
    expect(csv[0]).toContain('Japanese motor transport');
    expect(csv[1]).toMatch(/^A,1,1,/);
    expect(csv[2]).toMatch(/^B,1,1,/);

    // The report: one HTML file with the charts as pictures and the same link.
    const [report] = await Promise.all([g.page.waitForEvent('download'), g.page.click('#lab-report')]);
    const html = (await downloadText(report));
    expect(report.suggestedFilename()).toBe('azuma-encirclement-10runs-seed1.lab-report.html');
    expect(html).toContain('?lab=azuma-encirclement&amp;runs=10&amp;a=japanese-trucks:100&amp;b=japanese-trucks:400&amp;start=1');
    expect((html.match(/<img src="data:image\/png;base64,/g) ?? []).length).toBe((await labOf(g))!.chartsDrawn);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('<script');

    // A row opens its game's replay, which plays to the game's final hash; the way back leads to the lab.
    await g.page.click('tr.lab-run[data-arm="b"][data-run="1"] button.lab-watch');
    await g.page.waitForFunction(() => (window as unknown as { __kg: { replay(): { sceneReady: boolean } | null } }).__kg.replay()?.sceneReady === true, null, { timeout: 60_000 });
    await hook(g, 'replaySeek', 1_000_000);
    const end = await hook<{ hash: string }>(g, 'replay');
    expect(end.hash).toBe(lab.results!.b[1]!.finalHash);
    await g.page.screenshot({ path: screenshotPath('lab-replay') });
    await g.page.click('#to-menu');
    await g.page.waitForSelector('#lab:not(.hidden) #lab-results');
    expect(await g.page.evaluate(() => (window as unknown as { __kg: { screen: string } }).__kg.screen)).toBe('lab');
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('runs games from a replay’s position and sets the player’s own result among them', async () => {
    const text = readFileSync(`dist-e2e/${E2E_RECORDS.tutorial}`, 'utf8');
    const parsed = parseRecord(text);
    if (!parsed.ok) throw new Error('record');
    const at = 30;
    const g = await openGame(browser, `?replay=${E2E_RECORDS.tutorial}&command=${at}`);
    await g.page.waitForFunction(() => (window as unknown as { __kg: { replay(): { sceneReady: boolean } | null } }).__kg.replay()?.sceneReady === true, null, { timeout: 60_000 });
    expect((await hook<{ position: number }>(g, 'replay')).position).toBe(at);
    await g.page.click('#replay-lab');
    await g.page.waitForSelector('#lab-setup');
    expect(await g.page.textContent('.lab-from')).toContain(`command ${at} of ${parsed.record.commands.length}`);
    // The address names the record, the position and the lab: a reload comes back to this lab, not to the viewer.
    expect(g.page.url()).toContain('labFromHere=1');
    await g.page.reload();
    await g.page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true, null, { timeout: 30_000 });
    await g.page.waitForSelector('#lab-setup');
    expect(await g.page.textContent('.lab-from')).toContain(`command ${at} of ${parsed.record.commands.length}`);
    await g.page.fill('#lab-runs', '4');
    await g.page.click('#lab-run');
    const lab = await waitForLab(g, 'done', 120_000);
    expect(lab.results!.a.length).toBe(4);
    expect(await g.page.textContent('#lab-own')).toMatch(/Of the computer's 4 games from the same moment/);
    // Node plays the first run the same way: the position, its dice re-seeded for run seed 1.
    const loaded = loadScenarioGame('tutorial');
    if (!loaded.ok) throw new Error(loaded.message);
    const start = loaded.start(Number(parsed.record.seed), parsed.record.levers);
    if (!start.ok) throw new Error(start.message);
    let state = start.state;
    for (const c of parsed.record.commands.slice(0, at)) {
      const r = applyCommand(state, c.command);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    const first = runGame({ state: reseeded(state, parsed.record.seed, at, 1), plan: loaded.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed: 1, levers: start.levers, engineVersion: loaded.engineVersion }).summary;
    expect(lab.results!.a[0]).toEqual(first);
    await labScreenshot(g, 'lab-from-here');
    // A run's replay starts at the position it was played from.
    await g.page.click('tr.lab-run[data-run="0"] button.lab-watch');
    await g.page.waitForFunction(() => (window as unknown as { __kg: { replay(): { sceneReady: boolean } | null } }).__kg.replay()?.sceneReady === true, null, { timeout: 60_000 });
    expect((await hook<{ turn: number }>(g, 'replay')).turn).toBe(state.turn);
    await hook(g, 'replaySeek', 1_000_000);
    expect((await hook<{ hash: string }>(g, 'replay')).hash).toBe(first.finalHash);
    expect(await g.page.$('#replay-download')).toBeNull();
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('names every bad parameter of a lab link', async () => {
    const g = await openGame(browser, '?lab=nowhere&runs=many&a=japanese-trucks:9000&b=no-such-lever:3');
    await g.page.waitForSelector('#lab-setup');
    await g.page.waitForSelector('#notices');
    const text = (await g.page.textContent('#notices')) ?? '';
    expect(text).toContain('There is no scenario "nowhere"');
    expect(text).toContain('runs=many is not a whole number');
    expect(text).toMatch(/A: .*9000 is not allowed/);
    expect(text).toContain('B: This scenario has no lever "no-such-lever"');
    expect(await labOf(g)).toMatchObject({ status: 'setup' });
    // The setup by keyboard: no serious axe violation, every control reached by Tab with a visible focus.
    await g.page.click('#notices-close');
    expect(await seriousViolations(g.page, '#lab')).toEqual([]);
    const stops: { id: string; outlined: boolean }[] = [];
    for (let k = 0; k < 60; k++) {
      await g.page.keyboard.press('Tab');
      const stop = await g.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const css = getComputedStyle(el);
        return { id: el.id || el.tagName, outlined: (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0) || css.boxShadow !== 'none' };
      });
      if (stop) stops.push(stop);
    }
    for (const id of ['lab-scenario', 'lab-runs', 'lab-seed', 'lab-level-soviet', 'lab-level-japanese', 'lab-use-b', 'lab-prediction', 'lab-run', 'lab-menu']) expect(stops.map((st) => st.id)).toContain(id);
    expect(stops.filter((st) => !st.outlined)).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('draws its dot plot for a phone’s width, and again for a desk’s when the screen widens', async () => {
    const g = await openGame(browser);
    await g.page.setViewportSize({ width: 390, height: 844 });
    await g.page.goto(`${g.page.url().split('?')[0]}?lab=tutorial&runs=6&b=tutorial-japanese-strength:150&start=1`);
    await g.page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true, null, { timeout: 20_000 });
    await waitForLab(g, 'done', 120_000);
    const viewBoxWidth = () => g.page.$eval('svg.lab-dots', (svg) => Number(svg.getAttribute('viewBox')!.split(' ')[2]));
    // Drawn at the phone's width (less the page's margins), not a desk's 760 scaled to half size.
    const phone = await viewBoxWidth();
    expect(phone).toBeGreaterThanOrEqual(300);
    expect(phone).toBeLessThanOrEqual(390);
    const box = await g.page.$eval('svg.lab-dots', (svg) => svg.getBoundingClientRect().width);
    expect(Math.abs(box - phone)).toBeLessThanOrEqual(24);
    await g.page.setViewportSize({ width: 1280, height: 800 });
    await g.page.waitForFunction(() => document.querySelector('svg.lab-dots')?.getAttribute('viewBox')?.startsWith('0 0 760 ') === true, null, { timeout: 10_000 });
    expect(g.errors).toEqual([]);
    await g.close();
  });

  fast('opens from the menu, and a cancelled run keeps its finished games, compares whole pairs and stays provisional', async () => {
    const g = await openGame(browser);
    await g.page.click('.card[data-scenario="tutorial"]');
    await g.page.click('#open-lab');
    await g.page.waitForSelector('#lab-setup');
    expect(await g.page.inputValue('#lab-scenario')).toBe('tutorial');
    expect(await g.page.isChecked('#lab-use-b')).toBe(true);
    await g.page.fill('#lab-runs', '40');
    await g.page.fill('#lab-b-tutorial-japanese-strength', '150');
    await g.page.click('#lab-run');
    await g.page.waitForFunction(() => ((window as unknown as { __kg: { lab(): { done: number } | null } }).__kg.lab()?.done ?? 0) >= 5, null, { timeout: 60_000, polling: 50 });
    await g.page.click('#lab-cancel');
    const lab = (await labOf(g))!;
    expect(lab.status).toBe('cancelled');
    expect(lab.total).toBe(80);
    const a = lab.results!.a.length;
    const b = lab.results!.b.length;
    expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.max(1, lab.workers));
    expect(lab.paired).toBe(Math.min(a, b));
    expect(lab.results!.b.every((r) => r.levers['tutorial-japanese-strength'] === 150)).toBe(true);
    await g.page.waitForSelector('.lab-provisional');
    expect(await g.page.textContent('#lab-progress')).toContain('Stopped.');
    expect(g.page.url()).toContain('lab=tutorial');
    expect(g.page.url()).toContain('b=tutorial-japanese-strength:150');
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('runs games from a position of a saved game (Saved games → Watch → Run games from here)', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=77&side=soviet');
    await waitForBattle(g);
    await waitForHumanTurn(g);
    await g.page.click('#end-turn');
    const played = await waitForHumanTurn(g);
    await hook<void>(g, 'saved');
    await g.page.click('#to-menu');
    await g.page.click('#saved-games tr[data-save] .save-watch');
    await g.page.waitForFunction(() => (window as unknown as { __kg: { replay(): { sceneReady: boolean } | null } }).__kg.replay()?.sceneReady === true, null, { timeout: 60_000 });
    await hook(g, 'replaySeek', played.commands);
    await g.page.click('#replay-lab');
    await g.page.waitForSelector('#lab-setup');
    expect(await g.page.textContent('.lab-from')).toContain(`command ${played.commands} of ${played.commands}`);
    expect(await g.page.textContent('.lab-from')).toContain('not finished');
    await g.page.fill('#lab-runs', '2');
    await g.page.click('#lab-run');
    const lab = await waitForLab(g, 'done', 60_000);
    expect(lab.results!.a.map((r) => r.seed)).toEqual([1, 2]);
    expect(lab.results!.a.every((r) => r.turnsPlayed >= played.turn)).toBe(true);
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

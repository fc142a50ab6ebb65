/**
 * The replay viewer in Chromium: a game played in the page, downloaded, opened in a fresh browser from the file,
 * stepped back and forward and jumped to its end gives the same hash as Node replaying the same file (which verifies
 * it); a `sim --record` August record opens by `?replay=` and by a share link at `&turn=30`; a tampered record shows
 * where it diverges; a branch taken at turn 3 plays on to the end.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ReplayCursor } from '../../src/replay/replay-cursor';
import { parseRecord } from '../../src/replay/record';
import { hashState } from '../../src/engine/hash';
import { parseScenario } from '../../src/scenario/parse';
import { createGame } from '../../src/scenario/create-game';
import { applyCommand } from '../../src/engine/apply-command';
import { legalCommands } from '../../src/engine/legal-commands';
import { viewFor } from '../../src/engine/vision';
import { launchBrowser, screenshotPath } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn, type GamePage } from './game-page';
import { E2E_RECORDS } from './global-setup';
import { programFile } from '../helpers/cli';
import { deep, fast } from './tier';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'kg-replay-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface ReplaySummary {
  sceneReady: boolean;
  position: number;
  turn: number;
  hash: string;
  result: unknown;
}

const replayOf = (g: GamePage) => hook<ReplaySummary | null>(g, 'replay');
const waitForReplay = async (g: GamePage): Promise<ReplaySummary> => {
  await g.page.waitForFunction(() => (window as unknown as { __kg: { replay(): { sceneReady: boolean } | null } }).__kg.replay()?.sceneReady === true, null, { timeout: 60_000 });
  return (await replayOf(g))!;
};

/**
 * Node's own replay of a record file: the cursor (which checks every turn's hash as it opens), and with `cli` also
 * `replay --verify` run as a user would (throws unless it exits 0).
 */
const nodeReplay = (file: string, cli = true) => {
  const text = readFileSync(file, 'utf8');
  const parsed = parseRecord(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const scenario = parseScenario(readFileSync(`scenarios/${parsed.record.scenarioId}.json`, 'utf8'));
  if (!scenario.ok) throw new Error('scenario');
  const opened = ReplayCursor.open(scenario.scenario, parsed.record);
  if (!opened.ok) throw new Error(opened.reason);
  expect(opened.cursor.divergence).toBeNull();
  if (cli) execFileSync(process.execPath, [programFile('replay'), file, '--verify'], { stdio: 'pipe' });
  return opened.cursor;
};

const openFile = async (page: Page, file: string): Promise<void> => {
  await page.waitForSelector('#open-record', { state: 'attached' });
  await page.setInputFiles('#open-record', file);
};

describe('undo in a live game', () => {
  fast('takes back a move that showed nothing new, but not an attack', async () => {
    // The first Soviet move of the tutorial (seed 21) that spots no enemy and draws no dice, found in Node.
    const scenario = parseScenario(readFileSync('scenarios/tutorial.json', 'utf8'));
    if (!scenario.ok) throw new Error('scenario');
    const start = createGame(scenario.scenario, { seed: 21, levers: {} });
    const seen = new Set(viewFor(start, 'soviet').seen);
    const quiet = legalCommands(start, 'soviet').find((c) => {
      if (c.type !== 'move') return false;
      const r = applyCommand(start, c);
      return r.ok && JSON.stringify(r.state.rng) === JSON.stringify(start.rng) && viewFor(r.state, 'soviet').seen.every((id) => seen.has(id));
    })!;
    const g = await openGame(browser, '?scenario=tutorial&seed=21&side=soviet');
    await waitForBattle(g);
    await waitForHumanTurn(g);
    expect(await g.page.isDisabled('#undo')).toBe(true);
    expect(await hook<boolean>(g, 'send', quiet)).toBe(true);
    expect((await g.summary()).commands).toBe(1);
    expect(await g.page.isDisabled('#undo')).toBe(false);
    await g.page.keyboard.press('Control+z');
    expect((await g.summary()).commands).toBe(0);
    expect((await hook<{ hash: string }>(g, 'replayProof')).hash).toBe(hashState(start));
    // An attack cannot be taken back.
    const attack = legalCommands(start, 'soviet').find((c) => c.type === 'bombard' || c.type === 'fire' || c.type === 'attack');
    if (attack) {
      expect(await hook<boolean>(g, 'send', attack)).toBe(true);
      expect(await g.page.isDisabled('#undo')).toBe(true);
      await g.page.keyboard.press('Control+z');
      expect((await g.summary()).commands).toBe(1);
    }
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

describe('the replay viewer', () => {
  fast('replays a game played here, from its downloaded file, to the same hash as Node', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=21&side=soviet');
    await waitForBattle(g);
    await waitForHumanTurn(g);
    for (let k = 0; k < 3; k++) {
      await hook<boolean>(g, 'send', { type: 'end-turn' });
      await waitForHumanTurn(g);
    }
    const proof = await hook<{ hash: string; commands: unknown[] }>(g, 'replayProof');
    const file = join(dir, 'played.record.json');
    writeFileSync(file, (await hook<string>(g, 'recordText'))!);
    await g.close();
    const cursor = nodeReplay(file);
    expect(hashState(cursor.last)).toBe(proof.hash);

    const v = await openGame(browser, '');
    await openFile(v.page, file);
    let r = await waitForReplay(v);
    expect(r.position).toBe(0);
    await v.page.keyboard.press('End');
    r = (await replayOf(v))!;
    expect(r.position).toBe(cursor.length);
    expect(r.hash).toBe(proof.hash);
    await v.page.keyboard.press('ArrowLeft');
    await v.page.keyboard.press('ArrowLeft');
    r = (await replayOf(v))!;
    expect(r.position).toBe(cursor.length - 2);
    expect(r.hash).toBe(hashState(cursor.seek(cursor.length - 2)));
    await v.page.click('#replay-forward');
    await v.page.click('#replay-forward');
    expect((await replayOf(v))!.hash).toBe(proof.hash);
    await v.page.click('#replay-first');
    expect((await replayOf(v))!.position).toBe(0);
    expect(v.errors).toEqual([]);
    await v.close();
  });

  deep('opens an August record made by sim --record by ?replay= at turn 30, and by its share link', async () => {
    const cursor = nodeReplay(`dist-e2e/${E2E_RECORDS.august}`, false);
    const g = await openGame(browser, `?replay=${E2E_RECORDS.august}&turn=30`);
    const r = await waitForReplay(g);
    expect(r.turn).toBe(30);
    expect(r.position).toBe(cursor.turnStart(30));
    expect(r.hash).toBe(hashState(cursor.seek(cursor.turnStart(30))));
    expect(await g.page.textContent('#turn')).toBe(`Turn 30 of 48`);
    await g.page.screenshot({ path: screenshotPath('replay-august-turn-30') });
    // The address keeps the position.
    expect(g.page.url()).toMatch(/turn=30&command=\d+/);
    await g.page.click('#replay-share');
    const link = (await hook<string | null>(g, 'lastShareUrl'))!;
    expect(link).toMatch(/#record=[A-Za-z0-9_-]+$/);
    await g.close();

    const s = await openGame(browser, link.slice(link.indexOf('?')));
    const shared = await waitForReplay(s);
    expect(shared.turn).toBe(30);
    expect(shared.hash).toBe(r.hash);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  deep('shows where a tampered record diverges, and plays up to there', async () => {
    const text = readFileSync(`dist-e2e/${E2E_RECORDS.tutorial}`, 'utf8');
    const doc = JSON.parse(text) as { turnHashes: string[] };
    doc.turnHashes[3] = '0123456789abcdef';
    const file = join(dir, 'tampered.record.json');
    writeFileSync(file, JSON.stringify(doc));
    const g = await openGame(browser, '');
    await openFile(g.page, file);
    await waitForReplay(g);
    await g.page.waitForSelector('#replay-divergence:not(.hidden)');
    expect(await g.page.textContent('#replay-divergence')).toMatch(/diverges from the rules at turn 4/);
    await g.page.screenshot({ path: screenshotPath('replay-divergence') });
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('takes command at turn 3 and plays the branch to its end', async () => {
    const g = await openGame(browser, `?replay=${E2E_RECORDS.tutorial}&turn=3`);
    const r = await waitForReplay(g);
    expect(r.turn).toBe(3);
    await g.page.selectOption('#replay-take', 'soviet');
    let s = await waitForBattle(g);
    expect(s.commands).toBe(r.position);
    expect(s.turn).toBe(3);
    s = await waitForHumanTurn(g);
    for (let k = 0; k < 40 && !s.result; k++) {
      await hook<boolean>(g, 'send', { type: 'end-turn' });
      s = await waitForHumanTurn(g);
    }
    expect(s.result).not.toBeNull();
    await g.page.waitForSelector('#end-screen');
    // The end screen compares with the game it branched from as well as with history.
    expect(await g.page.textContent('#end-parent')).toMatch(/The game you branched from: (Soviet|Japanese) (decisive|marginal) victory|a draw/);
    await g.page.screenshot({ path: screenshotPath('replay-branch-end') });
    const record = JSON.parse((await hook<string>(g, 'recordText'))!) as { parent?: { commandIndex: number }; control?: unknown[] };
    expect(record.parent?.commandIndex).toBe(r.position);
    expect(record.control).toHaveLength(2);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('shows a saved game’s branches and opens them', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=31&side=soviet');
    await waitForBattle(g);
    await waitForHumanTurn(g);
    for (let k = 0; k < 3; k++) {
      await hook<boolean>(g, 'send', { type: 'end-turn' });
      await waitForHumanTurn(g);
    }
    await hook<void>(g, 'saved');
    await g.page.click('#to-menu');
    await g.page.click('#saved-games tr[data-save] .save-watch');
    await waitForReplay(g);
    await g.page.keyboard.press('Home');
    await g.page.keyboard.press('PageDown');
    const at = (await replayOf(g))!;
    expect(at.turn).toBe(2);
    await g.page.selectOption('#replay-take', 'japanese');
    const s = await waitForBattle(g);
    expect(s.perspective).toBe('japanese');
    await hook<void>(g, 'saved');
    await g.page.click('#to-menu');
    // The original is the older of the two saved games: watch it and find its branch.
    const rows = g.page.locator('#saved-games tr[data-save]');
    expect(await rows.count()).toBe(2);
    await rows.nth(1).locator('.save-watch').click();
    await waitForReplay(g);
    await g.page.waitForSelector('#replay-family:not(.hidden)');
    expect(await g.page.textContent('#replay-family')).toMatch(/branches off at turn 2/);
    await g.page.click('#replay-family summary');
    await g.page.click('#replay-family .family-seek');
    expect((await replayOf(g))!.position).toBe(at.position);
    await g.page.click('#replay-family .family-open');
    await g.page.waitForFunction(() => document.querySelector('#replay-family')?.textContent?.includes('Branched from'));
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

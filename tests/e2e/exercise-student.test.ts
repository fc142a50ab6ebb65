/**
 * A student's exercise in a real browser: a fresh profile opens an exercise from a file (the menu's "Open exercise…")
 * and one from `?exercise=`, plays the battle, answers the questions and downloads the result file — which parses,
 * checks, names the student, carries a record that `replay --verify` accepts and the after-action report. A hostile
 * title is shown as text. The exercise page and the end screen's report are photographed at desktop and phone sizes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { parseResult, type ExerciseResult } from '../../src/exercise';
import { downloadText, launchBrowser, SCREENSHOT_DIR } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn, type GamePage } from './game-page';
import { deep, fast } from './tier';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Screenshots go to the project's git-ignored folder (browser.ts), for a person to look at. */
const SHOTS = SCREENSHOT_DIR;
const HOSTILE = '<img src=x onerror=alert(1)>';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'kg-exercise-e2e-'));
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});


/** A whole screen, scrolled panels included: the window grows to the page's height for the picture. */
const shoot = async (page: Page, name: string, width: number, height: number, scroller: string): Promise<void> => {
  await page.setViewportSize({ width, height });
  const full = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el?.scrollTo(0, 0);
    return el?.scrollHeight ?? 0;
  }, scroller);
  await page.setViewportSize({ width, height: Math.max(height, Math.min(full + 40, 4000)) });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewportSize({ width, height });
};

/** Moves one of the player's units as far as it can go (a real order through the map's clicks). */
const moveOneUnit = async (g: GamePage): Promise<void> => {
  const s = await g.summary();
  const side = s.perspective;
  for (const u of s.visibleUnits.filter((x) => x.side === side && x.mp > 0)) {
    await hook<void>(g, 'clickHex', u.index);
    const now = await g.summary();
    if (now.selectedId === u.id && now.reach.length > 0) {
      const [far] = [...now.reach].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      await hook<void>(g, 'clickHex', far![0]);
      return;
    }
  }
};

/** Ends the player's turns (after a few orders in the first) until the game is over. */
const playToTheEnd = async (g: GamePage, maxTurns: number): Promise<void> => {
  for (let t = 0; t < maxTurns; t++) {
    const s = await waitForHumanTurn(g, 90_000);
    if (s.result) return;
    if (t < 2) await moveOneUnit(g);
    await hook<boolean>(g, 'send', { type: 'end-turn' });
  }
  const last = await waitForHumanTurn(g, 90_000);
  expect(last.result, 'the game ended').not.toBeNull();
};

const downloadResult = async (g: GamePage): Promise<{ fileName: string; result: ExerciseResult; checksumOk: boolean; text: string }> => {
  const [download] = await Promise.all([g.page.waitForEvent('download'), g.page.click('#ex-download')]);
  const text = (await downloadText(download));
  const parsed = parseResult(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { fileName: download.suggestedFilename(), result: parsed.result, checksumOk: parsed.checksumOk, text };
};

/** `npm run -s replay -- FILE --verify` on the result's first game record. */
const verifyRecord = (result: ExerciseResult, name: string): { status: number | null; stdout: string; stderr: string } => {
  const file = join(dir, `${name}.record.json`);
  writeFileSync(file, JSON.stringify(result.games[0]!.record));
  const r = spawnSync('npm', ['run', '-s', 'replay', '--', file, '--verify'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('a student’s exercise', () => {
  fast('opens from a file with a hostile title shown as text, plays, answers and hands in a result file', async () => {
    const file = join(dir, 'tutorial-exercise.json');
    writeFileSync(
      file,
      JSON.stringify({
        exerciseVersion: 1,
        id: 'tutorial-hostile',
        title: HOSTILE,
        scenarioId: 'tutorial',
        briefing: `First paragraph ${HOSTILE}.\n\nSecond paragraph.`,
        play: { sides: ['soviet'], difficulty: 'recruit', seeds: [3, 8] },
        levers: { open: [{ id: 'tutorial-japanese-strength' }] },
        teacherNotes: 'Only for the teacher: watch the ford.',
        lab: { allowed: true, runs: 3, measures: ['winner', 'points'] },
      }),
    );
    const g = await openGame(browser);
    const dialogs: string[] = [];
    g.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await g.page.click('#open-exercise');
    await g.page.waitForSelector('#ex-open-file');
    // The three shipped exercises are listed by title.
    await g.page.waitForFunction(() => [...document.querySelectorAll('#ex-bundled button')].filter((b) => b.textContent?.includes(':')).length === 3);
    await g.page.setInputFiles('#ex-open-file', file);
    await g.page.waitForSelector('#ex-title');
    // The title and briefing are text: no element was made from them, nothing ran.
    expect(await g.page.textContent('#ex-title')).toBe(HOSTILE);
    expect(await g.page.$$eval('#exercise img', (imgs) => imgs.length)).toBe(0);
    expect(await g.page.$$eval('#ex-briefing p', (ps) => ps.length)).toBe(2);
    // The teacher's notes are folded away.
    expect(await g.page.isVisible('#ex-teacher summary')).toBe(true);
    expect(await g.page.isVisible('#ex-teacher .ex-briefing')).toBe(false);

    await g.page.fill('#ex-student', 'Anna Łukasik');
    await g.page.fill('#ex-class', '9B');
    await g.page.fill('#ex-attempt', '2');
    await g.page.fill('#ex-prediction', 'The Soviet side holds the ford.');
    expect(await g.page.textContent('#ex-seed')).toContain('plays seed 8');
    await g.page.click('#ex-play');
    const s = await waitForBattle(g, 30_000);
    expect([s.scenarioId, s.seed, s.perspective]).toEqual(['tutorial', 8, 'soviet']);
    await playToTheEnd(g, 10);
    await g.page.waitForSelector('#end-screen #aar-summary li');
    // The computer's three games with the same levers fill in the comparison.
    await g.page.waitForFunction(() => document.querySelector('#aar-among')?.textContent?.startsWith('Of 3 computer games'), null, { timeout: 120_000 });
    await g.page.click('#end-exercise');
    await g.page.waitForSelector('#ex-game-status');
    expect(await g.page.textContent('#ex-game-status')).toContain('seed 8');
    // The exercise page carries the game's report too, with the comparison the end screen played.
    expect(await g.page.textContent('#ex-game #aar-among')).toMatch(/^Of 3 computer games/);
    await g.page.click('#ex-game #aar-timeline summary');
    await shoot(g.page, 'play-exercise-game-1440', 1440, 900, '#exercise');
    const questions = await g.page.$$eval('#exercise textarea[data-question]', (ts) => ts.map((t) => t.id));
    expect(questions).toHaveLength(3);
    for (const [i, id] of questions.entries()) await g.page.fill(`#${id}`, `Answer ${i + 1}: the ford decided it.`);
    // The lab from the exercise: history's levers (A) against the student's (B), three games each, and back.
    await g.page.click('#ex-lab');
    await g.page.waitForFunction(() => (window as unknown as { __kg: { lab(): { status: string } | null } }).__kg.lab()?.status === 'done', null, { timeout: 120_000 });
    expect(await g.page.textContent('#lab-menu')).toBe('Back to the exercise');
    // The levers are the exercise page's, shown and not changed here; only the measures the teacher chose are shown.
    expect(await g.page.$$eval('#lab-setup input[data-lever]', (els) => els.length)).toBe(0);
    expect(await g.page.textContent('#lab-locked')).toContain('set them on the exercise page');
    expect(await g.page.$('#chart-points')).not.toBeNull();
    expect(await g.page.$$eval('.lab-chart canvas', (cs) => cs.map((c) => c.id))).toEqual(['chart-points']);
    expect(await g.page.$('.lab-history')).toBeNull();
    await g.page.click('#lab-menu');
    await g.page.waitForSelector('#ex-title');
    expect(await g.page.inputValue(`#${questions[0]!}`)).toBe('Answer 1: the ford decided it.');

    const { fileName, result, checksumOk, text } = await downloadResult(g);
    expect(fileName).toBe('9B_Anna-Łukasik_2.json');
    expect(checksumOk).toBe(true);
    expect(result).toMatchObject({ student: 'Anna Łukasik', className: '9B', attempt: 2, prediction: 'The Soviet side holds the ford.' });
    expect(result.exercise.title).toBe(HOSTILE);
    expect(result.choices).toMatchObject({ side: 'soviet', seed: 8, difficulty: 'recruit', played: true });
    expect(result.answers.map((a) => a.text)).toEqual(['Answer 1: the ford decided it.', 'Answer 2: the ford decided it.', 'Answer 3: the ford decided it.']);
    expect(result.games).toHaveLength(1);
    expect(result.games[0]!.outcome.finished).toBe(true);
    expect(result.afterAction?.summary.length).toBeGreaterThan(1);
    expect(result.afterAction?.amongComputer?.runs).toBe(3);
    expect(result.lab?.runs).toBe(3);
    expect(result.lab!.wins.soviet + result.lab!.wins.japanese + result.lab!.wins.draw).toBe(3);
    expect(text).not.toContain('watch the ford');
    const verified = verifyRecord(result, 'tutorial');
    expect(verified.stderr).toBe('');
    expect(verified.stdout).toMatch(/^tutorial record: ok — seed 8/);
    expect(verified.status).toBe(0);
    expect(dialogs).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('opens a shipped exercise from ?exercise=, keeps the draft through a reload, plays and hands in an unfinished game', async () => {
    const g = await openGame(browser, '?exercise=bundled:yasuoka-night-attack');
    await g.page.waitForSelector('#ex-title');
    expect(await g.page.textContent('#ex-title')).toBe('Yasuoka: what if the infantry had kept up with the tanks?');
    await g.page.fill('#ex-student', 'Ben Ito');
    await g.page.fill('#ex-class', '10A');
    await g.page.fill('#ex-answer-close-run', 'Closer than it looks.');
    // The infantry lever to its earliest: the infantry starts with the tanks.
    await g.page.$eval('#ex-lever-yasuoka-keeps-infantry', (el) => {
      const input = el as HTMLInputElement;
      input.value = input.min;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await g.page.click('#ex-clock-start');
    expect(await g.page.textContent('#ex-clock')).toContain('Now: Briefing');
    // No serious or critical accessibility problem on the student's page (every field labelled, contrast).
    const axe = await new AxeBuilder({ page: g.page }).include('#exercise').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await shoot(g.page, 'play-exercise-1440', 1440, 900, '#exercise');
    await shoot(g.page, 'play-exercise-390', 390, 844, '#exercise');
    await g.page.setViewportSize({ width: 1280, height: 800 });
    await g.page.waitForTimeout(600);
    await g.page.reload();
    await g.page.waitForSelector('#ex-title');
    expect(await g.page.inputValue('#ex-student')).toBe('Ben Ito');
    expect(await g.page.inputValue('#ex-answer-close-run')).toBe('Closer than it looks.');
    expect(await g.page.inputValue('#ex-lever-yasuoka-keeps-infantry')).toBe('-3');
    await g.page.click('#ex-play');
    const s = await waitForBattle(g, 30_000);
    expect([s.scenarioId, s.seed, s.perspective]).toEqual(['yasuoka-night-attack', 3, 'japanese']);
    await waitForHumanTurn(g, 90_000);
    await moveOneUnit(g);
    await hook<boolean>(g, 'send', { type: 'end-turn' });
    await waitForHumanTurn(g, 90_000);
    await hook<void>(g, 'saved');
    // A reload in the middle of the game comes back to the game, still linked to its exercise.
    expect(g.page.url()).toContain('exercise=bundled%3Ayasuoka-night-attack');
    await g.page.reload();
    await g.page.waitForFunction(() => (window as unknown as { __kg?: { summary?: () => { sceneReady: boolean } | null } }).__kg?.summary?.()?.sceneReady === true, null, { timeout: 30_000 });
    const resumed = await g.summary();
    expect([resumed.scenarioId, resumed.turn]).toEqual(['yasuoka-night-attack', 2]);
    const linked = await hook<{ gameId: string | null }>(g, 'exercise');
    expect(g.page.url()).toContain(`game=${linked.gameId}`);
    // Out to the menu and back in through the saved-games list: the game comes back linked to its exercise.
    await g.page.goto(`${g.page.url().split('?')[0]}`);
    await g.page.waitForSelector(`#saved-games tr[data-save="${linked.gameId}"] .save-continue`);
    await g.page.click(`#saved-games tr[data-save="${linked.gameId}"] .save-continue`);
    await g.page.waitForFunction(() => (window as unknown as { __kg?: { summary?: () => { sceneReady: boolean } | null } }).__kg?.summary?.()?.sceneReady === true, null, { timeout: 30_000 });
    expect((await hook<{ gameId: string | null }>(g, 'exercise')).gameId).toBe(linked.gameId);
    expect(g.page.url()).toContain('exercise=');
    // Back to the exercise by the address (a student reopening the lesson's link).
    await g.page.goto(`${g.page.url().split('?')[0]}?exercise=bundled:yasuoka-night-attack`);
    await g.page.waitForSelector('#ex-game-status');
    expect(await g.page.textContent('#ex-game-status')).toContain('not finished');
    const { result, checksumOk } = await downloadResult(g);
    expect(checksumOk).toBe(true);
    expect(result.student).toBe('Ben Ito');
    expect(result.choices.levers['yasuoka-keeps-infantry']).toBe(-3);
    expect(result.games[0]!.outcome).toMatchObject({ finished: false });
    expect(result.afterAction?.summary[0]).toMatch(/^Handed in unfinished on turn 2/);
    const verified = verifyRecord(result, 'yasuoka');
    expect(verified.stdout).toMatch(/^yasuoka-night-attack record: ok — seed 3/);
    expect(verified.status).toBe(0);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('refuses other schemes and says what failed', async () => {
    const g = await openGame(browser, '?exercise=javascript:alert(1)');
    await g.page.waitForSelector('#ex-problems');
    expect(await g.page.textContent('#ex-problems')).toContain('"javascript:" addresses are refused');
    await g.page.goto(`${g.page.url().split('?')[0]}?exercise=nowhere/missing.json`);
    await g.page.waitForSelector('#ex-problems');
    expect(await g.page.textContent('#ex-problems')).toMatch(/missing\.json (could not be fetched: the server answered 404|is a web page, not an exercise file)/);
    await g.close();
  });

  deep('opens a shipped exercise offline once the game has been visited', async () => {
    const g = await openGame(browser);
    await g.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await g.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await g.page.context().setOffline(true);
    await g.page.goto(`${g.page.url().split('?')[0]}?exercise=bundled:august-offensive`);
    await g.page.waitForSelector('#ex-title', { timeout: 30_000 });
    expect(await g.page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await g.page.textContent('#ex-title')).toBe('August: what if the Japanese had read the Soviet build-up?');
    expect(await g.page.$$eval('#ex-side input[type=radio]', (r) => r.length)).toBe(2);
    await g.close();
  });

  deep('shows the after-action report against history on the end screen of an August-free battle (Azuma, played to the end)', async () => {
    // The shipped Azuma exercise, with four computer games for the comparison instead of its twenty (the fast tier's
    // time goes on the student's game, not on the computer's).
    const shipped = JSON.parse(readFileSync('scenarios/exercises/azuma-encirclement.json', 'utf8')) as { lab: { runs: number } };
    const file = join(dir, 'azuma-four-runs.json');
    writeFileSync(file, JSON.stringify({ ...shipped, lab: { ...shipped.lab, runs: 4 } }));
    const g = await openGame(browser);
    await g.page.click('#open-exercise');
    await g.page.waitForSelector('#ex-open-file');
    await g.page.setInputFiles('#ex-open-file', file);
    await g.page.waitForSelector('#ex-title');
    await g.page.click('#ex-play');
    await waitForBattle(g, 30_000);
    await playToTheEnd(g, 22);
    await g.page.waitForSelector('#end-screen #aar-summary li');
    const summary = await g.page.$$eval('#aar-summary li', (li) => li.map((l) => l.textContent ?? ''));
    expect(summary[0]).toMatch(/victory on turn \d+ of 20|A draw/);
    expect(summary.join(' ')).toContain('1939');
    await g.page.click('#aar-timeline summary');
    const rows = await g.page.$$eval('#aar-timeline tr', (tr) => tr.map((r) => r.textContent ?? ''));
    expect(rows.some((r) => /29 May/.test(r))).toBe(true);
    await g.page.click('#aar-moments summary');
    // The end screen's own table sets the losses beside history; the report does not repeat it there.
    expect(await g.page.$('#end-screen #aar-losses')).toBeNull();
    expect(await g.page.$('#end-losses')).not.toBeNull();
    await g.page.waitForFunction(() => document.querySelector('#aar-among')?.textContent?.startsWith('Of 4 computer games'), null, { timeout: 240_000 });
    await shoot(g.page, 'play-end-1440', 1440, 900, '#end-screen .box');
    await shoot(g.page, 'play-end-390', 390, 844, '#end-screen .box');
    expect(g.errors).toEqual([]);
    await g.close();
  }, 400_000);
});

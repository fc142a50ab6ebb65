/**
 * The exercise editor in Chromium, as a teacher uses it: from the menu, a new exercise filled in field by field (a
 * lever fixed, one left to the students within a range, a question added), the check telling what is missing as it
 * goes, the download read back with parseExercise, the file opened again to edit; screenshots at a laptop's and a
 * phone's size; axe.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { parseExercise } from '../../src/exercise';
import { seriousViolations, shootWhole } from './page-checks';
import { downloadText, launchBrowser, SCREENSHOT_DIR } from './browser';
import { hook, openGame, type GamePage } from './game-page';
import { deep, fast } from './tier';

/** Screenshots go to the project's git-ignored folder (browser.ts), for a person to look at. */
const SHOTS = SCREENSHOT_DIR;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const errorPaths = (g: GamePage) => g.page.$$eval('#editor-errors li code', (codes) => codes.map((c) => c.textContent));

describe('the exercise editor', () => {
  fast('makes an exercise in the page and downloads a file that parses, then opens it again', async () => {
    const g = await openGame(browser);
    await g.page.setViewportSize({ width: 1440, height: 900 });
    await g.page.screenshot({ path: `${SHOTS}/class-menu-1440.png` });
    await g.page.click('#open-editor');
    await g.page.waitForSelector('#editor-form #editor-title');
    expect(await g.page.isDisabled('#editor-download')).toBe(true);
    expect(await errorPaths(g)).toEqual(expect.arrayContaining(['id', 'title', 'briefing']));

    await g.page.selectOption('#editor-scenario', 'azuma-encirclement');
    await g.page.fill('#editor-title', 'Azuma: could the lorries have saved him?');
    expect(await g.page.inputValue('#editor-id')).toBe('azuma-could-the-lorries-have-saved-him');
    await g.page.fill('#editor-class', '10A');
    await g.page.fill('#editor-briefing', 'Lieutenant Colonel Azuma’s detachment is cut off at the bridge.\n\nCould more lorries have reached him?');
    await g.page.check('#editor-side-japanese');
    await g.page.uncheck('#editor-side-soviet');
    await g.page.selectOption('#editor-difficulty', 'veteran');
    await g.page.fill('#editor-seeds', '7, 8, x');
    expect(await errorPaths(g)).toEqual(['play.seeds']);
    expect(await g.page.getAttribute('#editor-seeds', 'aria-invalid')).toBe('true');
    await g.page.fill('#editor-seeds', '7, 8');
    // One lever fixed for everyone (the slider), one the students' within a range.
    await g.page.selectOption('#editor-lever-soviet-fire-proofing-mode', 'fixed');
    await g.page.$eval('#editor-lever-soviet-fire-proofing-value', (el) => {
      const input = el as HTMLInputElement;
      input.value = '50';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await g.page.selectOption('#editor-lever-japanese-trucks-mode', 'open');
    await g.page.fill('#editor-lever-japanese-trucks-max', '900');
    expect(await errorPaths(g)).toEqual(['levers.open[0].max']);
    await g.page.fill('#editor-lever-japanese-trucks-min', '100');
    await g.page.fill('#editor-lever-japanese-trucks-max', '300');
    // The lesson: the preset's minutes changed, a question added.
    await g.page.fill('#editor-stage-1-minutes', '20');
    expect(await g.page.textContent('#editor-minutes')).toBe('45 minutes in all.');
    await g.page.click('#editor-add-question');
    expect(await errorPaths(g)).toEqual(['questions[3].text']);
    await g.page.fill('#editor-question-3-text', 'What would Azuma have needed to hold the bridge?');
    await g.page.fill('#editor-notes', 'Point to the map: the ring closed on the 29th.');
    await g.page.fill('#editor-lab-runs', '12');
    await g.page.uncheck('#editor-measure-objectives');
    await g.page.waitForSelector('#editor-ok');
    expect(await g.page.isDisabled('#editor-download')).toBe(false);
    await shootWhole(g.page, 'teacher', 'class-editor-1440');
    await g.page.evaluate(() => document.querySelector('[data-lever="japanese-trucks"]')!.scrollIntoView());
    await g.page.screenshot({ path: `${SHOTS}/class-editor-1440-levers.png` });
    expect(await seriousViolations(g.page, '#teacher')).toEqual([]);

    const [download] = await Promise.all([g.page.waitForEvent('download'), g.page.click('#editor-download')]);
    expect(download.suggestedFilename()).toBe('azuma-could-the-lorries-have-saved-him.json');
    const text = (await downloadText(download));
    const parsed = parseExercise(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const e = parsed.exercise;
    expect(e).toMatchObject({
      id: 'azuma-could-the-lorries-have-saved-him',
      className: '10A',
      scenarioId: 'azuma-encirclement',
      play: { sides: ['japanese'], difficulty: 'veteran', seeds: [7, 8] },
      levers: { fixed: { 'soviet-fire-proofing': 50 }, open: [{ id: 'japanese-trucks', min: 100, max: 300 }] },
      teacherNotes: 'Point to the map: the ring closed on the 29th.',
      lab: { allowed: true, runs: 12, measures: ['winner', 'losses', 'milestones', 'points', 'history'] },
    });
    expect(e.briefing).toContain('\n\nCould more lorries');
    expect(e.lessonPlan.stages.map((s) => s.minutes)).toEqual([10, 20, 15]);
    expect(e.questions.map((q) => q.id)).toEqual(['close-run', 'other-choices', 'pressures', 'question-4']);
    expect(e.scenarioHash).toMatch(/^[0-9a-f]+$/);

    // The file opens again in a fresh page, every field as it was.
    const dir = mkdtempSync(join(tmpdir(), 'kg-editor-'));
    writeFileSync(join(dir, 'mine.json'), text);
    const again = await openGame(browser, '?teacher=editor');
    await again.page.waitForSelector('#editor-open', { state: 'attached' });
    await again.page.setInputFiles('#editor-open', join(dir, 'mine.json'));
    await again.page.waitForFunction(() => (document.getElementById('editor-title') as HTMLInputElement | null)?.value === 'Azuma: could the lorries have saved him?');
    expect(await again.page.inputValue('#editor-lever-japanese-trucks-max')).toBe('300');
    expect(await again.page.inputValue('#editor-question-3-text')).toBe('What would Azuma have needed to hold the bridge?');
    const [second] = await Promise.all([again.page.waitForEvent('download'), again.page.click('#editor-download')]);
    expect((await downloadText(second))).toBe(text);
    expect(g.errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.close();

    // A student, in a fresh browser, opens the teacher's file: from the file itself, and from an address on the
    // school's site (`?exercise=PATH`, the page's own origin; here the browser answers for that server).
    const student = await openGame(browser);
    await student.page.click('#open-exercise');
    await student.page.waitForSelector('#ex-open-file', { state: 'attached' });
    await student.page.setInputFiles('#ex-open-file', join(dir, 'mine.json'));
    await student.page.waitForSelector('#ex-title');
    expect(await student.page.textContent('#ex-title')).toBe('Azuma: could the lorries have saved him?');
    expect(await student.page.isVisible('[data-lever="japanese-trucks"]')).toBe(true);
    await student.close();
    const linked = await openGame(browser);
    await linked.page.route('**/lessons/azuma-lorries.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
    await linked.page.goto(`${linked.page.url().split('?')[0]}?exercise=lessons/azuma-lorries.json`);
    await linked.page.waitForSelector('#ex-title');
    expect(await linked.page.textContent('#ex-title')).toBe('Azuma: could the lorries have saved him?');
    expect(linked.errors).toEqual([]);
    await linked.close();
    await g.close();
  });

  deep('fits a phone’s screen', async () => {
    const g = await openGame(browser, '?teacher=editor');
    await g.page.setViewportSize({ width: 390, height: 844 });
    await g.page.waitForSelector('#editor-form #editor-title');
    await g.page.fill('#editor-title', 'Yasuoka: what if the infantry had kept up?');
    await shootWhole(g.page, 'teacher', 'class-editor-390');
    await g.page.screenshot({ path: `${SHOTS}/class-editor-390-top.png` });
    const overflow = await g.page.evaluate(() => document.getElementById('teacher')!.scrollWidth - document.getElementById('teacher')!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(g.page, '#teacher')).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  fast('names a teacher= page that does not exist and shows the menu', async () => {
    const g = await openGame(browser, '?teacher=grades');
    await g.page.waitForSelector('#open-class');
    expect(await hook<string[]>(g, 'problems')).toContain('"teacher=grades" is not a page; use teacher=class (class results) or teacher=editor (make an exercise).');
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

/**
 * The class view in Chromium, as a teacher uses it: three students' result files made from real games (one of them
 * tampered with), opened at once with the exercise file; the table and the plot, the tampered file flagged in words,
 * one game's replay and the way back, the CSV for grading; screenshots at a laptop's and a phone's size; axe.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { resultFileName, serializeExercise, serializeResult, type ExerciseResult } from '../../src/exercise';
import { seriousViolations, shootWhole } from './page-checks';
import { downloadText, launchBrowser, SCREENSHOT_DIR } from './browser';
import { hook, openGame, type GamePage } from './game-page';
import { azumaExercise, loadBundled, realResult } from '../helpers/result-files';
import { deep, fast } from './tier';

/** Screenshots go to the project's git-ignored folder (browser.ts), for a person to look at. */
const SHOTS = SCREENSHOT_DIR;

/** A CSV file's cells (quoted cells may hold commas, quotes and line breaks). */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
};
let browser: Browser;
let dir: string;
let files: string[];
let results: ExerciseResult[];
let stray: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'kg-class-'));
  mkdirSync(SHOTS, { recursive: true });
  const azuma = loadBundled('azuma-encirclement');
  const exercise = azumaExercise();
  results = [
    realResult(azuma, exercise, { student: 'Anna Łukasik', seed: 1 }),
    realResult(azuma, exercise, { student: 'Ben <b>Okafor</b>', seed: 2, levers: { 'japanese-trucks': 400 } }),
    realResult(azuma, exercise, { student: 'Cleo Martin', seed: 3 }),
  ];
  files = results.map((r, i) => {
    const file = join(dir, resultFileName(r.className, r.student, r.attempt));
    let text = serializeResult(r);
    // Cleo's file is edited by hand: her game's margin made larger (the checksum and the replay both catch it).
    if (i === 2) text = text.replace(`"margin": ${r.games[0]!.outcome.margin}`, `"margin": ${r.games[0]!.outcome.margin + 40}`);
    writeFileSync(file, text);
    return file;
  });
  writeFileSync(join(dir, 'exercise.json'), serializeExercise(exercise));
  // A result for another exercise, handed in by mistake with the class's.
  stray = serializeResult(realResult(azuma, { ...exercise, id: 'azuma-other', title: 'Another lesson' }, { student: 'Dan Lee', seed: 1 }));
});

afterAll(async () => {
  await browser?.close();
});

const openClass = async (width: number, height: number): Promise<GamePage> => {
  const g = await openGame(browser, '?teacher=class');
  await g.page.setViewportSize({ width, height });
  await g.page.waitForSelector('#class-files', { state: 'attached' });
  await g.page.setInputFiles('#class-files', [...files, join(dir, 'exercise.json')]);
  await g.page.waitForSelector('#teacher[data-computer="done"]', { timeout: 90_000 });
  return g;
};

describe('the class view', () => {
  fast('checks three result files, flags the tampered one, plots the class, opens a replay and exports the CSV', async () => {
    const g = await openClass(1440, 900);
    const page = g.page;
    const rows = await page.$$eval('#class-table tbody tr', (trs) =>
      trs.map((tr) => ({ student: tr.querySelector('th')?.firstChild?.textContent ?? '', flags: [...tr.querySelectorAll('.class-checks .flag')].map((f) => f.textContent ?? '') })),
    );
    expect(rows.map((r) => r.student)).toEqual(['Anna Łukasik', 'Ben <b>Okafor</b>', 'Cleo Martin']);
    expect(rows[0]!.flags).toEqual(['⚑ Checksum ok', '⚑ Replay ok']);
    expect(rows[1]!.flags).toEqual(['⚑ Checksum ok', '⚑ Replay ok']);
    expect(rows[2]!.flags).toContain('⚑ Checksum failed');
    expect(rows[2]!.flags).toContain('⚑ Replay mismatch');
    // The student's name is text: no <b> element was made from it.
    expect(await page.$$('#class-table tbody th b')).toHaveLength(0);
    expect(await page.textContent('#class-table tbody tr[data-row="2"]')).toContain('the file claims a margin of');
    // The plot: a diamond per student, the computer's games with both lever settings, history's band.
    expect(await page.$$('#class-plot .class-plot-student')).toHaveLength(3);
    expect((await page.$$('#class-plot .class-plot-dot')).length).toBe(2 * 4);
    expect(await page.textContent('#class-computer-text')).toBe("The computer's games: 8 of 8 played.");
    expect(await page.textContent('#class-headline')).toMatch(/^The class's 3 finished games: .*\. History: a Soviet victory\. The computer's 8 games with the class's levers: /);
    await shootWhole(g.page, 'teacher', 'class-1440');
    expect(await seriousViolations(g.page, '#teacher')).toEqual([]);

    // One game's replay, and back to the class as it was.
    await page.click('#class-table tbody tr[data-row="0"] button.class-watch');
    await page.waitForFunction(() => (window as unknown as { __kg: { replay(): { sceneReady: boolean } | null } }).__kg.replay()?.sceneReady === true, null, { timeout: 60_000 });
    expect(await page.isVisible('#teacher')).toBe(false);
    await hook(g, 'replaySeek', 1_000_000);
    expect((await hook<{ hash: string }>(g, 'replay')).hash).toBe(results[0]!.games[0]!.record.finalHash);
    await page.click('#to-menu');
    await page.waitForSelector('#teacher:not(.hidden)');
    expect(await page.$$('#class-table tbody tr')).toHaveLength(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#class-csv')]);
    expect(download.suggestedFilename()).toBe('azuma-lorries-class-results.csv');
    const table = parseCsv((await downloadText(download)));
    expect(table).toHaveLength(4);
    const [header, ...lines] = table as [string[], ...string[][]];
    const rowsOf = lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
    expect(header.slice(0, 4)).toEqual(['class', 'student', 'attempt', 'side']);
    expect(rowsOf.map((r) => [r.class, r.student, r.attempt, r.seed, r['checksum ok'], r['replay ok']])).toEqual([
      ['10A', 'Anna Łukasik', '1', '1', 'yes', 'yes'],
      ['10A', 'Ben <b>Okafor</b>', '1', '2', 'yes', 'yes'],
      ['10A', 'Cleo Martin', '1', '3', 'no', 'no'],
    ]);
    expect(rowsOf.map((r) => [r.winner, r.margin])).toEqual(results.map((r) => [r.games[0]!.outcome.winner, String(r.games[0]!.outcome.margin)]));
    expect(rowsOf[1]!.levers).toBe('Japanese motor transport 400 %');
    expect(rowsOf[1]!['lever: Japanese motor transport']).toBe('400');
    expect(rowsOf[2]!.problems).toContain('The checksum does not match');
    const question = header.find((h) => h.startsWith('answer: What pressures drove'))!;
    expect(rowsOf.map((r) => r[question])).toEqual(['Anna Łukasik on pressures.', 'Ben <b>Okafor</b> on pressures.', 'Cleo Martin on pressures.']);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('keeps the class through a reload, until the teacher forgets it', async () => {
    const g = await openClass(1440, 900);
    const page = g.page;
    await page.waitForFunction(() => document.querySelector('#class-kept')?.textContent?.includes('kept in this browser'));
    expect(await page.textContent('#class-kept')).toMatch(/^These 4 files are kept in this browser/);
    await page.reload();
    await page.waitForSelector('#teacher[data-computer="done"]', { timeout: 90_000 });
    expect(await page.textContent('#class-kept')).toMatch(/^Reopened the 4 files you opened on .+; they are kept in this browser until you forget them\./);
    const students = await page.$$eval('#class-table tbody tr th', (ths) => ths.map((th) => th.firstChild?.textContent ?? ''));
    expect(students).toEqual(['Anna Łukasik', 'Ben <b>Okafor</b>', 'Cleo Martin']);
    await shootWhole(page, 'teacher', 'class-reopened');
    // The tampered file is still caught: the stored text is the file as handed in.
    expect(await page.textContent('#class-table tbody tr[data-row="2"]')).toContain('Checksum failed');
    await page.click('#class-forget');
    await page.waitForFunction(() => document.querySelector('#class-status')?.textContent?.includes('no longer kept in this browser'));
    expect(await page.$$('#class-table tbody tr')).toHaveLength(0);
    await page.reload();
    await page.waitForSelector('#class-files', { state: 'attached' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.$$('#class-table tbody tr')).toHaveLength(0);
    expect(await page.$('#class-kept')).toBeNull();
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('fits a phone’s screen', async () => {
    const g = await openClass(390, 844);
    await shootWhole(g.page, 'teacher', 'class-390');
    await g.page.evaluate(() => document.getElementById('class-plot')!.scrollIntoView());
    await g.page.screenshot({ path: `${SHOTS}/class-390-plot.png` });
    const overflow = await g.page.evaluate(() => document.getElementById('teacher')!.scrollWidth - document.getElementById('teacher')!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(g.page, '#teacher')).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('opens a folder, and a drop of files from two exercises shown one exercise at a time', async () => {
    const g = await openGame(browser, '?teacher=class');
    await g.page.waitForSelector('#class-folder', { state: 'attached' });
    await g.page.setInputFiles('#class-folder', dir);
    await g.page.waitForSelector('#teacher[data-computer="done"]', { timeout: 90_000 });
    expect(await g.page.$$eval('#class-table tbody th', (ths) => ths.map((th) => th.querySelector('.sub')?.textContent))).toEqual(
      files.map((f) => `${dir.split('/').pop()}/${f.split('/').pop()}`),
    );
    // Dropped on the page: the class view takes them (the page-wide drop that opens one record in the viewer does not).
    await g.page.evaluate(
      ([a, b]) => {
        const data = new DataTransfer();
        data.items.add(new File([a!], 'anna.json', { type: 'application/json' }));
        data.items.add(new File([b!], 'dan.json', { type: 'application/json' }));
        document.getElementById('teacher')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [readFileSync(files[0]!, 'utf8'), stray],
    );
    await g.page.waitForSelector('#class-group');
    expect(await g.page.textContent('.class-groups label')).toBe('These files answer 2 different exercises, shown one at a time: ');
    await g.page.selectOption('#class-group', { label: 'Another lesson (1 file)' });
    await g.page.waitForFunction(() => document.querySelector('#class-table tbody th')?.firstChild?.textContent === 'Dan Lee');
    await g.page.waitForSelector('#teacher[data-computer="done"]', { timeout: 90_000 });
    expect(await g.page.textContent('.class-head .sub')).toContain('the exercise file is not open');
    expect(await g.page.evaluate(() => (window as unknown as { __kg: { screen: string } }).__kg.screen)).toBe('teacher');
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

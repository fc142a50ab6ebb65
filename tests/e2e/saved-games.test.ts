/**
 * Saved games are game records: play a little of the tutorial, find it in the menu's saved-games list, rename it,
 * download its record and check that Node verifies the file (`replay --verify`, exit 0), continue it where it was left;
 * a damaged entry is listed as damaged while the others still load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn } from './game-page';
import { programFile } from '../helpers/cli';
import { fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('saved games', () => {
  fast('lists, renames, downloads a verifiable record, continues, and survives a damaged entry', async () => {
    const g = await openGame(browser, '?scenario=tutorial&seed=77&side=soviet');
    await waitForBattle(g);
    await waitForHumanTurn(g);
    await g.page.click('#end-turn');
    const played = await waitForHumanTurn(g);
    expect(played.commands).toBeGreaterThan(1);
    await hook<void>(g, 'saved');

    // A damaged entry beside it, as an older version or a broken disk might leave.
    await g.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('khalkhin-gol-1939-games');
          req.onsuccess = () => {
            const tx = req.result.transaction('games', 'readwrite');
            tx.objectStore('games').put({ summary: 'garbage' }, 'broken-entry');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );

    await g.page.click('#to-menu');
    await g.page.waitForSelector('#saved-games');
    const rows = await g.page.$$eval('#saved-games tr[data-save]', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => r.includes('Damaged saved game'))).toBe(true);
    expect(rows.some((r) => /The Tutorial|Tutorial/i.test(r) && r.includes('Turn 2'))).toBe(true);

    g.page.once('dialog', (d) => void d.accept('First try'));
    await g.page.click('#saved-games tr:not(.damaged)[data-save] .save-rename');
    await g.page.waitForFunction(() => document.querySelector('#saved-games')?.textContent?.includes('First try'));

    const [download] = await Promise.all([g.page.waitForEvent('download'), g.page.click('#saved-games tr:not(.damaged)[data-save] .save-download')]);
    const dir = mkdtempSync(join(tmpdir(), 'kg-record-'));
    try {
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      expect(download.suggestedFilename()).toBe('tutorial-seed77-turn2.record.json');
      const text = readFileSync(file, 'utf8');
      expect(JSON.parse(text)).toMatchObject({ recordVersion: 2, scenarioId: 'tutorial', seed: 77, name: 'First try' });
      const out = execFileSync(process.execPath, [programFile('replay'), file, '--verify'], { encoding: 'utf8' });
      expect(out).toMatch(/verified|ok|match/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    await g.page.click('#saved-games tr:not(.damaged)[data-save] .save-continue');
    const resumed = await waitForBattle(g);
    expect(resumed.commands).toBe(played.commands);
    expect(resumed.turn).toBe(2);
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

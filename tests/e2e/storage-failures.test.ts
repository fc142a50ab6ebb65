/**
 * Saving must never stop the game, and one bad save must not cost the others (issue 15): when IndexedDB refuses to
 * open (private browsing) or to store (a full disk), the page says so in a notice and the battle goes on; entries
 * with a cut-off record or one of an unknown version are listed as damaged and the good save still continues. The
 * failures are made real inside the browser: IndexedDB calls replaced before the game's scripts run, or entries
 * written beside the game's own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser } from './browser';
import { deep, fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = async (failure: 'private' | 'full' | 'none', query: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((kind) => {
    if (kind === 'private') {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is not available in private browsing', 'SecurityError');
      };
    } else if (kind === 'full') {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  }, failure);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true, null, { timeout: 20_000 });
  return { page, errors, close: () => context.close() };
};

const playATurn = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => (window as unknown as { __kg: { summary(): { sceneReady: boolean } | null } }).__kg.summary()?.sceneReady === true, null, { timeout: 30_000 });
  await page.click('#end-turn');
  await page.waitForFunction(
    () => {
      const kg = (window as unknown as { __kg: { summary(): { turn: number; aiRunning: boolean; activeSide: string; perspective: string } | null; skipAi(): void } }).__kg;
      const s = kg.summary();
      if (s?.aiRunning) kg.skipAi();
      return s !== null && s.turn === 2 && !s.aiRunning && s.activeSide === s.perspective;
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
};

const notices = (page: Page) => page.$$eval('#notices li', (lis) => lis.map((li) => li.textContent ?? ''));

describe('saves that cannot be made', () => {
  fast('private browsing: the menu and the game say saving is not allowed here, and the game goes on', async () => {
    const g = await open('private', '');
    await g.page.waitForSelector('#notices li');
    expect(await notices(g.page)).toContain('Saved games cannot be read: this browser does not allow saving here (private browsing?).');
    await g.page.click('#notices-close');
    await g.page.click('#start');
    await playATurn(g.page);
    expect((await notices(g.page)).some((n) => n.startsWith('The game could not be saved: this browser does not allow saving here'))).toBe(true);
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('a full disk: the game says the storage is full, offers the download, and goes on', async () => {
    const g = await open('full', '?scenario=tutorial&seed=5&side=soviet');
    await playATurn(g.page);
    expect(await notices(g.page)).toContain('The game could not be saved: the browser’s storage is full. Download the game record to keep it.');
    expect(g.errors).toEqual([]);
    await g.close();
  });

  deep('damaged entries (a cut-off record, an unknown version) are listed as such, and the good save continues', async () => {
    const g = await open('none', '?scenario=tutorial&seed=8&side=soviet');
    await playATurn(g.page);
    await g.page.evaluate(() => (window as unknown as { __kg: { saved(): Promise<void> } }).__kg.saved());
    // Copies of the game's own entry, damaged as a crash or an older version might leave them.
    await g.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('khalkhin-gol-1939-games');
          req.onsuccess = () => {
            const store = req.result.transaction('games', 'readwrite').objectStore('games');
            const all = store.getAll();
            all.onsuccess = () => {
              const good = all.result[0] as { summary: Record<string, unknown>; text: string };
              store.put({ summary: { ...good.summary, name: 'cut off' }, text: good.text.slice(0, good.text.length / 2) }, 'cut-off');
              store.put({ summary: { ...good.summary, name: 'from the future' }, text: good.text.replace(/"recordVersion": *2/, '"recordVersion": 99') }, 'future');
              store.transaction.oncomplete = () => resolve();
            };
            all.onerror = () => reject(all.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await g.page.click('#to-menu');
    await g.page.waitForSelector('#saved-games');
    const rows = await g.page.$$eval('#saved-games tr[data-save]', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.startsWith('Damaged saved game')).sort()).toEqual([
      'Damaged saved game: its game record is cut offDelete',
      'Damaged saved game: its game record is of version 99, not a version this game readsDelete',
    ]);
    await g.page.click('#saved-games tr:not(.damaged)[data-save] .save-continue');
    await g.page.waitForFunction(() => (window as unknown as { __kg: { summary(): { sceneReady: boolean; turn: number } | null } }).__kg.summary()?.sceneReady === true);
    expect(await g.page.evaluate(() => (window as unknown as { __kg: { summary(): { turn: number } } }).__kg.summary().turn)).toBe(2);
    expect(g.errors).toEqual([]);
    await g.close();
  });
  deep('a failed import (a broken game record, a broken scenario file) says why and leaves every save as it was', async () => {
    const g = await open('none', '?scenario=tutorial&seed=9&side=soviet');
    await playATurn(g.page);
    await g.page.evaluate(() => (window as unknown as { __kg: { saved(): Promise<void> } }).__kg.saved());
    /** Every entry of the saved-games store, key and text, as JSON. */
    const snapshot = () =>
      g.page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const req = indexedDB.open('khalkhin-gol-1939-games');
            req.onsuccess = () => {
              const store = req.result.transaction('games', 'readonly').objectStore('games');
              const keys = store.getAllKeys();
              const values = store.getAll();
              values.onsuccess = () => resolve(JSON.stringify([keys.result, values.result]));
              values.onerror = () => reject(values.error);
            };
            req.onerror = () => reject(req.error);
          }),
      );
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(100);
    await g.page.click('#to-menu');
    await g.page.waitForSelector('#saved-games');
    const dir = mkdtempSync(join(tmpdir(), 'kg-import-'));
    writeFileSync(join(dir, 'broken.record.json'), '{"recordVersion": 2, "scenarioId": "tutorial", "commands": [');
    writeFileSync(join(dir, 'broken-scenario.json'), '{"schemaVersion": 1, "id": "broken"}');
    await g.page.setInputFiles('#open-record', join(dir, 'broken.record.json'));
    await g.page.waitForSelector('#notices li');
    expect((await notices(g.page)).join(' ')).toMatch(/not (a game record|valid JSON)|record/i);
    // The viewer may have opened with the refusal: the menu again for the scenario file.
    if (!(await g.page.$('#saved-games'))) {
      await g.page.goto(g.page.url().split('?')[0]!);
      await g.page.waitForSelector('#saved-games');
    }
    await g.page.setInputFiles('#open-scenario', join(dir, 'broken-scenario.json'));
    await g.page.waitForSelector('#scenario-file-errors li');
    expect(await snapshot()).toBe(before);
    expect(await g.page.$$eval('#saved-games tr[data-save]', (trs) => trs.length)).toBe(1);
    expect(g.errors).toEqual([]);
    await g.close();
  });
});

/**
 * Files are untrusted (issue 15): a player's own scenario file opens from the menu (file chooser or drop), is checked
 * with exactly the errors `validate` gives, shown as a list of text, and plays; markup in its title, briefing or unit
 * names shows literally and runs nothing. The built page carries a Content-Security-Policy: a normal game start
 * breaks none of it, an injected inline script does not run and eval is refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, screenshotPath } from './browser';
import { runCli } from '../helpers/cli';
import { deep, fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const HOSTILE = '<img src=x onerror=alert(1)>';
const tutorial = (): Record<string, any> => JSON.parse(readFileSync('scenarios/tutorial.json', 'utf8'));

interface Watched {
  page: Page;
  context: BrowserContext;
  dialogs: string[];
  errors: string[];
  violations(): Promise<{ directive: string; blocked: string }[]>;
}

/** A page in a fresh profile, recording every dialog, page error and CSP violation from the first script on. */
const openMenu = async (query = ''): Promise<Watched> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: { directive: string; blocked: string }[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, ...(e.blockedURI === 'eval' ? { where: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}` } : {}) }),
    );
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true, null, { timeout: 20_000 });
  if (query === '') await page.waitForSelector('#start');
  return {
    page,
    context,
    dialogs,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: { directive: string; blocked: string }[] }).__violations),
  };
};

const battleReady = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __kg: { summary(): { sceneReady: boolean } | null } }).__kg.summary()?.sceneReady === true, null, { timeout: 30_000 });

const chooseFile = (page: Page, name: string, doc: unknown) =>
  page.setInputFiles('#open-scenario', { name, mimeType: 'application/json', buffer: Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2)) });

describe('a scenario file of the player', () => {
  fast('with markup in its texts: shown literally, nothing runs, and it plays', async () => {
    const w = await openMenu();
    const doc = tutorial();
    doc.id = 'hostile-title';
    doc.title = HOSTILE;
    doc.summary = '<b onmouseover=alert(2)>bold</b>';
    doc.briefings.soviet.title = '<script>alert(3)</script>';
    doc.briefings.soviet.text = `<iframe src="javascript:alert(4)"></iframe>${HOSTILE}`;
    doc.units[0].name = HOSTILE;
    await chooseFile(w.page, 'hostile-title.json', doc);
    await w.page.waitForSelector('.card[data-scenario="hostile-title"].chosen');
    expect(await w.page.textContent('.card[data-scenario="hostile-title"] h2')).toBe(HOSTILE);
    expect(await w.page.textContent('.card[data-scenario="hostile-title"] p')).toBe(doc.summary);
    expect(await w.page.textContent('#menu .briefing')).toBe(doc.briefings.soviet.text);
    expect(await w.page.$$('img[src="x"], iframe, #menu script, b[onmouseover]')).toHaveLength(0);
    await w.page.screenshot({ path: screenshotPath('untrusted-hostile-title-menu') });

    await w.page.click('#start');
    await battleReady(w.page);
    const summary = await w.page.evaluate(() => (window as unknown as { __kg: { summary(): { scenarioId: string; visibleUnits: unknown[] } } }).__kg.summary());
    expect(summary.scenarioId).toBe('hostile-title');
    expect(summary.visibleUnits.length).toBeGreaterThan(0);
    // The unit panel of the unit with markup for a name shows it as text.
    const index = await w.page.evaluate((id) => {
      const kg = (window as unknown as { __kg: { summary(): { visibleUnits: { id: string; index: number }[] }; clickHex(i: number): void } }).__kg;
      const i = kg.summary().visibleUnits.find((u) => u.id === id)!.index;
      kg.clickHex(i);
      return i;
    }, doc.units[0].id as string);
    expect(index).toBeGreaterThanOrEqual(0);
    await w.page.waitForFunction((name) => document.querySelector('#unit-panel')?.textContent?.includes(name), HOSTILE);
    expect(await w.page.$$('#hud img[src="x"], #unit-panel img')).toHaveLength(0);
    await w.page.screenshot({ path: screenshotPath('untrusted-hostile-unit') });
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(await w.violations()).toEqual([]);
    await w.context.close();
  });

  deep('with errors: listed one a line, exactly as validate gives them; a dropped file opens too', async () => {
    const w = await openMenu();
    const bad = tutorial();
    bad.id = 'absurd-battle';
    bad.units[0].men = 1e12;
    bad.sides.japanese.rules = { trucks: -100 };
    bad.victory = { decisiveMargin: 5, marginalMargin: 50 };
    bad.objectives[0].points = -40;
    bad.title = HOSTILE;
    const dir = mkdtempSync(join(tmpdir(), 'kg-untrusted-'));
    const file = join(dir, 'absurd-battle.json');
    writeFileSync(file, JSON.stringify(bad, null, 2));
    const cli = runCli('validate', [file]);
    expect(cli.status).toBe(1);
    const expected = cli.stderr.trim().split('\n').map((l) => l.slice(`${file}: `.length));
    expect(expected.length).toBe(4);

    await chooseFile(w.page, 'absurd-battle.json', readFileSync(file, 'utf8'));
    await w.page.waitForSelector('#scenario-file-errors li');
    expect(await w.page.$$eval('#scenario-file-errors li', (lis) => lis.map((li) => li.textContent))).toEqual(expected);
    expect(await w.page.$$('.card[data-scenario="absurd-battle"]')).toHaveLength(0);
    await w.page.screenshot({ path: screenshotPath('untrusted-errors') });

    // A file with a byte-order mark, dropped on the menu: one line saying so.
    const drop = (name: string, text: string) =>
      w.page.evaluate(
        ([n, t]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([t!], n!, { type: 'application/json' }));
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        [name, text],
      );
    const good = tutorial();
    good.id = 'dropped-battle';
    good.title = 'A dropped battle';
    await drop('dropped-battle.json', `\uFEFF${JSON.stringify(good)}`);
    await w.page.waitForFunction(() => document.querySelector('#scenario-file-errors li')?.textContent?.includes('byte-order mark'));
    expect(await w.page.$$eval('#scenario-file-errors li', (lis) => lis.map((li) => li.textContent))).toEqual([
      'not valid JSON: line 1, column 1: the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without a BOM',
    ]);

    await drop('dropped-battle.json', JSON.stringify(good));
    await w.page.waitForSelector('.card[data-scenario="dropped-battle"].chosen');
    expect(await w.page.$$('#scenario-file-errors')).toHaveLength(0);
    await w.page.click('#start');
    await battleReady(w.page);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('the Content-Security-Policy', () => {
  fast('allows scripts from the page only, and none of it breaks in a normal game start', async () => {
    const w = await openMenu();
    const policy = await w.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    await w.page.click('#start');
    await battleReady(w.page);
    expect(await w.violations()).toEqual([]);
    expect(w.errors).toEqual([]);

    // An inline script put into the page does not run, and says why.
    const ran = await w.page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = '(window).__inlineRan = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    // eval and the Function constructor are refused. Code run by the test driver itself is exempt from the policy
    // (DevTools may always evaluate), so the attempts run later, as an ordinary task of the page.
    const evals = await w.page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          setTimeout(() => {
            const tryIt = (f: () => unknown): string => {
              try {
                f();
                return 'ran';
              } catch (e) {
                return (e as Error).name;
              }
            };
            // oxlint-disable-next-line no-eval -- the test is that the page refuses it
            resolve([tryIt(() => (0, eval)('1 + 1')), tryIt(() => new Function('return 1')())]);
          }, 0);
        }),
    );
    expect(evals).toEqual(['EvalError', 'EvalError']);
    const directives = (await w.violations()).map((v) => v.directive);
    expect(directives).toContain('script-src-elem');
    expect(directives).toContain('script-src');
    await w.context.close();
  });

  deep.each([
    ['the exercise editor', '?teacher=editor'],
    ['the class view', '?teacher=class'],
    ['the what-if lab running two games', '?lab=tutorial&runs=2&start=1'],
    ['an exercise', '?exercise='],
  ])('%s breaks none of it either', async (_name, query) => {
    const w = await openMenu(query);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await w.violations()).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

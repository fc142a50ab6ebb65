/**
 * Helpers for the browser tests: open the game with a query, collect console and page errors, and wait on the
 * game's test hook (`window.__kg`) instead of hunting pixels.
 */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

export interface UnitSummary {
  id: string;
  side: 'soviet' | 'japanese';
  label: string;
  hex: { q: number; r: number };
  index: number;
  men: number;
  mp: number;
  status: string;
  acted: Record<string, boolean>;
}

export interface GameSummary {
  scenarioId: string;
  seed: number;
  mode: 'ai' | 'hotseat';
  turn: number;
  activeSide: 'soviet' | 'japanese';
  perspective: 'soviet' | 'japanese' | null;
  sceneReady: boolean;
  aiRunning: boolean;
  result: { winner: string; level: string; reason: string } | null;
  commands: number;
  visibleUnits: UnitSummary[];
  selectedId: string | null;
  reach: [number, number][];
  preview: { odds: string; modifiers: number; kind: string } | null;
  log: string[];
}

export interface GamePage {
  page: Page;
  errors: string[];
  summary(): Promise<GameSummary>;
  close(): Promise<void>;
}

/** Console messages that are not errors of ours: SwiftShader's performance notes. */
const HARMLESS = [/GPU stall due to ReadPixels/];

/** Opens the game in a fresh browser profile (a new context), so no autosave leaks between tests. */
export const openGame = async (browser: Browser, query = ''): Promise<GamePage> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !HARMLESS.some((h) => h.test(m.text()))) errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => (window as unknown as { __kg?: { ready?: boolean } }).__kg?.ready === true, null, { timeout: 20_000 });
  return {
    page,
    errors,
    summary: () => page.evaluate(() => (window as unknown as { __kg: { summary(): GameSummary } }).__kg.summary()),
    close: () => context.close(),
  };
};

/** Waits until the battle scene is drawn and, unless `allowAi`, the human may give orders. */
export const waitForBattle = async (g: GamePage, timeout = 20_000): Promise<GameSummary> => {
  await g.page.waitForFunction(
    () => {
      const s = (window as unknown as { __kg: { summary(): { sceneReady: boolean } | null } }).__kg.summary();
      return s !== null && s.sceneReady;
    },
    null,
    { timeout },
  );
  return g.summary();
};

/** Waits until it is a human's turn again (the computer has finished), skipping its playback. */
export const waitForHumanTurn = async (g: GamePage, timeout = 60_000): Promise<GameSummary> => {
  await g.page.waitForFunction(
    () => {
      const kg = (window as unknown as { __kg: { summary(): { aiRunning: boolean; result: unknown; activeSide: string; perspective: string | null } | null; skipAi(): void } }).__kg;
      const s = kg.summary();
      if (s?.aiRunning) kg.skipAi();
      return s !== null && !s.aiRunning && (s.result !== null || s.perspective === s.activeSide);
    },
    null,
    { timeout, polling: 100 },
  );
  return g.summary();
};

export const hook = <T>(g: GamePage, fn: string, ...args: unknown[]): Promise<T> =>
  g.page.evaluate(([f, a]) => (window as unknown as { __kg: Record<string, (...x: unknown[]) => unknown> }).__kg[f as string]!(...(a as unknown[])) as T, [fn, args] as const);

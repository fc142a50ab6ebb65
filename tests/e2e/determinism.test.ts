/**
 * Same scenario + levers + seed + commands ⇒ the same state hash in Chromium and in Node: the browser plays a turn
 * (the computer's moves included), then Node replays its command log through the engine and compares hashes.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundledScenarios } from '../../src/game/node';
import { applyCommand } from '../../src/engine/apply-command';
import { hashState } from '../../src/engine/hash';
import type { Command } from '../../src/engine/types';
import { createGame } from '../../src/scenario/create-game';
import { launchBrowser } from './browser';
import { hook, openGame, waitForBattle, waitForHumanTurn } from './game-page';
import { fast } from './tier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ReplayProof {
  scenarioId: string;
  seed: number;
  levers: Record<string, number>;
  commands: Command[];
  hash: string;
}

fast('gives the same state hash in Chromium and in Node after the computer has moved', async () => {
  const g = await openGame(browser, '?scenario=azuma-encirclement&seed=42&side=soviet');
  await waitForBattle(g);
  await waitForHumanTurn(g); // the Japanese move first: the computer's part is in the log
  const proof = await hook<ReplayProof>(g, 'replayProof');
  expect(proof.commands.length).toBeGreaterThan(0);
  const scenario = bundledScenarios().get(proof.scenarioId)!;
  let state = createGame(scenario, { seed: proof.seed, levers: proof.levers });
  for (const c of proof.commands) {
    const r = applyCommand(state, c);
    expect(r.ok).toBe(true);
    if (r.ok) state = r.state;
  }
  expect(hashState(state)).toBe(proof.hash);
  expect(g.errors).toEqual([]);
  await g.close();
});

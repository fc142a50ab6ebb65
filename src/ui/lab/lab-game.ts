/**
 * One lab game, the same way `batch` plays it (src/cli/batch-job.ts): `start(seed, levers)` of the loaded scenario,
 * then `runGame` — or, from a position, the position with its dice re-seeded for the run (lab-plan.ts). Browser-safe
 * and free of the DOM, so the worker runs it and the tests call it in Node.
 */
import type { Difficulty } from '../../ai';
import type { BySide } from '../../engine';
import { headlessRecord, loadedScenario, runGame, type LoadedScenario, type RunGameOutput } from '../../game';
import type { GameRecord } from '../../replay';
import type { Scenario } from '../../scenario';
import type { LabOrigin } from './lab-messages';
import { reseeded } from './lab-plan';

export interface LabGameInput {
  readonly levers: Readonly<Record<string, number>>;
  readonly seed: number;
  readonly difficulty: BySide<Difficulty>;
}

export type LabGameResult = { readonly ok: true; readonly output: RunGameOutput; readonly record: () => GameRecord } | { readonly ok: false; readonly error: string };

export const prepareLab = (scenario: Scenario): LoadedScenario => loadedScenario(scenario);

export const playLabGame = (loaded: LoadedScenario, origin: LabOrigin | null, input: LabGameInput): LabGameResult => {
  let state;
  let levers;
  if (origin) {
    state = reseeded(origin.state, origin.recordSeed, origin.commandIndex, input.seed);
    levers = origin.state.setup.levers;
  } else {
    const start = loaded.start(input.seed, input.levers);
    if (!start.ok) return { ok: false, error: start.message };
    state = start.state;
    levers = start.levers;
  }
  const output = runGame({ state, plan: loaded.plan, difficulty: input.difficulty, seed: input.seed, levers, engineVersion: loaded.engineVersion });
  return {
    ok: true,
    output,
    record: () => headlessRecord(output.game, { engineVersion: loaded.engineVersion, seed: input.seed, difficulty: input.difficulty }, state.setup),
  };
};

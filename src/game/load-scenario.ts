/**
 * A scenario made ready to play headless games: parsed, its AI plan converted, its event names gathered, and a
 * `start(seed, levers)` that makes a fresh game. Browser-safe (text in, no file system): src/game/node reads files.
 */
import { createGame, formatFileError, parseScenario, resolveLevers, scenarioAiPlan, type AiPlan, type Scenario } from '../scenario';
import type { HistoricalOutcome } from '../analysis';
import type { GameState } from '../engine';
import { ENGINE_VERSION } from './version';

export type StartResult =
  | { readonly ok: true; readonly state: GameState; readonly levers: Readonly<Record<string, number>> }
  | { readonly ok: false; readonly message: string };

export interface LoadedScenario {
  readonly ok: true;
  readonly scenario: Scenario;
  readonly title: string;
  readonly plan: AiPlan;
  readonly historical: HistoricalOutcome | undefined;
  /** Objective and milestone ids → names, for reports. */
  readonly eventNames: ReadonlyMap<string, string>;
  readonly engineVersion: string;
  /** A fresh game at `seed` with the chosen levers (others at their defaults). */
  start(seed: number, levers: Readonly<Record<string, number>>): StartResult;
}

export type LoadResult = LoadedScenario | { readonly ok: false; readonly message: string };

/** A parsed scenario, ready to start games. */
export const loadedScenario = (scenario: Scenario): LoadedScenario => {
  const eventNames = new Map<string, string>([...scenario.objectives.map((o) => [o.id, o.name] as const), ...scenario.milestones.map((m) => [m.id, m.name] as const)]);
  return {
    ok: true,
    scenario,
    title: scenario.title,
    plan: scenarioAiPlan(scenario),
    historical: scenario.historical,
    eventNames,
    engineVersion: ENGINE_VERSION,
    start(seed, chosen) {
      const levers = resolveLevers(scenario, chosen);
      if (!levers.ok) return { ok: false, message: levers.errors.join('; ') };
      return { ok: true, state: createGame(scenario, { seed, levers: levers.levers }), levers: levers.levers };
    },
  };
};

/** A scenario file's text, parsed; a problem is one line naming the file (the first error, and how many more). */
export const loadScenarioText = (text: string, fileName: string): LoadResult => {
  const parsed = parseScenario(text, { fileName });
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more; run validate)` : '';
    return { ok: false, message: `${fileName}: ${first ? formatFileError(first) : 'invalid'}${more}` };
  }
  return loadedScenario(parsed.scenario);
};

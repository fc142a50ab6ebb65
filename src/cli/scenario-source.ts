/**
 * Finding and starting a scenario for the command line: `--scenario` takes a bundled id (`scenarios/<id>.json`) or
 * a path to a file. Every problem is a one-line message (exit status 1), never a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AiPlan } from '../scenario/ai-plan';
import type { HistoricalOutcome } from '../analysis/after-action';
import type { GameState } from '../engine/types';
import { scenarioAiPlan } from '../scenario/build-setup';
import { createGame } from '../scenario/create-game';
import { resolveLevers } from '../scenario/levers';
import { formatFileError, parseScenario } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The version written into results and records: the package's version (the rules change with it). */
export const ENGINE_VERSION = (() => {
  try {
    const pkg = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return `khalkhin-gol-1939/${pkg.version ?? '0'}`;
  } catch {
    return 'khalkhin-gol-1939/unknown';
  }
})();

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

/** Where `--scenario` points: a path if it names an existing file (or ends in .json), else a bundled id. */
export const scenarioFile = (arg: string): string => {
  if (arg.endsWith('.json') || arg.includes('/') || existsSync(arg)) return resolve(arg);
  return resolve(PROJECT_ROOT, 'scenarios', `${arg}.json`);
};

export const loadScenarioGame = (arg: string): LoadResult => {
  if (arg === '') return { ok: false, message: '--scenario is empty' };
  const file = scenarioFile(arg);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `no scenario '${arg}' (looked for ${file})` };
  }
  const parsed = parseScenario(text, { fileName: basename(file) });
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more; run validate)` : '';
    return { ok: false, message: `${basename(file)}: ${first ? formatFileError(first) : 'invalid'}${more}` };
  }
  const scenario = parsed.scenario;
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

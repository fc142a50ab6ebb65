/**
 * The bundled scenarios by id. The registry is built from file texts, so it works wherever the texts come from:
 * `src/game/node/bundled-scenarios.ts` reads `scenarios/*.json` with fs (CLI, tests), `src/ui/scenario-catalog.ts` fetches
 * the files Vite lists with `import.meta.glob` (browser). A file that does not parse is kept out of the list and its errors kept,
 * so one broken file never hides the others.
 */
import { parseScenario, type FileError } from './parse';
import type { Scenario } from './schema';

/** The scenarios the game ships, in menu order. */
export const BUNDLED_SCENARIO_IDS = ['tutorial', 'azuma-encirclement', 'yasuoka-night-attack', 'august-offensive'] as const;
export type BundledScenarioId = (typeof BUNDLED_SCENARIO_IDS)[number];

export interface ScenarioSource {
  /** File name, e.g. "azuma-encirclement.json" (its id must match). */
  readonly fileName: string;
  readonly text: string;
}

export interface ScenarioRegistry {
  /** Valid scenarios: bundled ids first in menu order, then any others by id. */
  readonly ids: readonly string[];
  get(id: string): Scenario | undefined;
  /** Files that were found but did not parse, with their errors. */
  readonly broken: ReadonlyMap<string, readonly FileError[]>;
}

const menuRank = (id: string): number => {
  const i = (BUNDLED_SCENARIO_IDS as readonly string[]).indexOf(id);
  return i < 0 ? BUNDLED_SCENARIO_IDS.length : i;
};

export const createRegistry = (sources: readonly ScenarioSource[]): ScenarioRegistry => {
  const scenarios = new Map<string, Scenario>();
  const broken = new Map<string, readonly FileError[]>();
  for (const source of sources) {
    const parsed = parseScenario(source.text, { fileName: source.fileName });
    if (parsed.ok) scenarios.set(parsed.scenario.id, parsed.scenario);
    else broken.set(source.fileName, parsed.errors);
  }
  const ids = [...scenarios.keys()].sort((a, b) => menuRank(a) - menuRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return { ids, get: (id) => scenarios.get(id), broken };
};

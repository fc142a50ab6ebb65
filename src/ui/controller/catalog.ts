/**
 * What the menu and the end screen need to know about each scenario, in the UI's terms, and how to start one. The
 * entries come from the scenario registry (src/scenario) through `scenario-catalog.ts`.
 */
import { clampLevers, type FileError, type Scenario, type SidePlan } from '../../scenario';
import type { BySide, GameState, MapData, Side } from '../../engine';

export interface LeverInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: string;
}

export interface Briefing {
  readonly title: string;
  readonly commander: string;
  readonly text: string;
}

/** Historical losses of one side; null where the sources give no number. */
export interface HistoricalLosses {
  readonly killed: number | null;
  readonly wounded: number | null;
  readonly missing: number | null;
  readonly tanks: number | null;
  readonly armouredCars: number | null;
  readonly guns: number | null;
  /** The units the figures cover when less than the whole side, and that in words (the scenario's `historical.losses`). */
  readonly units?: readonly string[] | undefined;
  readonly covers?: string | undefined;
}

export interface ScenarioEntry {
  readonly id: string;
  readonly title: string;
  readonly dates: string;
  readonly summary: string;
  readonly tutorial: boolean;
  readonly briefings: BySide<Briefing>;
  readonly levers: readonly LeverInfo[];
  readonly map: MapData;
  readonly historical: {
    readonly winner: Side | 'draw' | null;
    readonly result: string;
    readonly losses: BySide<HistoricalLosses>;
  } | null;
}

export interface ScenarioCatalog {
  readonly entries: readonly ScenarioEntry[];
  /** A fresh game, or the reason it cannot start (unknown id, lever out of range). */
  createGame(id: string, seed: number, levers: Readonly<Record<string, number>>): GameState | { ok: false; reason: string };
  /** The scenario's AI plan for a side (empty for an unknown id). */
  aiPlan(id: string, side: Side): SidePlan;
  /** The parsed scenario (the lab's workers play whole games from it), or undefined for an unknown id. */
  scenario(id: string): Scenario | undefined;
  /**
   * A scenario file the player opened: checked exactly as `validate` checks it (the same errors), then added to the
   * entries (replacing an earlier file of the same id; never a bundled scenario) for this visit of the page.
   */
  addScenarioFile(text: string, fileName: string): { ok: true; entry: ScenarioEntry } | { ok: false; errors: readonly FileError[] };
}

/** The levers of a request, completed with defaults and clamped; unknown names are dropped and reported. */
export const resolveLevers = (entry: ScenarioEntry, asked: Readonly<Record<string, number>>): { levers: Record<string, number>; problems: string[] } =>
  clampLevers(entry.levers, asked);

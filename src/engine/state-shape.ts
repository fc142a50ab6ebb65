/**
 * The one place a `GameState` object is built, so every state (the real one after each command, the fogged view a
 * side sees, the AI's view with its own units brought up to date) has the same hidden class. Spreading a state
 * (`{ ...state, units }`) made a new hidden class per spread site: ten of them in one game, and every rule that reads
 * `state.units` or `state.setup` met a state shape its optimised code had not seen and was thrown away ("wrong map")
 * and compiled again. One object literal with every field, in the order of the type, gives one shape (see unit-shape.ts
 * for the unit's). The hash and JSON do not see key order, so nothing else changes.
 */
import type { BySide } from './vocabulary';
import type { GameSetup, GameState, SideRules } from './types';

/** `s` with the fields of `patch` replaced: what `{ ...s, ...patch }` gives, in the one shape. */
export const patchState = (s: GameState, p: Partial<GameState>): GameState => ({
  setup: p.setup ?? s.setup,
  turn: p.turn ?? s.turn,
  activeSide: p.activeSide ?? s.activeSide,
  units: p.units ?? s.units,
  rng: p.rng ?? s.rng,
  pontoons: p.pontoons ?? s.pontoons,
  destroyedCrossings: p.destroyedCrossings ?? s.destroyedCrossings,
  control: p.control ?? s.control,
  milestones: p.milestones ?? s.milestones,
  airSorties: p.airSorties ?? s.airSorties,
  commandCount: p.commandCount ?? s.commandCount,
  result: p.result !== undefined ? p.result : s.result,
});

const NO_PATCH: Partial<GameState> = Object.freeze({});

/** A state with every field present, in the fixed order: the patch that replaces nothing. */
export const makeState = (x: GameState): GameState => patchState(x, NO_PATCH);

/**
 * A setup with every field, in the fixed order: the scenario's (src/scenario builds it here) and each side's view of
 * it (`viewFor` keeps only the side's own unit setups) share one shape, so `state.setup.map` and the like stay
 * monomorphic in the rules both run.
 */
export const makeSetup = (s: GameSetup): GameSetup => ({
  scenarioId: s.scenarioId,
  contentHash: s.contentHash,
  title: s.title,
  levers: s.levers,
  map: s.map,
  clock: s.clock,
  units: s.units,
  supplySources: s.supplySources,
  rules: s.rules,
  objectives: s.objectives,
  milestones: s.milestones,
  victory: s.victory,
});

/** Sorties per side, always built soviet first (one shape; a computed key `{ ...a, [side]: n }` made a new one each time). */
export const sorties = (soviet: number, japanese: number): BySide<number> => ({ soviet, japanese });

/**
 * A side's rules with every field, in the order of the type: defaults spread with a scenario's own values and then
 * levers (`{ ...rules, [rule]: v }`) gave them a shape per scenario and lever setting.
 */
export const makeSideRules = (r: SideRules): SideRules => ({
  supplyRangeMp: r.supplyRangeMp,
  trucks: r.trucks,
  menPerTruck: r.menPerTruck,
  artilleryAmmoPercent: r.artilleryAmmoPercent,
  airSorties: r.airSorties,
  airStrikesOnBases: r.airStrikesOnBases,
  tankFireVulnerabilityPercent: r.tankFireVulnerabilityPercent,
  combinedArmsPercent: r.combinedArmsPercent,
  alertFromTurn: r.alertFromTurn,
  qualityPercent: r.qualityPercent,
  preparedPositions: r.preparedPositions,
});

/**
 * The four combat commands: assault (`attack`), direct fire (`fire`), artillery bombardment (`bombard`) and air strikes
 * (`air-strike`). Each checks the command, resolves it with the state's RNG (two 2d6 rolls) and returns the new state
 * with its events, or a reason a player can read. `previewAttack` gives the exact odds of the same numbers.
 */
import { applyResolution } from './combat-apply';
import { buildEngagement } from './combat-engagement';
import type { CombatKind } from './combat-fire';
import { resolveCombat } from './combat-resolve';
import type { Axial } from './hex';
import { Rng } from './rng';
import type { Command, CommandResult, GameState } from './types';
import type { Side } from './vocabulary';
import { patchState } from './state-shape';

export { previewAttack, type AttackPreview, type PreviewResult } from './combat-preview';
export { resolveCombat, settleCombat, type CombatResolution } from './combat-resolve';
export type { CombatInputs, CombatKind, Combatant } from './combat-fire';
export type { CombatModifier } from './combat-modifiers';

const run = (state: GameState, kind: CombatKind, unitIds: readonly string[], target: Axial, airSide?: Side): CommandResult => {
  const built = buildEngagement(state, kind, unitIds, target, airSide);
  if (!built.ok) return built;
  const e = built.engagement;
  const rng = new Rng(state.rng);
  const res = resolveCombat(e.inputs, rng);
  const { state: next, events } = applyResolution(state, e, res);
  return { ok: true, state: patchState(next, { rng: rng.state() }), events };
};

/** An assault by one or more units on an adjacent hex. */
export const applyAttack = (state: GameState, cmd: Extract<Command, { type: 'attack' }>): CommandResult =>
  run(state, 'assault', cmd.unitIds, cmd.target);

/** Direct fire (rifles, machine guns, tank and anti-tank guns over open sights) from one unit at a seen target. */
export const applyFire = (state: GameState, cmd: Extract<Command, { type: 'fire' }>): CommandResult =>
  run(state, 'fire', [cmd.unitId], cmd.target);

/** Indirect fire by an artillery or mortar unit; full effect only where a friendly unit sees the target. */
export const applyBombard = (state: GameState, cmd: Extract<Command, { type: 'bombard' }>): CommandResult =>
  run(state, 'bombard', [cmd.unitId], cmd.target);

/** An air strike on a hex, using one of the side's sorties for this turn; daylight and flying weather only. */
export const applyAirStrike = (state: GameState, cmd: Extract<Command, { type: 'air-strike' }>): CommandResult =>
  run(state, 'air-strike', [], cmd.target, cmd.side);

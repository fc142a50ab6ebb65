/**
 * The measurable facts objectives and milestones are written in: how many of a group's men are out of the fight,
 * what share of its equipment of some classes is lost, whether two groups have met, whether a side has left an area.
 * All integer arithmetic; percents are rounded down.
 */
import { EQUIPMENT } from './equipment';
import { fastDistance, type Axial } from './hex';
import { findUnit } from './state-update';
import type { GameState, Unit } from './types';
import type { Side } from './vocabulary';

/** Men of the unit no longer in the fight: casualties, or all its men once it is broken, taken or destroyed. */
export const menOutOfAction = (u: Unit): number =>
  u.status === 'routed' || u.status === 'surrendered' || u.status === 'destroyed' ? u.start.men : Math.max(0, u.start.men - u.men);

/** Men lost for good (killed, wounded, missing, captured): what loss thresholds count. */
export const menLost = (u: Unit): number =>
  u.status === 'surrendered' || u.status === 'destroyed' ? u.start.men : Math.max(0, u.start.men - u.men);

const unitsById = (state: GameState, ids: readonly string[]): Unit[] => {
  const out: Unit[] = [];
  for (const id of ids) {
    const u = findUnit(state, id);
    if (u) out.push(u);
  }
  return out;
};

/** Percent (0–100, rounded down) of the listed units' starting men that are out of action. */
export const brokenPercent = (state: GameState, ids: readonly string[]): number => {
  let start = 0;
  let out = 0;
  for (const u of unitsById(state, ids)) {
    start += u.start.men;
    out += menOutOfAction(u);
  }
  return start === 0 ? 0 : Math.floor((out * 100) / start);
};

/** Percent of a side's starting men (reinforcements included) lost for good. */
export const sideLossPercent = (state: GameState, side: Side): number => {
  let start = 0;
  let lost = 0;
  for (const u of state.units) {
    if (u.side !== side) continue;
    start += u.start.men;
    lost += menLost(u);
  }
  return start === 0 ? 0 : Math.floor((lost * 100) / start);
};

/**
 * Percent of the listed units' starting equipment of the given classes (e.g. tank, tankette) that is lost: destroyed,
 * damaged, or gone with a unit that surrendered or was destroyed.
 */
export const equipmentLostPercent = (state: GameState, ids: readonly string[], classes: readonly string[]): number => {
  let start = 0;
  let working = 0;
  for (const u of unitsById(state, ids)) {
    const alive = u.status !== 'surrendered' && u.status !== 'destroyed';
    for (const [type, n] of Object.entries(u.start.equipment)) {
      const cls = EQUIPMENT[type]?.class;
      if (!cls || !classes.includes(cls)) continue;
      start += n;
      if (alive) working += Math.min(n, u.equipment[type] ?? 0);
    }
  }
  return start === 0 ? 0 : Math.floor(((start - working) * 100) / start);
};

/** Whether some active unit of the group stands within `radius` hexes of one of `hexes`. */
export const groupNear = (state: GameState, ids: readonly string[], hexes: readonly Axial[], radius: number): boolean => {
  for (const u of unitsById(state, ids)) {
    if (u.status !== 'active' || !u.hex) continue;
    for (const h of hexes) if (fastDistance(u.hex, h) <= radius) return true;
  }
  return false;
};

/** Two (or more) groups link up when each has an active unit within `radius` of the meeting hexes. */
export const linkedUp = (state: GameState, groups: readonly (readonly string[])[], hexes: readonly Axial[], radius: number): boolean =>
  groups.length > 0 && groups.every((g) => groupNear(state, g, hexes, radius));

/**
 * Whether the other side has taken every one of `hexes` and no unit of `side` (active or routed) is left within
 * `radius` of them. With a radius the milestone means what the history means — "no Japanese forces left" in the
 * pocket — rather than that its strongpoints changed hands while the garrisons still held out round them.
 */
export const sideCleared = (state: GameState, side: Side, hexes: readonly Axial[], radius = 0): boolean => {
  // Cleared means taken: the other side must have held every hex (see hex-control.ts), not merely that `side`
  // stepped off them; otherwise a defender that moves or starts elsewhere would "lose" the ground on turn 1.
  const taker = side === 'soviet' ? 'japanese' : 'soviet';
  for (const h of hexes) if (state.control[`${h.q},${h.r}`] !== taker) return false;
  for (const u of state.units) {
    if (u.side !== side || !u.hex || (u.status !== 'active' && u.status !== 'routed')) continue;
    for (const h of hexes) if (fastDistance(u.hex, h) <= radius) return false;
  }
  return true;
};

/** Whether every listed unit has the given fate. */
export const allUnits = (state: GameState, ids: readonly string[], test: (u: Unit) => boolean): boolean => {
  const units = unitsById(state, ids);
  return units.length > 0 && units.every(test);
};

/**
 * How an enemy unit looks from across the line, for `viewFor`: what its counter shows and what can be counted through
 * binoculars, but not what only its own side knows.
 */
import type { RngState } from './rng';
import type { Unit } from './types';
import { makeUnit } from './unit-shape';

/** The RNG every view carries: a fixed state, so a view reveals nothing about the real dice. */
export const FOG_RNG: RngState = { a: 0x9e3779b9, b: 0x243f6a88, c: 0xb7e15162, d: 1, draws: 0 };

/** Rounds a head count as an observer would estimate it: tens below 100, fifties below 1,000, hundreds above. */
export const estimateMen = (men: number): number => {
  if (men <= 0) return 0;
  const step = men < 100 ? 10 : men < 1000 ? 50 : 100;
  return Math.max(step, Math.round(men / step) * step);
};

const roundTo25 = (v: number): number => Math.min(100, Math.max(0, Math.round(v / 25) * 25));

/**
 * An enemy unit as seen from across the line: identity, arm, size, position, status and the vehicles and guns one can
 * count are kept; head counts become estimates; cohesion, suppression and fatigue are judged to the nearest quarter;
 * supply, ammunition, movement left, losses so far and any arrival schedule are unknown and set to neutral values.
 */
export const fogUnit = (u: Unit): Unit =>
  // Built by `makeUnit`, not by spreading `u` without `arrives`, so a fogged unit has the one unit shape (unit-shape.ts).
  makeUnit({
    ...u,
    arrives: undefined, // an arrival schedule is the other side's secret
    men: estimateMen(u.men),
    start: { men: estimateMen(u.start.men), equipment: u.start.equipment },
    damaged: {},
    destroyed: {},
    casualties: { killed: 0, wounded: 0, missing: 0 },
    cohesion: roundTo25(u.cohesion),
    suppression: roundTo25(u.suppression),
    fatigue: roundTo25(u.fatigue),
    supply: 'supplied',
    turnsOutOfSupply: 0,
    ammo: 100,
    mp: 0,
    acted: { moved: u.acted.moved, attacked: u.acted.attacked, fired: u.acted.fired, dug: false, rallied: false, built: false },
  });

/**
 * Two things a unit can spend its turn on besides moving and fighting: digging in and rallying.
 *
 * Entrenchment rises one level per turn a unit spends digging instead of moving (the `entrench` command ends its
 * movement for the turn). The ground caps it: crumbling sand gives no lasting revetment (the 2/28th dug "in crumbling
 * sand" with no timber, fact sheet §A), so dunes stop at level 2; marsh and the floodplain fill with water at level 1;
 * vehicles only scrape hull-down positions (level 1). Elsewhere the maximum is 3.
 *
 * Rallying restores cohesion to a routed or shaken unit that is not in contact with the enemy. It is a leadership
 * effort that may fail (one draw from the game's RNG), and can be tried once per turn.
 */
import { actingUnit, refuse } from './acting-unit';
import { neighbour, type Direction } from './hex';
import { indexOf } from './map';
import { Rng } from './rng';
import { updateUnit } from './state-update';
import type { CommandResult, GameState, Unit } from './types';
import { KIND_RULES } from './unit-kinds';
import type { Terrain } from './vocabulary';
import { withAction } from './unit-shape';
import { patchState } from './state-shape';

export const MAX_ENTRENCHMENT = 3;
const ENTRENCHMENT_CAP: Readonly<Record<Terrain, number>> = {
  steppe: 3,
  heights: 3,
  hollow: 3,
  village: 3,
  dunes: 2,
  marsh: 1,
  floodplain: 1,
  lake: 0,
};

/** Below this cohesion a unit is shaken and may rally. */
export const SHAKEN_COHESION = 50;
/** A routed unit that rallies back to at least this cohesion returns to the fight. */
export const RALLIED_COHESION = 30;
/** Cohesion a successful rally restores. */
export const RALLY_GAIN = 30;

/** The highest entrenchment level a unit can reach in its hex. */
export const entrenchmentCap = (state: GameState, unit: Unit): number => {
  if (!unit.hex) return 0;
  const i = indexOf(state.setup.map, unit.hex);
  const terrain = i < 0 ? 'lake' : state.setup.map.terrain[i]!;
  const cap = ENTRENCHMENT_CAP[terrain];
  const kindCap = KIND_RULES[unit.kind].maxEntrenchment;
  return kindCap === null ? cap : Math.min(kindCap, cap);
};

/** Whether an active enemy unit stands next to (or in) the unit's hex. */
export const inContact = (state: GameState, unit: Unit): boolean => {
  if (!unit.hex) return false;
  const map = state.setup.map;
  const here = indexOf(map, unit.hex);
  const near = new Set<number>([here]);
  for (let d = 0; d < 6; d++) near.add(indexOf(map, neighbour(unit.hex, d as Direction)));
  for (const e of state.units) {
    if (e.side === unit.side || e.status !== 'active' || !e.hex) continue;
    if (near.has(indexOf(map, e.hex))) return true;
  }
  return false;
};

/** Dig in: the unit gives up its movement this turn and gains one level of entrenchment. */
export const applyEntrench = (state: GameState, unitId: string): CommandResult => {
  const acting = actingUnit(state, unitId);
  if (!acting.ok) return acting;
  const u = acting.unit;
  if (u.status !== 'active') return refuse('routed', `The ${u.label} is ${u.status} and cannot dig in.`);
  if (u.acted.dug) return refuse('already-acted', `The ${u.label} has already dug in this turn.`);
  if (u.acted.moved) return refuse('already-acted', `The ${u.label} has moved this turn; it can dig in only on a turn it stays put.`);
  if (u.acted.attacked) return refuse('already-acted', `The ${u.label} has attacked this turn and cannot dig in as well.`);
  const cap = entrenchmentCap(state, u);
  if (u.entrenchment >= cap) {
    return refuse(
      'dug-in',
      cap === MAX_ENTRENCHMENT
        ? `The ${u.label} is already fully dug in.`
        : `The ${u.label} cannot dig in deeper than level ${cap} on this ground.`,
    );
  }
  const level = u.entrenchment + 1;
  const next = updateUnit(state, u.id, { entrenchment: level, mp: 0, acted: withAction(u.acted, 'dug') });
  return { ok: true, state: next, events: [{ type: 'entrenched', unitId: u.id, level }] };
};

/**
 * The chance, in percent, that a rally succeeds: even odds, better when supplied, worse when cut off, tired or
 * still pinned down; never certain and never hopeless.
 */
export const rallyChancePercent = (unit: Unit): number => {
  let chance = 50;
  if (unit.supply === 'supplied') chance += 20;
  if (unit.supply === 'cut') chance -= 20;
  chance -= Math.floor(unit.fatigue / 5);
  chance -= Math.floor(unit.suppression / 5);
  return Math.max(10, Math.min(90, chance));
};

/** Rally a routed or shaken unit out of contact with the enemy; it may fail. */
export const applyRally = (state: GameState, unitId: string): CommandResult => {
  const acting = actingUnit(state, unitId);
  if (!acting.ok) return acting;
  const u = acting.unit;
  if (u.status === 'active' && u.cohesion >= SHAKEN_COHESION) return refuse('not-needed', `The ${u.label} is in good order and needs no rally.`);
  if (u.acted.rallied) return refuse('already-acted', `The ${u.label} has already tried to rally this turn.`);
  if (u.acted.attacked || u.acted.fired) return refuse('already-acted', `The ${u.label} has been fighting this turn and cannot rally.`);
  if (inContact(state, u)) return refuse('in-contact', `The ${u.label} is in contact with the enemy and cannot rally.`);
  const rng = new Rng(state.rng);
  const success = rng.chance(rallyChancePercent(u), 100);
  const cohesion = success ? Math.min(100, u.cohesion + RALLY_GAIN) : u.cohesion;
  const status = u.status === 'routed' && cohesion >= RALLIED_COHESION ? 'active' : u.status;
  const next = updateUnit(patchState(state, { rng: rng.state() }), u.id, { cohesion, status, acted: withAction(u.acted, 'rallied') });
  return { ok: true, state: next, events: [{ type: 'rallied', unitId: u.id, cohesion, success }] };
};

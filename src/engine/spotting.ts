/**
 * Spotting: whether one unit sees what is in a hex this turn, and how far it can see.
 *
 * A unit spots a hex when the hex is next to it (always), or when there is line of sight and the distance is within
 * its spotting range. The range starts from the turn's visibility (light and weather, `clockAt`) and is scaled, in
 * integer percents, by what the observer is (reconnaissance and forward observers see further, tanks buttoned up
 * less), by looking down from heights or from well above the target, by the target hex's concealment (dunes,
 * hollows and villages hide), and by what the enemy there did this turn (firing gives a unit away; so, less, does
 * moving; digging in hides it). So by day a rifle company sees a few kilometres over open steppe, and by night only
 * its neighbours.
 */
import { blockerBetween, sightTables } from './line-of-sight';
import { indexOf } from './map';
import { isOnMap } from './state-update';
import { clockAt } from './time';
import type { GameState, Unit } from './types';
import { byKind } from './unit-kinds';
import type { Side, Terrain, UnitKind } from './vocabulary';

/** Spotting range of each arm of service, percent of the turn's visibility (the kinds table's `spottingPercent`). */
export const OBSERVER_RANGE_PERCENT: Readonly<Record<UnitKind, number>> = byKind((r) => r.spottingPercent);

/** How openly a hex shows what is in it, percent of the spotting range. */
export const CONCEALMENT_PERCENT: Readonly<Record<Terrain, number>> = {
  steppe: 100,
  dunes: 50,
  hollow: 50,
  marsh: 100,
  floodplain: 75, // reeds and willow along the river
  heights: 100,
  lake: 100,
  village: 50,
};

/** An observer on heights terrain, or at least OVERLOOK_METRES above the target's ground, sees this much further. */
export const OVERLOOK_PERCENT = 150;
export const OVERLOOK_METRES = 20;

/** What the enemy in a hex did this turn, as percent of the spotting range (the most revealing occupant counts). */
export const FIRED_PERCENT = 200; // fired or attacked: muzzle flashes, dust, noise
export const MOVED_PERCENT = 125;
export const DUG_IN_PERCENT = 75; // entrenchment 2 or more, and neither fired nor moved
export const NEUTRAL_PERCENT = 100;

/** Whether a unit is on the map with eyes (and a body that can be seen): active or routed. */

/** How revealing a unit is this turn, percent. */
export const exposurePercent = (u: Unit): number => {
  if (u.acted.fired || u.acted.attacked) return FIRED_PERCENT;
  if (u.acted.moved) return MOVED_PERCENT;
  if (u.entrenchment >= 2) return DUG_IN_PERCENT;
  return NEUTRAL_PERCENT;
};

/** Per hex index: how revealing the units of `side` standing there are (100 for an empty hex). */
export const exposureOf = (state: GameState, side: Side): Uint16Array => {
  const map = state.setup.map;
  const out = new Uint16Array(map.width * map.height).fill(NEUTRAL_PERCENT);
  const seenAny = new Uint8Array(out.length);
  for (const u of state.units) {
    if (u.side !== side || !isOnMap(u)) continue;
    const i = indexOf(map, u.hex!);
    if (i < 0) continue;
    const e = exposurePercent(u);
    // The first unit sets the hex's value, later ones only raise it: one unit firing gives the whole stack away.
    out[i] = seenAny[i] === 0 ? e : Math.max(out[i]!, e);
    seenAny[i] = 1;
  }
  return out;
};

// Spotting range = visibility × observer% × overlook% × concealment% × exposure% / 100^4, in metres, compared
// against distance × hexMetres after multiplying through (all integers well inside 2^53).
export const PERCENT4 = 100_000_000;

export const enemyOf = (side: Side): Side => (side === 'soviet' ? 'japanese' : 'soviet');

/** Exposure of the units of `side` in the hex at `index` (100 when there are none), without building a whole table. */
const exposureAt = (state: GameState, side: Side, index: number): number => {
  let e = -1;
  for (const u of state.units) {
    if (u.side !== side || !isOnMap(u) || indexOf(state.setup.map, u.hex!) !== index) continue;
    e = Math.max(e, exposurePercent(u));
  }
  return e < 0 ? NEUTRAL_PERCENT : e;
};

/** The four-percent product for `observer` at `oi` and the target hex `ti` (before dividing by 100^4). */
const rangeProduct = (state: GameState, observer: Unit, oi: number, ti: number): number => {
  const map = state.setup.map;
  const overlook =
    map.terrain[oi] === 'heights' || map.elevation[oi]! - map.elevation[ti]! >= OVERLOOK_METRES ? OVERLOOK_PERCENT : 100;
  return (
    clockAt(state.setup, state.turn).visibilityMetres *
    OBSERVER_RANGE_PERCENT[observer.kind] *
    overlook *
    CONCEALMENT_PERCENT[map.terrain[ti]!] *
    exposureAt(state, enemyOf(observer.side), ti)
  );
};

const hexDistance = (state: GameState, i: number, j: number): number => {
  const t = sightTables(state.setup.map);
  const dq = t.q[i]! - t.q[j]!;
  const dr = t.r[i]! - t.r[j]!;
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
};

/**
 * How far `observer` can spot into the hex at index `targetIndex` this turn, in metres (ignoring line of sight and the
 * always-seen neighbours). For tooltips and the AI's reasoning.
 */
export const spottingRangeMetres = (state: GameState, observer: Unit, targetIndex: number): number => {
  if (!isOnMap(observer)) return 0;
  const oi = indexOf(state.setup.map, observer.hex!);
  if (oi < 0) return 0;
  return Math.floor(rangeProduct(state, observer, oi, targetIndex) / PERCENT4);
};

/** Whether `observer` can see what is in `targetHex` this turn: next to it, or in range and in line of sight. */
export const canSpot = (state: GameState, observer: Unit, targetHex: { readonly q: number; readonly r: number }): boolean => {
  if (!isOnMap(observer)) return false;
  const map = state.setup.map;
  const oi = indexOf(map, observer.hex!);
  const ti = indexOf(map, targetHex);
  if (oi < 0 || ti < 0) return false;
  const d = hexDistance(state, oi, ti);
  if (d <= 1) return true;
  if (d * map.hexMetres * PERCENT4 > rangeProduct(state, observer, oi, ti)) return false;
  return blockerBetween(map, sightTables(map), oi, ti) < 0;
};

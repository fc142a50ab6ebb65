/**
 * Small immutable updates shared by the rule modules. States share everything they do not change: replacing one unit
 * copies the units array (a few hundred pointers) and that unit only.
 */
import type { Axial } from './hex';
import type { GameState, Unit } from './types';
import { patchUnit } from './unit-shape';
import { patchState } from './state-shape';

/** Index of a unit by id (units are sorted by id, so this is a binary search). */
export const unitIndex = (state: GameState, unitId: string): number => {
  const units = state.units;
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = units[mid]!.id;
    if (id === unitId) return mid;
    if (id < unitId) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
};

export const findUnit = (state: GameState, unitId: string): Unit | undefined => {
  const i = unitIndex(state, unitId);
  return i < 0 ? undefined : state.units[i];
};

/** A new state with several units replaced (each `patch` merged over the current unit). */
export const updateUnits = (state: GameState, patches: ReadonlyMap<string, Partial<Unit>>): GameState => {
  if (patches.size === 0) return state;
  const units = state.units.slice();
  for (const [id, patch] of patches) {
    const i = unitIndex(state, id);
    if (i < 0) continue;
    units[i] = patchUnit(units[i]!, patch);
  }
  return patchState(state, { units });
};

export const updateUnit = (state: GameState, unitId: string, patch: Partial<Unit>): GameState =>
  updateUnits(state, new Map([[unitId, patch]]));

/** Adds counts (missing keys count as 0); result keys are sorted so states stay canonical. */
export const addCounts = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>, sign = 1): Record<string, number> => {
  const out: Record<string, number> = {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const k of keys) {
    const v = (a[k] ?? 0) + sign * (b[k] ?? 0);
    if (v !== 0) out[k] = v;
  }
  return out;
};

/** A unit standing on the map and in the battle (active or routed), narrowed to one with a hex. */
export const isOnMap = (u: Unit): u is Unit & { readonly hex: Axial } => u.hex !== null && (u.status === 'active' || u.status === 'routed');

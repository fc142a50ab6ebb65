/**
 * What a side sees: per-hex visibility for the whole side (every observer's spotting, see spotting.ts, in one fast
 * sweep, cached per state), and the fog-of-war view built from it that the AI and the UI read instead of the state.
 */
import { FOG_RNG, fogUnit } from './fog-unit';
import { blockerBetween, sightTables } from './line-of-sight';
import { indexOf } from './map';
import { footprint } from './sight-footprint';
import {
  CONCEALMENT_PERCENT,
  enemyOf,
  exposureOf,
  isOnMap,
  NEUTRAL_PERCENT,
  OBSERVER_RANGE_PERCENT,
  OVERLOOK_METRES,
  OVERLOOK_PERCENT,
  PERCENT4,
} from './spotting';
import { clockAt } from './time';
import type { GameState, Unit } from './types';
import type { Side } from './vocabulary';

export { estimateMen, FOG_RNG, fogUnit } from './fog-unit';
export {
  canSpot,
  CONCEALMENT_PERCENT,
  DUG_IN_PERCENT,
  exposurePercent,
  FIRED_PERCENT,
  isOnMap,
  MOVED_PERCENT,
  OBSERVER_RANGE_PERCENT,
  OVERLOOK_METRES,
  OVERLOOK_PERCENT,
  spottingRangeMetres,
} from './spotting';

/**
 * The whole side's visibility. Each observer's footprint on ordinary ground (exposure 100 %, cached per map, see
 * sight-footprint.ts) is laid down; then the few hexes holding enemies who change the answer — dug in (less than
 * 100 %) or firing and moving (more) — are decided again against every observer with their real exposure.
 */
const computeVisible = (state: GameState, side: Side): Uint8Array => {
  const map = state.setup.map;
  const t = sightTables(map);
  const visible = new Uint8Array(map.width * map.height);
  const visibility = clockAt(state.setup, state.turn).visibilityMetres;
  const observers: number[] = [];
  const observerKinds: number[] = [];
  for (const u of state.units) {
    if (u.side !== side || !isOnMap(u)) continue;
    const oi = indexOf(map, u.hex!);
    if (oi < 0) continue;
    const kind = OBSERVER_RANGE_PERCENT[u.kind];
    observers.push(oi);
    observerKinds.push(kind);
    const f = footprint(map, oi, kind, visibility);
    for (let k = 0; k < f.length; k++) visible[f[k]!] = 1;
  }
  const exposure = exposureOf(state, enemyOf(side));
  const limit = map.hexMetres * PERCENT4;
  const decided = new Uint8Array(visible.length);
  for (const u of state.units) {
    if (u.side === side || !isOnMap(u)) continue;
    const ti = indexOf(map, u.hex!);
    if (ti < 0 || decided[ti] === 1 || exposure[ti] === NEUTRAL_PERCENT) continue;
    decided[ti] = 1;
    let seen = 0;
    for (let k = 0; k < observers.length && seen === 0; k++) {
      const oi = observers[k]!;
      const dq = t.q[oi]! - t.q[ti]!;
      const dr = t.r[oi]! - t.r[ti]!;
      const dist = (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
      if (dist <= 1) {
        seen = 1;
        continue;
      }
      const overlook =
        map.terrain[oi] === 'heights' || map.elevation[oi]! - map.elevation[ti]! >= OVERLOOK_METRES ? OVERLOOK_PERCENT : 100;
      const product = visibility * observerKinds[k]! * overlook * CONCEALMENT_PERCENT[map.terrain[ti]!] * exposure[ti]!;
      if (dist * limit <= product && blockerBetween(map, t, oi, ti) < 0) seen = 1;
    }
    visible[ti] = seen;
  }
  return visible;
};

// A side's visibility is asked for by the UI, the AI and combat (observed fire) several times per state; the units
// array, the setup and the turn fix it, so cache by them.
interface VisibleEntry {
  readonly setup: GameState['setup'];
  readonly turn: number;
  readonly bySide: Partial<Record<Side, Uint8Array>>;
}
const visibleCache = new WeakMap<readonly Unit[], VisibleEntry>();

/** The cached per-hex visibility; callers inside the engine must not change it. */
const sharedVisible = (state: GameState, side: Side): Uint8Array => {
  let entry = visibleCache.get(state.units);
  if (!entry || entry.setup !== state.setup || entry.turn !== state.turn) {
    entry = { setup: state.setup, turn: state.turn, bySide: {} };
    visibleCache.set(state.units, entry);
  }
  let v = entry.bySide[side];
  if (!v) {
    v = computeVisible(state, side);
    entry.bySide[side] = v;
  }
  return v;
};

/**
 * Per hex index, 1 where `side` can see what is there this turn (its own hexes and their neighbours always). A fresh
 * array each call, so a caller may change its copy.
 */
export const visibleHexes = (state: GameState, side: Side): Uint8Array => sharedVisible(state, side).slice();

/** What one side may know: the fogged state, which hexes it sees, and the ids of the enemy units it sees. */
export interface SideView {
  readonly side: Side;
  /**
   * A fogged copy of the game: all own units; enemy units only where seen, as their counters show them (see
   * `fogUnit`); `setup.units` without the enemy's; enemy pontoon work only where seen; a fixed dummy RNG so no one
   * can foresee the dice. Rules that only read (reachable, previewAttack) work on it as on the real state.
   */
  readonly state: GameState;
  /** Per hex index: 1 where the side sees what is there. */
  readonly visible: Uint8Array;
  /** Enemy unit ids in sight, sorted. */
  readonly seen: readonly string[];
}

/** Whether the edge "index:direction" touches a visible hex. */
const edgeVisible = (state: GameState, edge: string, visible: Uint8Array): boolean => {
  const [a, d] = edge.split(':').map(Number) as [number, number];
  if (visible[a] === 1) return true;
  const b = state.setup.map.neighbours[a * 6 + d];
  return b !== undefined && b >= 0 && visible[b] === 1;
};

/** All that `side` may know of the game (fog of war). The AI and the UI read only this, never the real state. */
export const viewFor = (state: GameState, side: Side): SideView => {
  const visible = sharedVisible(state, side);
  const map = state.setup.map;
  const seen: string[] = [];
  const units: Unit[] = [];
  for (const u of state.units) {
    if (u.side === side) {
      units.push(u);
    } else if (isOnMap(u)) {
      const i = indexOf(map, u.hex!);
      if (i >= 0 && visible[i] === 1) {
        units.push(fogUnit(u));
        seen.push(u.id);
      }
    }
  }
  const fogged: GameState = {
    ...state,
    setup: { ...state.setup, units: state.setup.units.filter((u) => u.side === side) },
    units,
    rng: FOG_RNG,
    pontoons: state.pontoons.filter((p) => p.side === side || edgeVisible(state, p.edge, visible)),
  };
  return { side, state: fogged, visible: visible.slice(), seen };
};

/**
 * Whether some unit of `side` sees what is in `target` this turn (observed fire, air strikes, the UI's tooltips).
 * Reads the cached table without copying it, so it is cheap to ask in loops.
 */
export const sideSees = (state: GameState, side: Side, target: { readonly q: number; readonly r: number }): boolean => {
  const i = indexOf(state.setup.map, target);
  return i >= 0 && sharedVisible(state, side)[i] === 1;
};

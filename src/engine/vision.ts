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
  exposurePercent,
  NEUTRAL_PERCENT,
  OBSERVER_RANGE_PERCENT,
  OVERLOOK_METRES,
  OVERLOOK_PERCENT,
  PERCENT4,
} from './spotting';
import { isOnMap } from './state-update';
import { clockAt } from './time';
import type { GameState, Unit } from './types';
import type { Side } from './vocabulary';
import { makeSetup, patchState } from './state-shape';

export { estimateMen, FOG_RNG, fogUnit } from './fog-unit';
export {
  canSpot,
  CONCEALMENT_PERCENT,
  DUG_IN_PERCENT,
  exposurePercent,
  FIRED_PERCENT,
  MOVED_PERCENT,
  OBSERVER_RANGE_PERCENT,
  OVERLOOK_METRES,
  OVERLOOK_PERCENT,
  spottingRangeMetres,
} from './spotting';

/**
 * A side's sight this turn, per hex index. `observed`: the side sees into the hex — it would see an ordinary unit
 * standing there. It never depends on enemies the side does not see, so the fog itself gives nothing away (a dug-in
 * unit does not leave a hole in it). `spotted`: the side sees what is actually there — the same, except that enemies
 * dug in may stay hidden in an observed hex, and enemies firing or moving may be seen beyond it.
 */
interface Sight {
  readonly observed: Uint8Array;
  readonly spotted: Uint8Array;
}

/**
 * Each observer's footprint on ordinary ground (exposure 100 %, cached per map, see sight-footprint.ts) is laid down;
 * then the few hexes holding enemies whose exposure is not 100 % are decided again against every observer.
 */
const computeSight = (state: GameState, side: Side): Sight => {
  const map = state.setup.map;
  const t = sightTables(map);
  const observed = new Uint8Array(map.width * map.height);
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
    for (let k = 0; k < f.length; k++) observed[f[k]!] = 1;
  }
  const spotted = observed.slice();
  const exposure = exposureOf(state, enemyOf(side));
  const limit = map.hexMetres * PERCENT4;
  const decided = new Uint8Array(observed.length);
  for (const u of state.units) {
    if (u.side === side || !isOnMap(u)) continue;
    const ti = indexOf(map, u.hex!);
    if (ti < 0 || decided[ti] === 1 || exposure[ti] === NEUTRAL_PERCENT) continue;
    decided[ti] = 1;
    // A revealing enemy already in an observed hex is seen; only the other cases need the exact check.
    if (exposure[ti]! > NEUTRAL_PERCENT && observed[ti] === 1) continue;
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
    spotted[ti] = seen;
    // A unit given away by its fire is seen, and so is its hex.
    if (seen === 1) observed[ti] = 1;
  }
  return { observed, spotted };
};

// A side's sight is asked for by the UI, the AI and combat (observed fire) several times per state; the units array,
// the setup and the turn fix it, so cache by them.
interface SightEntry {
  readonly setup: GameState['setup'];
  readonly turn: number;
  readonly bySide: Partial<Record<Side, Sight>>;
}
const sightCache = new WeakMap<readonly Unit[], SightEntry>();

/**
 * Everything of the units that one side's sight reads, one number per unit: where it stands (or that it is not on
 * the map), whose it is, and for the side's own units the kind of observer, for the enemy's how exposed it is. A
 * bombardment or a rally changes men and cohesion but none of this, and a gun that fires gives itself away only to
 * the other side, so the next state's sight is usually the last one's.
 */
const sightSignature = (state: GameState, side: Side): Float64Array => {
  const map = state.setup.map;
  const out = new Float64Array(state.units.length);
  for (let i = 0; i < state.units.length; i++) {
    const u = state.units[i]!;
    const own = u.side === side;
    out[i] = isOnMap(u) ? (indexOf(map, u.hex!) * 1024 + (own ? OBSERVER_RANGE_PERCENT[u.kind] : exposurePercent(u))) * 2 + (own ? 1 : 0) : -1;
  }
  return out;
};
const sameSignature = (a: Float64Array, b: Float64Array): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
interface LastSight {
  readonly turn: number;
  readonly signature: Float64Array;
  readonly sight: Sight;
}
/** The last sight worked out for each setup and side, with the signature it was worked out from. */
const lastSight = new WeakMap<GameState['setup'], Partial<Record<Side, LastSight>>>();

/** The cached sight; callers inside the engine must not change it. */
const sharedSight = (state: GameState, side: Side): Sight => {
  let entry = sightCache.get(state.units);
  if (!entry || entry.setup !== state.setup || entry.turn !== state.turn) {
    entry = { setup: state.setup, turn: state.turn, bySide: {} };
    sightCache.set(state.units, entry);
  }
  let v = entry.bySide[side];
  if (!v) {
    // A new units array: reuse the side's last sight in this setup when nothing that sight reads has changed.
    const signature = sightSignature(state, side);
    let bySide = lastSight.get(state.setup);
    if (!bySide) {
      bySide = {};
      lastSight.set(state.setup, bySide);
    }
    const last = bySide[side];
    if (last && last.turn === state.turn && sameSignature(last.signature, signature)) v = last.sight;
    else {
      v = computeSight(state, side);
      bySide[side] = { turn: state.turn, signature, sight: v };
    }
    entry.bySide[side] = v;
  }
  return v;
};

/**
 * Per hex index, 1 where `side` sees into the hex this turn: it would see an ordinary unit standing there. Its own
 * hexes and their neighbours always. This is the fog a player is shown; it depends only on what the side knows, so an
 * enemy dug in may stay unseen in a visible hex (see `viewFor`'s `seen`). A fresh array each call.
 */
export const visibleHexes = (state: GameState, side: Side): Uint8Array => sharedSight(state, side).observed.slice();

/** What one side may know: the fogged state, which hexes it sees, and the ids of the enemy units it sees. */
export interface SideView {
  readonly side: Side;
  /**
   * A fogged copy of the game: all own units; enemy units only where seen, as their counters show them (see
   * `fogUnit`); `setup.units` without the enemy's; enemy pontoon work only where seen; a fixed dummy RNG so no one
   * can foresee the dice. Rules that only read (reachable, previewAttack) work on it as on the real state.
   */
  readonly state: GameState;
  /** Per hex index: 1 where the side sees into the hex (`visibleHexes`). */
  readonly visible: Uint8Array;
  /** Enemy unit ids in sight, sorted: those on visible hexes, less any dug in out of sight. */
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
  const { observed: visible, spotted } = sharedSight(state, side);
  const map = state.setup.map;
  const seen: string[] = [];
  const units: Unit[] = [];
  for (const u of state.units) {
    if (u.side === side) {
      units.push(u);
    } else if (isOnMap(u)) {
      const i = indexOf(map, u.hex!);
      if (i >= 0 && spotted[i] === 1) {
        units.push(fogUnit(u));
        seen.push(u.id);
      }
    }
  }
  const fogged = patchState(state, {
    setup: makeSetup({ ...state.setup, units: state.setup.units.filter((u) => u.side === side) }),
    units,
    rng: FOG_RNG,
    pontoons: state.pontoons.filter((p) => p.side === side || edgeVisible(state, p.edge, visible)),
  });
  return { side, state: fogged, visible: visible.slice(), seen };
};

/**
 * Whether some unit of `side` sees what is in `target` this turn — the enemy there, dug in or not — for observed
 * fire and air strikes. The same as asking `canSpot` of every unit of the side.
 * Reads the cached table without copying it, so it is cheap to ask in loops.
 */
export const sideSees = (state: GameState, side: Side, target: { readonly q: number; readonly r: number }): boolean => {
  const i = indexOf(state.setup.map, target);
  return i >= 0 && sharedSight(state, side).spotted[i] === 1;
};

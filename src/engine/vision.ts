/**
 * Spotting: which hexes a side can see into, and which enemy units it therefore knows of.
 *
 * A unit spots a hex when the hex is next to it (always), or when there is line of sight and the distance is within
 * its spotting range. The range starts from the turn's visibility (light and weather, `clockAt`) and is scaled, in
 * integer percents, by what the observer is (reconnaissance and forward observers see further, tanks buttoned up
 * less), by looking down from heights or from well above the target, by the target hex's concealment (dunes,
 * hollows and villages hide), and by what the enemy there did this turn (firing gives a unit away; so, less, does
 * moving; digging in hides it). So by day a rifle company sees a few kilometres over open steppe, and by night only
 * its neighbours.
 */
import { FOG_RNG, fogUnit } from './fog-unit';
import { blockerBetween, sightTables } from './line-of-sight';
import { indexOf } from './map';
import { clockAt } from './time';
import type { GameState, Unit } from './types';
import type { Side, Terrain, UnitKind } from './vocabulary';

export { estimateMen, FOG_RNG, fogUnit } from './fog-unit';

/** Spotting range of each arm of service, percent of the turn's visibility. */
export const OBSERVER_RANGE_PERCENT: Readonly<Record<UnitKind, number>> = {
  infantry: 100,
  'motorised-infantry': 100,
  cavalry: 125, // mounted scouts and a higher seat
  tank: 75, // buttoned up, vision slits and periscopes
  'armoured-car': 125, // the BA cars served as reconnaissance
  reconnaissance: 150,
  artillery: 125, // forward observers with optics
  'anti-tank': 100,
  engineer: 100,
  headquarters: 125, // observation posts with stereo telescopes
  'machine-gun': 100,
};

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
const NEUTRAL_PERCENT = 100;

/** Whether a unit is on the map with eyes (and a body that can be seen): active or routed. */
export const isOnMap = (u: Unit): boolean => u.hex !== null && (u.status === 'active' || u.status === 'routed');

/** How revealing a unit is this turn, percent. */
export const exposurePercent = (u: Unit): number => {
  if (u.acted.fired || u.acted.attacked) return FIRED_PERCENT;
  if (u.acted.moved) return MOVED_PERCENT;
  if (u.entrenchment >= 2) return DUG_IN_PERCENT;
  return NEUTRAL_PERCENT;
};

/** Per hex index: how revealing the units of `side` standing there are (100 for an empty hex). */
const exposureOf = (state: GameState, side: Side): Uint16Array => {
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
const PERCENT4 = 100_000_000;

const enemyOf = (side: Side): Side => (side === 'soviet' ? 'japanese' : 'soviet');

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

// The lowest ground of each map, to tell quickly whether an observer can overlook anything at all.
const lowestCache = new WeakMap<GameState['setup']['map'], number>();
const lowestGround = (map: GameState['setup']['map']): number => {
  let low = lowestCache.get(map);
  if (low === undefined) {
    low = map.elevation.reduce((m, e) => Math.min(m, e), Number.POSITIVE_INFINITY);
    lowestCache.set(map, low);
  }
  return low;
};

const computeVisible = (state: GameState, side: Side): Uint8Array => {
  const map = state.setup.map;
  const { width, height } = map;
  const t = sightTables(map);
  const visible = new Uint8Array(width * height);
  const visibility = clockAt(state.setup, state.turn).visibilityMetres;
  const exposure = exposureOf(state, enemyOf(side));
  // The farthest any hex can be seen: the most revealing target on the map, in the open (concealment 100).
  const maxExposure = exposure.reduce((m, e) => Math.max(m, e), NEUTRAL_PERCENT);
  const low = lowestGround(map);
  const limit = map.hexMetres * PERCENT4;
  for (const u of state.units) {
    if (u.side !== side || !isOnMap(u)) continue;
    const oi = indexOf(map, u.hex!);
    if (oi < 0) continue;
    visible[oi] = 1;
    for (let d = 0; d < 6; d++) {
      const j = map.neighbours[oi * 6 + d]!;
      if (j >= 0) visible[j] = 1;
    }
    const kind = OBSERVER_RANGE_PERCENT[u.kind];
    const onHeights = map.terrain[oi] === 'heights';
    const oElevation = map.elevation[oi]!;
    const mayOverlook = onHeights || oElevation - low >= OVERLOOK_METRES;
    const reach = Math.floor((visibility * kind * (mayOverlook ? OVERLOOK_PERCENT : 100) * 100 * maxExposure) / limit);
    if (reach < 2) continue;
    const oq = t.q[oi]!;
    const or = t.r[oi]!;
    const rMin = Math.max(0, or - reach);
    const rMax = Math.min(height - 1, or + reach);
    for (let r = rMin; r <= rMax; r++) {
      const dr = r - or;
      const qMin = oq + Math.max(-reach, -dr - reach);
      const qMax = oq + Math.min(reach, -dr + reach);
      const shift = (r - (r & 1)) >> 1;
      const cMin = Math.max(0, qMin + shift);
      const cMax = Math.min(width - 1, qMax + shift);
      for (let col = cMin; col <= cMax; col++) {
        const ti = r * width + col;
        if (visible[ti] === 1) continue;
        const dq = col - shift - oq;
        const dist = (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
        const overlook = onHeights || oElevation - map.elevation[ti]! >= OVERLOOK_METRES ? OVERLOOK_PERCENT : 100;
        const product = visibility * kind * overlook * CONCEALMENT_PERCENT[map.terrain[ti]!] * exposure[ti]!;
        if (dist * limit > product) continue;
        if (blockerBetween(map, t, oi, ti) < 0) visible[ti] = 1;
      }
    }
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

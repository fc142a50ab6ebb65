/**
 * Supply. Each turn every unit on the map traces a line to one of its side's supply sources: over passable ground, not
 * through hexes held by the enemy, and not through the enemy's zone of control unless a friendly unit stands there to
 * keep the road open, within the side's supply range (movement points for lorries: roads and tracks are cheap, dunes
 * and marsh dear). A source the enemy stands on supplies nobody.
 *
 * The side's lorries then serve units nearest first: `trucks × menPerTruck` men are fully supplied; units reachable
 * beyond that capacity get 'limited' supply; units with no line at all are 'cut'. Out of supply, ammunition and
 * cohesion run down every turn, faster when cut off and faster the longer it lasts; a supplied unit refills its
 * ammunition by a third of a basic load per turn.
 */
import { crossingAt } from './crossings';
import type { Direction } from './hex';
import { indexOf } from './map';
import { updateUnits, isOnMap } from './state-update';
import { zoneOfControl } from './zone-of-control';
import type { GameEvent, GameState, Unit } from './types';
import type { Side, SupplyState, Terrain } from './vocabulary';

/**
 * Lorry cost to enter a 500 m hex off the roads (a 1 km hex costs twice as much). Lakes are impassable. With the
 * default range of 120 a lorry line runs about 30 km over open steppe, 60 km along a road, 15 km through dunes.
 */
export const SUPPLY_TERRAIN_COST: Readonly<Record<Terrain, number>> = {
  steppe: 2,
  village: 2,
  hollow: 3,
  heights: 3,
  dunes: 4,
  floodplain: 4,
  marsh: 6,
  lake: Number.POSITIVE_INFINITY,
};
export const SUPPLY_ROAD_COST = 1;
export const SUPPLY_TRACK_COST = 1;
/** Extra cost to ford the minor river (the Holsten) where there is no crossing. */
export const SUPPLY_MINOR_RIVER_COST = 3;

/** Per turn out of supply. */
export const AMMO_LOSS_LIMITED = 5;
export const AMMO_LOSS_CUT = 15;
export const AMMO_RESUPPLY = 34;
/** Cohesion lost per turn: this many points times the consecutive turns out of supply (counted up to 3). */
export const COHESION_LOSS_LIMITED = 1;
export const COHESION_LOSS_CUT = 4;

const ON_MAP = (u: Unit): boolean => isOnMap(u);

const NO_RIVER = 0;
const MINOR_RIVER = 1;
const MAJOR_RIVER = 2;
/** Per map edge (index × 6 + direction): the lorry cost of the step before any river, and the river on the edge. */
interface EdgeCosts {
  readonly step: Float64Array;
  readonly river: Uint8Array;
}
const edgeCostCache = new WeakMap<GameState['setup']['map'], EdgeCosts>();
const edgeCosts = (map: GameState['setup']['map']): EdgeCosts => {
  let c = edgeCostCache.get(map);
  if (!c) {
    const n = map.width * map.height;
    const step = new Float64Array(n * 6);
    const river = new Uint8Array(n * 6);
    for (let e = 0; e < n * 6; e++) {
      const j = map.neighbours[e]!;
      if (j < 0) continue;
      const road = map.road[e]!;
      step[e] = road === 'road' ? SUPPLY_ROAD_COST : road === 'track' ? SUPPLY_TRACK_COST : SUPPLY_TERRAIN_COST[map.terrain[j]!];
      const r = map.river[e]!;
      river[e] = r === 'major' ? MAJOR_RIVER : r === 'none' ? NO_RIVER : MINOR_RIVER;
    }
    c = { step, river };
    edgeCostCache.set(map, c);
  }
  return c;
};

/**
 * Lorry costs from the side's sources to every hex (Infinity where no line reaches within range). Exported for the
 * UI's supply overlay and for the AI's "keep the supply line" judgement.
 */
export const supplyDistances = (state: GameState, side: Side): Float64Array => {
  const map = state.setup.map;
  const n = map.width * map.height;
  const range = state.setup.rules[side].supplyRangeMp;
  const scale = Math.max(1, Math.round(map.hexMetres / 500));
  const enemyHeld = new Uint8Array(n);
  const friendlyHeld = new Uint8Array(n);
  for (const u of state.units) {
    if (!ON_MAP(u)) continue;
    const i = indexOf(map, u.hex!);
    if (i < 0) continue;
    if (u.side === side) friendlyHeld[i] = 1;
    else enemyHeld[i] = 1;
  }
  // The movement rules' zone of control (not across the Khalkhin Gol except over a crossing; routed units have none).
  const zoc = zoneOfControl(state, side);
  const costs = edgeCosts(map);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  // Dial's algorithm: integer costs within a small range, so a bucket per cost beats a heap.
  const buckets: number[][] = Array.from({ length: range + 1 }, () => []);
  for (const s of state.setup.supplySources) {
    if (s.side !== side) continue;
    const i = indexOf(map, s.hex);
    if (i < 0 || enemyHeld[i] || dist[i] === 0) continue;
    dist[i] = 0;
    buckets[0]!.push(i);
  }
  for (let c = 0; c <= range; c++) {
    const bucket = buckets[c]!;
    for (let k = 0; k < bucket.length; k++) {
      const i = bucket[k]!;
      if (dist[i] !== c) continue;
      // Lorries go on beyond a friendly unit in a zone of control, but not on from an unheld hex inside one.
      if (zoc[i] && !friendlyHeld[i] && c > 0) continue;
      for (let d = 0; d < 6; d++) {
        const e = i * 6 + d;
        const j = map.neighbours[e]!;
        if (j < 0 || enemyHeld[j]) continue;
        let step = costs.step[e]!;
        if (!Number.isFinite(step)) continue;
        const river = costs.river[e]!;
        if (river !== NO_RIVER && crossingAt(state, i, d as Direction) === 'none') {
          if (river === MAJOR_RIVER) continue;
          step += SUPPLY_MINOR_RIVER_COST;
        }
        const nc = c + step * scale;
        if (nc > range || nc >= dist[j]!) continue;
        dist[j] = nc;
        buckets[nc]!.push(j);
      }
    }
  }
  return dist;
};

/** Each on-map unit's supply state this turn, by unit id. */
export const computeSupply = (state: GameState, side: Side): Map<string, SupplyState> => {
  const map = state.setup.map;
  const dist = supplyDistances(state, side);
  const rules = state.setup.rules[side];
  let capacity = rules.trucks * rules.menPerTruck;
  const reached: Array<{ u: Unit; cost: number }> = [];
  const out = new Map<string, SupplyState>();
  for (const u of state.units) {
    if (u.side !== side || !ON_MAP(u)) continue;
    const cost = dist[indexOf(map, u.hex!)] ?? Number.POSITIVE_INFINITY;
    if (Number.isFinite(cost)) reached.push({ u, cost });
    else out.set(u.id, 'cut');
  }
  reached.sort((a, b) => a.cost - b.cost || (a.u.id < b.u.id ? -1 : a.u.id > b.u.id ? 1 : 0));
  for (const { u } of reached) {
    if (u.men <= capacity) {
      capacity -= u.men;
      out.set(u.id, 'supplied');
    } else {
      out.set(u.id, 'limited');
    }
  }
  return out;
};

/** Traces the side's supply and applies its effects for the turn; a `supply-changed` event for each change. */
export const applySupplyPhase = (state: GameState, side: Side): { state: GameState; events: GameEvent[] } => {
  const supply = computeSupply(state, side);
  const patches = new Map<string, Partial<Unit>>();
  const events: GameEvent[] = [];
  for (const u of state.units) {
    const s = supply.get(u.id);
    if (!s) continue;
    if (s !== u.supply) events.push({ type: 'supply-changed', unitId: u.id, supply: s });
    if (s === 'supplied') {
      const ammo = Math.min(100, u.ammo + AMMO_RESUPPLY);
      if (s !== u.supply || ammo !== u.ammo || u.turnsOutOfSupply !== 0) patches.set(u.id, { supply: s, ammo, turnsOutOfSupply: 0 });
      continue;
    }
    const turns = u.turnsOutOfSupply + 1;
    const weight = Math.min(turns, 3);
    const cut = s === 'cut';
    patches.set(u.id, {
      supply: s,
      turnsOutOfSupply: turns,
      ammo: Math.max(0, u.ammo - (cut ? AMMO_LOSS_CUT : AMMO_LOSS_LIMITED)),
      cohesion: Math.max(0, u.cohesion - weight * (cut ? COHESION_LOSS_CUT : COHESION_LOSS_LIMITED)),
    });
  }
  return { state: updateUnits(state, patches), events };
};

/** Both sides' supply states traced and written on the units, with no turn's effects (for the start of a game). */
export const markSupply = (state: GameState): GameState => {
  const traced = new Map([...computeSupply(state, 'soviet'), ...computeSupply(state, 'japanese')]);
  const patches = new Map<string, Partial<Unit>>();
  for (const u of state.units) {
    const s = traced.get(u.id);
    if (s && s !== u.supply) patches.set(u.id, { supply: s });
  }
  return updateUnits(state, patches);
};

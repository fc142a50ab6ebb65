/**
 * The reachability search behind `reachable` (movement.ts): Dijkstra over the map's neighbour table with a bucket
 * queue, typed arrays reused between calls and no coordinate objects in the loop; the result packs every reached hex
 * into one typed array. Movement rules it applies: movement.ts's header.
 */
import { refuse } from './acting-unit';
import { type Axial } from './hex';
import { indexOf, type MapData } from './map';
import { unitMobility } from './mobility';
import { IMPASSABLE, stateStepCosts } from './movement-costs';
import { MAX_UNITS_PER_HEX, occupancy, STACK_POINTS, stackLimitPoints } from './stacking';
import { findUnit } from './state-update';
import type { GameState, Refusal, Unit } from './types';
import { otherSide, type MobilityClass } from './vocabulary';
import { zoneOfControl } from './zone-of-control';

/** A hex the unit can end its move in, with the MP it costs to get there. */
export interface ReachableHex {
  readonly hex: Axial;
  /** The hex's map index (row × width + col). */
  readonly index: number;
  readonly cost: number;
}

/** The axial hex of a map index (odd-r layout), without building honeycomb objects. */
export const axialOf = (width: number, index: number): Axial => {
  const row = Math.floor(index / width);
  const col = index - row * width;
  return { q: col - ((row - (row & 1)) >> 1), r: row };
};

/** Flag bits per reached hex. */
const CAN_END = 1;
const STOPS = 2;

/**
 * The result of a reachability search. Derived data, not game state: cache it, never store it in a state.
 * Reached hexes are kept in the order the search settled them (cheapest first; ties in a fixed order that depends only
 * on the state), packed into one
 * typed array; look-ups by hex index go through a table built on first use.
 */
export class Reachability {
  private list: readonly ReachableHex[] | undefined;
  private slots: Int32Array | undefined;

  constructor(
    readonly unitId: string,
    readonly mobility: MobilityClass,
    /** The hex index the unit starts from. */
    readonly origin: number,
    /** Movement points it had to spend. */
    readonly mp: number,
    readonly width: number,
    readonly height: number,
    /** How many hexes were reached, the origin included. */
    readonly size: number,
    /** [hex index × size][cost × size][parent hex index × size][flags × size]. */
    private readonly data: Int32Array,
  ) {}

  private slot(index: number): number {
    if (!this.slots) {
      const slots = new Int32Array(this.width * this.height).fill(-1);
      for (let k = 0; k < this.size; k++) slots[this.data[k]!] = k;
      this.slots = slots;
    }
    return index >= 0 && index < this.slots.length ? this.slots[index]! : -1;
  }

  /** MP to reach hex `index`, or -1 if the unit cannot get there (the origin costs 0; pass-through hexes count). */
  costAt(index: number): number {
    const k = this.slot(index);
    return k < 0 ? -1 : this.data[this.size + k]!;
  }
  /** The previous hex on the cheapest path to `index` (-1 at the origin and unreached hexes). */
  parentAt(index: number): number {
    const k = this.slot(index);
    return k < 0 ? -1 : this.data[2 * this.size + k]!;
  }
  /** Whether the unit may end its move in hex `index` (never the origin). */
  canEndAt(index: number): boolean {
    const k = this.slot(index);
    return k >= 0 && (this.data[3 * this.size + k]! & CAN_END) !== 0;
  }
  /** Whether entering hex `index` ends the move (an enemy zone of control). */
  stopsAt(index: number): boolean {
    const k = this.slot(index);
    return k >= 0 && (this.data[3 * this.size + k]! & STOPS) !== 0;
  }
  /** Hex indices from the unit's hex (first) to `index` (last), or null if the unit cannot end its move there. */
  pathIndicesTo(index: number): number[] | null {
    if (!this.canEndAt(index)) return null;
    const path: number[] = [];
    for (let i = index; i >= 0; i = this.parentAt(i)) path.push(i);
    return path.reverse();
  }
  /** Hex indices the unit may end in, cheapest first. */
  get destinations(): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.size; k++) if ((this.data[3 * this.size + k]! & CAN_END) !== 0) out.push(this.data[k]!);
    return out;
  }
  /** The hexes the unit may end its move in with their costs, cheapest first. */
  get hexes(): readonly ReachableHex[] {
    if (!this.list) {
      const out: ReachableHex[] = [];
      for (let k = 0; k < this.size; k++) {
        const index = this.data[k]!;
        if ((this.data[3 * this.size + k]! & CAN_END) !== 0) out.push({ hex: axialOf(this.width, index), index, cost: this.data[this.size + k]! });
      }
      this.list = out;
    }
    return this.list;
  }
}

/**
 * Scratch storage for searches on one map, kept with the map (so two games never share one, and a search on one map
 * cannot disturb another's): best cost and parent per hex, valid only where `seen` holds the current search's stamp,
 * so nothing is cleared between searches. The queue is a bucket queue (Dial's algorithm): step costs are small
 * integers, so a bucket per MP value replaces a heap; entries are singly linked lists through `entryHex`/`entryNext`.
 * A search runs to its end without calling out, and copies what it found before returning, so reusing the scratch
 * for the next search on the same map is safe.
 */
class SearchScratch {
  readonly bestCost: Int32Array;
  readonly bestParent: Int32Array;
  readonly seen: Uint32Array;
  readonly settled: Int32Array;
  readonly entryHex: Int32Array;
  readonly entryNext: Int32Array;
  bucketHead = new Int32Array(64);
  stamp = 0;

  constructor(n: number) {
    this.bestCost = new Int32Array(n);
    this.bestParent = new Int32Array(n);
    this.seen = new Uint32Array(n);
    this.settled = new Int32Array(n);
    this.entryHex = new Int32Array(n * 6 + 1);
    this.entryNext = new Int32Array(n * 6 + 1);
  }

  /** Starts a search with up to `mp` MP: a fresh stamp and empty buckets. */
  begin(mp: number): number {
    if (this.bucketHead.length < mp + 1) this.bucketHead = new Int32Array(mp + 1);
    this.bucketHead.fill(-1, 0, mp + 1);
    this.stamp++;
    if (this.stamp === 0xffff_ffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }
}

const scratches = new WeakMap<MapData, SearchScratch>();
const scratchFor = (map: MapData): SearchScratch => {
  let s = scratches.get(map);
  if (!s) {
    s = new SearchScratch(map.width * map.height);
    scratches.set(map, s);
  }
  return s;
};

/** The neighbour table as an Int32Array, built once per map. */
const neighbourTables = new WeakMap<MapData, Int32Array>();
const neighbourTable = (map: MapData): Int32Array => {
  let t = neighbourTables.get(map);
  if (!t) {
    t = Int32Array.from(map.neighbours);
    neighbourTables.set(map, t);
  }
  return t;
};

/** Why a unit cannot be moved at all right now, or null. Shared by `reachable` and `applyMove`. */
export const immobileReason = (unit: Unit): Refusal | null => {
  if (unit.acted.attacked || unit.acted.fired) return refuse('already-acted', `${unit.label} has already fought this turn and cannot move again.`);
  if (unit.acted.dug) return refuse('already-acted', `${unit.label} has spent this turn digging in.`);
  if (unit.acted.built) return refuse('already-acted', `${unit.label} has spent this turn bridging.`);
  if (unit.mp <= 0) return refuse('no-mp', `${unit.label} has no movement points left this turn.`);
  return null;
};

/**
 * The search behind `reachable` (movement.ts). With `goal` ≥ 0 it stops as soon as that hex is settled (its cost and path are then
 * final), which is all a single move needs; the result then covers only the hexes settled so far. `mpLimit` ≥ 0
 * replaces the unit's MP (to tell "not this turn" from "no way at all" when refusing a move).
 */
export const search = (state: GameState, unitId: string, goal: number, mpLimit: number): Reachability | null => {
  const unit = findUnit(state, unitId);
  if (!unit || unit.hex === null || (unit.status !== 'active' && unit.status !== 'routed')) return null;
  if (immobileReason(unit) !== null) return null;
  const map: MapData = state.setup.map;
  const origin = indexOf(map, unit.hex);
  if (origin < 0) return null;
  const mobility = unitMobility(unit);
  const steps = stateStepCosts(state, mobility);
  const zone = zoneOfControl(state, unit.side);
  const occ = occupancy(state);
  const enemyCount = occ.count[otherSide(unit.side)];
  const neighbours = neighbourTable(map);
  const mp = mpLimit >= 0 ? mpLimit : unit.mp;
  const routed = unit.status === 'routed';
  const scratch = scratchFor(map);
  const mark = scratch.begin(mp);
  const { bestCost, bestParent, seen, settled, entryHex, entryNext, bucketHead } = scratch;
  // Entering an enemy zone means stopping there, so only a hex the unit may stop in is worth entering.
  const ownCount = occ.count[unit.side];
  const ownPoints = occ.points[unit.side];
  const unitPoints = STACK_POINTS[unit.size];
  const pointLimit = stackLimitPoints(map);

  let entries = 0;
  let reached = 0;
  seen[origin] = mark;
  bestCost[origin] = 0;
  bestParent[origin] = -1;
  entryHex[0] = origin;
  entryNext[0] = -1;
  bucketHead[0] = 0;
  entries = 1;
  const startsInZone = zone[origin] === 1;
  let pending = 1;
  for (let c = 0; c <= mp && pending > 0; c++) {
    while (bucketHead[c]! >= 0) {
      const e = bucketHead[c]!;
      bucketHead[c] = entryNext[e]!;
      pending--;
      const i = entryHex[e]!;
      if (c > bestCost[i]!) continue; // superseded by a cheaper entry
      settled[reached++] = i;
      if (i === goal) {
        c = mp + 1; // done: leave both loops
        break;
      }
      if (i !== origin && zone[i] === 1) continue; // a move that enters an enemy zone ends there
      const fromZone = i === origin && startsInZone;
      const base = i * 6;
      for (let d = 0; d < 6; d++) {
        const j = neighbours[base + d]!;
        if (j < 0) continue;
        const step = steps[base + d]!;
        if (step === IMPASSABLE) continue;
        const nc = c + step;
        if (nc > mp) continue;
        if (seen[j] === mark && bestCost[j]! <= nc) continue;
        if (enemyCount[j]! > 0) continue;
        if (zone[j] === 1 && (routed || fromZone || ownCount[j]! + 1 > MAX_UNITS_PER_HEX || ownPoints[j]! + unitPoints > pointLimit)) continue;
        seen[j] = mark;
        bestCost[j] = nc;
        bestParent[j] = i;
        entryHex[entries] = j;
        entryNext[entries] = bucketHead[nc]!;
        bucketHead[nc] = entries++;
        pending++;
      }
    }
  }
  const data = new Int32Array(4 * reached);
  for (let k = 0; k < reached; k++) {
    const j = settled[k]!;
    data[k] = j;
    data[reached + k] = bestCost[j]!;
    data[2 * reached + k] = bestParent[j]!;
    const room = ownCount[j]! + 1 <= MAX_UNITS_PER_HEX && ownPoints[j]! + unitPoints <= pointLimit;
    data[3 * reached + k] = (j !== origin && room ? CAN_END : 0) | (j !== origin && zone[j] === 1 ? STOPS : 0);
  }
  // `unitId`, not `unit.id`: units come in several object shapes, and reading one here, after the hot loop, made V8 throw
  // away the loop's optimised code on most calls during a game's first turns.
  return new Reachability(unitId, mobility, origin, mp, map.width, map.height, reached, data);
};

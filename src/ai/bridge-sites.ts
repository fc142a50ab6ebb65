/**
 * Where the side's engineers should bridge the river, and who goes. The need is read from the side's own orders: units
 * whose goals lie across a major river from them (a bank is a stretch of map that no major river divides), walking the
 * long way round to a bridge or a pontoon, or piled up on the bank. Every unbridged major-river hexside between the two
 * banks is scored by how much shorter it makes those units' way (hexes to it, then hexes on from it to the goal) than
 * the best existing crossing; the best site that saves enough, away from known enemies, gets the nearest engineers.
 * Work already begun is finished first. The Soviet pontoon battalions of August, and the Japanese Baintsagan pontoon of
 * July, are the models (docs: scenario notes on the bridging units).
 *
 * Pure and deterministic (integer distances; ties to the lower edge index), from the side's view only.
 */
import { crossingAt, fastDistance, hexAt, indexOf, isOnMap, KIND_RULES, parseEdgeKey, unitMobility, type Axial, type Direction, type MapData, type Unit } from '../engine';
import type { TurnContext } from './turn-context';
import { goalHexes, nearestDistance } from './turn-context';

export interface BridgeJob {
  readonly engineerId: string;
  /** The bank hex the engineer works from. */
  readonly at: Axial;
  readonly atIndex: number;
  /** The hexside of `at` to bridge. */
  readonly direction: Direction;
}

/** A new crossing must save at least this many hexes of walking, summed over the units that need it… */
export const MIN_TOTAL_SAVING = 6;
/** …and be worth it to at least this many units. */
export const MIN_UNITS = 2;
/** Engineers further than this (in hexes) from the site keep to their own task. */
const ENGINEER_REACH = 12;
/** At most this many engineer units work on one site (three turns of work with one, two with two). */
const CREW = 2;
/** A site with a known enemy this close to either bank hex is left alone. */
const ENEMY_CLEARANCE = 2;

// The banks of a map: the parts no major river divides (crossings do not join them: a bank is ground, not a route).
const bankCache = new WeakMap<MapData, Int32Array>();
export const banksOf = (map: MapData): Int32Array => {
  const hit = bankCache.get(map);
  if (hit) return hit;
  const n = map.width * map.height;
  const bank = new Int32Array(n).fill(-1);
  let label = 0;
  const stack: number[] = [];
  for (let s = 0; s < n; s++) {
    if (bank[s]! >= 0) continue;
    bank[s] = label;
    stack.push(s);
    while (stack.length > 0) {
      const i = stack.pop()!;
      for (let d = 0; d < 6; d++) {
        const j = map.neighbours[i * 6 + d]!;
        if (j < 0 || bank[j]! >= 0 || map.river[i * 6 + d] === 'major') continue;
        bank[j] = label;
        stack.push(j);
      }
    }
    label++;
  }
  bankCache.set(map, bank);
  return bank;
};

/** Every major-river hexside of the map, once (from its lower-indexed hex), in index order. */
const sideCache = new WeakMap<MapData, readonly { index: number; other: number; direction: Direction }[]>();
const majorSides = (map: MapData): readonly { index: number; other: number; direction: Direction }[] => {
  let hit = sideCache.get(map);
  if (hit) return hit;
  const out: { index: number; other: number; direction: Direction }[] = [];
  const n = map.width * map.height;
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < 6; d++) {
      const j = map.neighbours[i * 6 + d]!;
      if (j > i && map.river[i * 6 + d] === 'major') out.push({ index: i, other: j, direction: d as Direction });
    }
  }
  sideCache.set(map, (hit = out));
  return hit;
};

const hexOf = (map: MapData, index: number): Axial => hexAt(map, index);

interface Need {
  readonly from: Axial;
  readonly goal: Axial;
  /** Foot soldiers may use a ford; wheels and tracks need a bridge or a pontoon. */
  readonly foot: boolean;
}

type Placed = Unit & { readonly hex: Axial };

/** The bridging jobs for this side-turn (empty when no crossing is worth building or no engineer can go). */
export const bridgeJobs = (ctx: TurnContext): readonly BridgeJob[] => {
  const map = ctx.map;
  const state = ctx.state;
  const sides = majorSides(map);
  if (sides.length === 0) return [];
  const own = state.units.filter((u): u is Placed => u.side === ctx.side && isOnMap(u) && u.status === 'active');
  const engineers = own.filter((u) => KIND_RULES[u.kind].buildsBridges);
  if (engineers.length === 0) return [];
  const bank = banksOf(map);

  // Work begun by this side and not finished comes first: the engineers next to it carry on.
  const begun = state.pontoons.filter((p) => p.side === ctx.side && p.progress < p.needed);
  let site: { index: number; other: number; direction: Direction } | null = null;
  for (const p of begun) {
    const edge = parseEdgeKey(p.edge);
    const j = edge ? map.neighbours[edge.index * 6 + edge.direction]! : -1;
    if (edge && j >= 0) {
      site = { index: edge.index, other: j, direction: edge.direction };
      break;
    }
  }

  if (!site) {
    const needs: Need[] = [];
    for (const u of own) {
      if (KIND_RULES[u.kind].buildsBridges) continue;
      const task = ctx.orders.byUnit.get(u.id)?.task;
      const s = ctx.strength.get(u.id);
      if (!task || !s || task.kind === 'hold' || task.kind === 'withdraw') continue;
      // Guns fire across the river; they do not need to cross it.
      if (s.artillery > 0 && s.indirectRangeM > 0 && s.antiArmour === 0 && s.armour === 0) continue;
      const goals = goalHexes(ctx, task, u).hexes;
      const here = bank[indexOf(map, u.hex)]!;
      const across = goals.filter((g) => {
        const gi = indexOf(map, g);
        return gi >= 0 && bank[gi] !== here;
      });
      if (across.length === 0) continue;
      const goal = across.reduce((best, g) => (fastDistance(u.hex, g) < fastDistance(u.hex, best) ? g : best));
      needs.push({ from: u.hex, goal, foot: unitMobility(u) === 'foot' });
    }
    if (needs.length < MIN_UNITS) return [];
    // The way round by each side: hexes to the near bank hex, one to cross, hexes on to the goal.
    const via = (n: Need, a: Axial, b: Axial): number => {
      const nearFirst = fastDistance(n.from, a) + fastDistance(b, n.goal);
      const farFirst = fastDistance(n.from, b) + fastDistance(a, n.goal);
      return Math.min(nearFirst, farFirst) + 1;
    };
    const open: { index: number; other: number; direction: Direction; a: Axial; b: Axial; usable: 'all' | 'foot' | 'none' }[] = sides.map((e) => {
      const c = crossingAt(state, e.index, e.direction);
      return { ...e, a: hexOf(map, e.index), b: hexOf(map, e.other), usable: c === 'none' ? 'none' : c === 'ford' ? 'foot' : 'all' };
    });
    const existing = open.filter((e) => e.usable !== 'none');
    const bestExisting = needs.map((n) => {
      let best = Number.MAX_SAFE_INTEGER;
      for (const e of existing) if (e.usable === 'all' || n.foot) best = Math.min(best, via(n, e.a, e.b));
      return best;
    });
    const enemyNear = (h: Axial) => ctx.memory.enemies.some((e) => fastDistance(e.hex, h) <= ENEMY_CLEARANCE);
    let bestSaving = 0;
    for (const e of open) {
      if (e.usable !== 'none') continue;
      let saving = 0;
      let helped = 0;
      needs.forEach((n, k) => {
        const gain = Math.min(bestExisting[k]!, 200) - via(n, e.a, e.b);
        if (gain > 0) {
          saving += gain;
          helped++;
        }
      });
      if (helped < MIN_UNITS || saving < MIN_TOTAL_SAVING || saving <= bestSaving) continue;
      if (enemyNear(e.a) || enemyNear(e.b) || ctx.threat.adjacentEnemies[e.index]! > 0 || ctx.threat.adjacentEnemies[e.other]! > 0) continue;
      site = e;
      bestSaving = saving;
    }
    if (!site) return [];
  }

  // The nearest engineers go, each to whichever of the two bank hexes is nearer to it.
  const a = hexOf(map, site.index);
  const b = hexOf(map, site.other);
  const crew = engineers
    .map((u) => ({ u, d: Math.min(fastDistance(u.hex, a), fastDistance(u.hex, b)) }))
    .filter((x) => x.d <= ENGINEER_REACH)
    .sort((x, y) => x.d - y.d || (x.u.id < y.u.id ? -1 : 1))
    .slice(0, CREW);
  const s = site;
  return crew.map(({ u }) =>
    // Each works from the bank it stands on (an engineer needs no crossing to reach its own bank).
    bank[indexOf(map, u.hex)] === bank[s.index]
      ? { engineerId: u.id, at: a, atIndex: s.index, direction: s.direction }
      : { engineerId: u.id, at: b, atIndex: s.other, direction: ((s.direction + 3) % 6) as Direction },
  );
};

/** Whether the engineer stands where its job is. */
export const atSite = (job: BridgeJob, hex: Axial): boolean => nearestDistance(hex, [job.at]) === 0;

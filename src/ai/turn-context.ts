/**
 * Everything the tactical layer works out once per side-turn (or once per change in what it knows) and then reads
 * for every unit: orders, the enemy threat map, where own units and own infantry stand, the light.
 */
import { isOnMap, clockAt, fastDistance, indexOf, KIND_RULES, objectiveHexes, type Axial, type GameState, type Light, type MapData, type Objective, type Side, type SupplySource, type Unit } from '../engine';
import type { DifficultyProfile } from './difficulty';
import type { AiMemory, RememberedEnemy } from './memory';
import type { Orders } from './operational';
import type { Task } from '../scenario';
import { buildThreatMap, type ThreatMap } from './threat-map';
import { isArmourHeavy, unitStrength, type StrengthEstimate } from './unit-strength';

export interface TurnContext {
  readonly side: Side;
  readonly state: GameState;
  readonly map: MapData;
  readonly profile: DifficultyProfile;
  readonly orders: Orders;
  readonly memory: AiMemory;
  readonly threat: ThreatMap;
  readonly light: Light;
  /** Own units per hex index. */
  readonly ownAt: Uint8Array;
  /** Own foot units (not armour-heavy) per hex index: who can go with the tanks. */
  readonly infantryAt: Uint8Array;
  /** Where the units of each formation stand (for `withInfantry`). */
  readonly formationHexes: ReadonlyMap<string, readonly Axial[]>;
  readonly supplyHexes: readonly Axial[];
  /** Hexes the side must keep: its own hold objectives and the hexes the enemy's take objectives name. */
  readonly keyHexes: readonly Axial[];
  readonly strength: ReadonlyMap<string, StrengthEstimate>;
  /** Enemy armour seen this turn: what the side's guns want in their sights. */
  readonly enemyArmour: readonly Axial[];
  /** How far direct fire reaches now (the light and the weather cap it). */
  readonly visibilityMetres: number;
}

// The side's key hexes and supply sources come from the setup, which views share by reference: work them out once.
const keyHexCache = new WeakMap<readonly Objective[], Partial<Record<Side, readonly Axial[]>>>();
const sideKeyHexes = (objectives: readonly Objective[], side: Side): readonly Axial[] => {
  let bySide = keyHexCache.get(objectives);
  if (!bySide) {
    bySide = {};
    keyHexCache.set(objectives, bySide);
  }
  return (bySide[side] ??= objectives.filter((o) => (o.side === side && o.kind === 'hold-hex') || (o.side !== side && o.kind === 'take-hex')).flatMap(objectiveHexes));
};
const supplyCache = new WeakMap<readonly SupplySource[], Partial<Record<Side, readonly Axial[]>>>();
const sideSupplyHexes = (sources: readonly SupplySource[], side: Side): readonly Axial[] => {
  let bySide = supplyCache.get(sources);
  if (!bySide) {
    bySide = {};
    supplyCache.set(sources, bySide);
  }
  return (bySide[side] ??= sources.filter((s) => s.side === side).map((s) => s.hex));
};

/**
 * Whether the side's units stand as they did in `previous` (same hexes, status and strength), so that what the
 * context derives from them can be kept. Unit objects are immutable: the same object is the same unit.
 */
const sameOwnUnits = (previous: TurnContext, state: GameState, side: Side): boolean => {
  if (previous.state.setup.map !== state.setup.map || previous.state.turn !== state.turn) return false;
  const a = previous.state.units;
  const b = state.units;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a[i]!.side !== side) i++;
    while (j < b.length && b[j]!.side !== side) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    const u = a[i]!;
    const v = b[j]!;
    if (u !== v && (u.id !== v.id || u.status !== v.status || u.men !== v.men || u.equipment !== v.equipment || u.hex?.q !== v.hex?.q || u.hex?.r !== v.hex?.r)) return false;
    i++;
    j++;
  }
};

/**
 * Every context is built by this one object literal, in the order of the type: a context reused from the last question
 * used to be a spread of it (`{ ...previous, state, … }`), a second hidden class that the planner's hot functions met
 * at random moments and were recompiled for (see src/engine/unit-shape.ts).
 */
const makeTurnContext = (c: TurnContext): TurnContext => ({
  side: c.side,
  state: c.state,
  map: c.map,
  profile: c.profile,
  orders: c.orders,
  memory: c.memory,
  threat: c.threat,
  light: c.light,
  ownAt: c.ownAt,
  infantryAt: c.infantryAt,
  formationHexes: c.formationHexes,
  supplyHexes: c.supplyHexes,
  keyHexes: c.keyHexes,
  strength: c.strength,
  enemyArmour: c.enemyArmour,
  visibilityMetres: c.visibilityMetres,
});

/**
 * `threat` may be passed in when the known enemies have not changed since it was built; `previous`, the context of
 * the last question this turn, lends its per-hex tables when the side's units have not moved or changed since.
 */
export const buildTurnContext = (state: GameState, side: Side, profile: DifficultyProfile, orders: Orders, threat?: ThreatMap, previous?: TurnContext): TurnContext => {
  const map = state.setup.map;
  if (previous && previous.orders.byUnit === orders.byUnit && sameOwnUnits(previous, state, side)) {
    return makeTurnContext({
      ...previous,
      state,
      orders,
      memory: orders.memory,
      threat: threat ?? buildThreatMap(map, orders.memory.enemies, previous.visibilityMetres),
      enemyArmour: seenEnemyArmour(orders.memory, state.turn),
    });
  }
  const n = map.width * map.height;
  const ownAt = new Uint8Array(n);
  const infantryAt = new Uint8Array(n);
  const formationHexes = new Map<string, Axial[]>();
  const strength = new Map<string, StrengthEstimate>();
  const clock = clockAt(state.setup, state.turn);
  for (const u of state.units) {
    if (u.side !== side || !isOnMap(u)) continue;
    const s = unitStrength(u);
    strength.set(u.id, s);
    const i = indexOf(map, u.hex);
    if (i < 0) continue;
    ownAt[i] = ownAt[i]! + 1;
    if (!isArmourHeavy(s) && u.men > 0) infantryAt[i] = 1;
    const f = orders.byUnit.get(u.id)?.formationId;
    if (f !== undefined) {
      const list = formationHexes.get(f) ?? [];
      list.push(u.hex);
      formationHexes.set(f, list);
    }
  }
  return makeTurnContext({
    side,
    state,
    map,
    profile,
    orders,
    memory: orders.memory,
    threat: threat ?? buildThreatMap(map, orders.memory.enemies, clock.visibilityMetres),
    light: clock.light,
    ownAt,
    infantryAt,
    formationHexes,
    supplyHexes: sideSupplyHexes(state.setup.supplySources, side),
    keyHexes: sideKeyHexes(state.setup.objectives, side),
    strength,
    enemyArmour: seenEnemyArmour(orders.memory, state.turn),
    visibilityMetres: clock.visibilityMetres,
  });
};

/** Where the enemy armour seen this turn stands. */
const seenEnemyArmour = (memory: AiMemory, turn: number): readonly Axial[] => memory.enemies.filter((e) => e.turn === turn && e.strength.armour > 0).map((e) => e.hex);

/** Hexes a unit's direct fire reaches in this light (never less than the next hex). */
export const directReachHexes = (ctx: TurnContext, rangeM: number): number => Math.max(1, Math.floor(Math.min(rangeM, ctx.visibilityMetres) / ctx.map.hexMetres));

/** Distance from `hex` to the nearest enemy armour seen this turn (MAX_SAFE_INTEGER when none is seen). */
export const enemyArmourDistance = (ctx: TurnContext, hex: Axial): number => (ctx.enemyArmour.length > 0 ? nearestDistance(hex, ctx.enemyArmour) : Number.MAX_SAFE_INTEGER);

/** Whether enemy armour seen this turn stands in `hex`. */
export const isEnemyArmourHex = (ctx: TurnContext, hex: Axial): boolean => ctx.enemyArmour.some((h) => h.q === hex.q && h.r === hex.r);

/** Hex distance to the nearest of `to` (inlined arithmetic: this is the AI's innermost loop). */
export const nearestDistance = (from: Axial, to: readonly Axial[]): number => {
  let best = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < to.length; i++) {
    const h = to[i]!;
    const dq = from.q - h.q;
    const dr = from.r - h.r;
    const d = (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
    if (d < best) best = d;
  }
  return best;
};

/** Known enemies inside a task's area (with a margin of two hexes), nearest the unit first, ties by id. */
export const enemiesInArea = (ctx: TurnContext, task: Task, from: Axial): RememberedEnemy[] => {
  if (task.hexes.length === 0) return [...ctx.memory.enemies].sort((a, b) => fastDistance(from, a.hex) - fastDistance(from, b.hex) || (a.id < b.id ? -1 : 1));
  return ctx.memory.enemies
    .filter((e) => nearestDistance(e.hex, task.hexes) <= task.radius + 2)
    .sort((a, b) => fastDistance(from, a.hex) - fastDistance(from, b.hex) || (a.id < b.id ? -1 : 1));
};

/** How far beyond a hold task's radius its key hexes are still its business. */
const KEY_HEX_REACH = 3;

export interface Goals {
  readonly hexes: readonly Axial[];
  /** The hexes are enemy positions (get next to them), not places to stand on. */
  readonly enemies: boolean;
}

/**
 * The hexes a unit works toward under a task: for an attack, the known enemies in its area (to close with), else the
 * task's hexes (to stand on — an unseen defender there is found by trying); without any, the nearest enemy or its
 * own hex.
 */
export const goalHexes = (ctx: TurnContext, task: Task, unit: Unit & { readonly hex: Axial }): Goals => {
  if (task.kind === 'attack') {
    const enemies = enemiesInArea(ctx, task, unit.hex);
    if (enemies.length > 0) return { hexes: enemies.slice(0, 3).map((e) => e.hex), enemies: true };
  }
  if (task.hexes.length > 0) {
    if (task.kind !== 'hold' || !KIND_RULES[unit.kind].holdsKeyHexes) return { hexes: task.hexes, enemies: false };
    // Fighting troops (`holdsKeyHexes`: not guns, headquarters or engineers) holding an area also cover the side's
    // key hexes near it (a bridge end just outside it).
    const near = ctx.keyHexes.filter((k) => nearestDistance(k, task.hexes) <= task.radius + KEY_HEX_REACH);
    return { hexes: near.length > 0 ? [...task.hexes, ...near] : task.hexes, enemies: false };
  }
  if (task.kind === 'attack' || task.kind === 'advance') {
    const e = enemiesInArea(ctx, task, unit.hex)[0];
    if (e) return { hexes: [e.hex], enemies: true };
  }
  return { hexes: [unit.hex], enemies: false };
};

/** Assault only in darkness when the task says so. */
export const timingAllowsAssault = (ctx: TurnContext, task: Task): boolean => task.timing !== 'night' || ctx.light !== 'day';

/**
 * Where a unit goes this turn: every candidate hex from `reachable` is scored for its task (closer to the goal, inside
 * the area), the fire it will face (the threat map, weighted by the difficulty's caution and by what the unit is made
 * of), combined arms (tanks keep infantry close where anti-tank guns are known), the risk of being pocketed, and the
 * ground. Integer scores; ties go to the lower map index, so the choice is deterministic.
 */
import { fastDistance, indexOf, type Axial, type Terrain, type Unit } from '../engine';
import type { AiRules, ReachableHex } from './engine-port';
import type { Task } from '../scenario';
import { directReachHexes, enemyArmourDistance, goalHexes, nearestDistance, type TurnContext } from './turn-context';
import { holdsToTheLast, isArmourHeavy, movesLikeBattery, type StrengthEstimate } from './unit-strength';

/** Score of one hex of progress toward the goal. */
const PER_HEX = 100;
/** Score of a hex from which the unit's anti-tank weapons reach enemy armour seen this turn. */
const FIRE_POSITION = 150;

const DEFENSIVE_TERRAIN: Readonly<Record<Terrain, number>> = {
  steppe: 0,
  dunes: 40,
  hollow: 20,
  marsh: -20,
  floodplain: -20,
  heights: 60,
  lake: 0,
  village: 40,
};

export interface MoveScoreInput {
  readonly unit: Unit & { readonly hex: Axial };
  readonly strength: StrengthEstimate;
  readonly task: Task;
  readonly goals: readonly Axial[];
  /** The goals are enemy positions: the best place is next to them. */
  readonly goalsAreEnemies: boolean;
  /** Formations whose units the tanks keep close to. */
  readonly escortHexes: readonly Axial[];
  /** The unit's own hex index. */
  readonly hereIndex: number;
  /** Infantry of the unit's own formation (or of its `withInfantry` formations) is within `FOLLOW_HEXES`. */
  readonly infantryCanFollow: boolean;
}

/** The score of standing on `index` at the end of the move (higher is better). */
export const scoreHex = (ctx: TurnContext, m: MoveScoreInput, index: number, hex: Axial, cost: number, goalDistance?: number): number => {
  const { unit, strength, task } = m;
  const profile = ctx.profile;
  const here = index === m.hereIndex;
  const dist = goalDistance ?? nearestDistance(hex, m.goals);
  const routed = unit.status === 'routed';
  const kind = routed ? 'withdraw' : task.kind;
  let score = 0;

  if (movesLikeBattery(unit, strength, task) && !routed) {
    // Guns want the goal inside their reach and nothing of the enemy's near them.
    const reach = Math.max(1, Math.floor(strength.indirectRangeM / ctx.map.hexMetres) - 1);
    score -= PER_HEX * Math.max(0, dist - reach);
    score -= 200 * ctx.threat.adjacentEnemies[index]!;
  } else if (kind === 'attack') {
    // Close with the enemy (adjacent to it is best), or take the objective itself.
    score -= PER_HEX * Math.max(0, dist - (m.goalsAreEnemies ? 1 : 0));
    if (dist <= task.radius + 1) score += 50;
  } else if (kind === 'advance') {
    score -= PER_HEX * Math.max(0, dist - task.radius);
    if (dist <= task.radius) score += 100;
  } else {
    // hold, screen, reserve, withdraw: get into the area, then take good ground there.
    score -= PER_HEX * Math.max(0, dist - task.radius);
    if (dist <= task.radius) {
      score += 100 + DEFENSIVE_TERRAIN[ctx.map.terrain[index]!];
      if (here) score += 50 * unit.entrenchment;
      // The task's own hexes and the side's key hexes (a bridge end, a height) must be stood on, not just watched.
      // A key hex is held two deep, so that one unit broken by shelling does not leave it empty.
      const others = ctx.ownAt[index]! - (here ? 1 : 0);
      // Riflemen hold it: tanks and armoured cars cannot dig in on a bridge end and are better used around it.
      const garrison = !isArmourHeavy(strength);
      if (kind === 'hold' && dist === 0 && !isWorn(unit)) score += isKeyHex(ctx, hex) ? (garrison && others < 2 ? 400 - 150 * others : 0) : others === 0 ? 250 : 0;
    }
    const adjacency = ctx.threat.adjacentEnemies[index]!;
    if (kind === 'screen' || kind === 'reserve' || (kind === 'hold' && isWorn(unit))) score -= 120 * adjacency;
    if (kind === 'withdraw') score -= 200 * adjacency;
  }

  // Guns that can kill tanks look for a place from which they can see and hit the enemy armour.
  if (!routed && !movesLikeBattery(unit, strength, task) && strength.antiArmour > 0 && kind !== 'withdraw' && kind !== 'reserve') {
    const d = enemyArmourDistance(ctx, hex);
    if (d >= 1 && d <= directReachHexes(ctx, strength.directRangeM)) score += FIRE_POSITION;
  }

  // The fire it will face, against what it can take.
  // An attack accepts fire to close; a reserve keeps well out of it.
  // A hold task takes the fire that comes to its position: that is what holding means.
  const attackFactor = kind === 'attack' ? 25 : kind === 'hold' ? 40 : kind === 'reserve' ? 200 : 100;
  const cap = kind === 'attack' ? 300 : 600;
  const caution = (profile.cautionPercent * attackFactor) / 100;
  const fire = ctx.threat.fire[index]!;
  if (fire > 0) score -= Math.min(cap, Math.floor((2 * caution * fire) / (strength.firepower + 50)));
  const antiArmour = ctx.threat.antiArmour[index]!;
  const armourHeavy = isArmourHeavy(strength);
  if (armourHeavy && antiArmour > 0) {
    score -= Math.min(cap, Math.floor((3 * caution * antiArmour) / (strength.armour * 20 + 50)));
    // Combined arms: where infantry could come along, tanks do not go alone into anti-tank fire.
    if (profile.combinedArms && m.infantryCanFollow && !hasInfantryNear(ctx, hex)) score -= 10 * PER_HEX;
  }
  if (armourHeavy && m.escortHexes.length > 0) {
    const gap = nearestDistance(hex, m.escortHexes);
    if (gap > 2) score -= 150 * (gap - 2);
  }

  // Supply and pockets.
  if (profile.watchesSupply) {
    if (ctx.threat.adjacentEnemies[index]! >= 3) score -= 250;
    // Cut off: work back toward the supply sources — unless ordered to attack, which presses on regardless.
    if (unit.supply === 'cut' && kind !== 'attack' && ctx.supplyHexes.length > 0) score -= 30 * nearestDistance(hex, ctx.supplyHexes);
  }

  // Spread out a little; prefer the cheaper of two equal hexes.
  score -= 20 * (ctx.ownAt[index]! - (here ? 1 : 0));
  score -= cost;
  return score;
};

/** How far own infantry may be from tanks and still count as able to go with them. */
const FOLLOW_HEXES = 6;

/** Own infantry of the given formations within `radius` of `from`. */
const infantryWithin = (ctx: TurnContext, formations: ReadonlySet<string>, from: Axial, radius: number): boolean => {
  for (const u of ctx.state.units) {
    if (u.side !== ctx.side || !u.hex || u.status !== 'active') continue;
    const f = ctx.orders.byUnit.get(u.id)?.formationId;
    if (f === undefined || !formations.has(f)) continue;
    const i = indexOf(ctx.map, u.hex);
    if (i >= 0 && ctx.infantryAt[i] && fastDistance(u.hex, from) <= radius) return true;
  }
  return false;
};

const isKeyHex = (ctx: TurnContext, hex: Axial): boolean => ctx.keyHexes.some((k) => k.q === hex.q && k.r === hex.r);

const hasInfantryNear = (ctx: TurnContext, hex: Axial): boolean => {
  const i = indexOf(ctx.map, hex);
  if (i >= 0 && ctx.infantryAt[i]) return true;
  const nb = ctx.map.neighbours;
  for (let d = 0; d < 6; d++) {
    const j = i >= 0 ? nb[i * 6 + d]! : -1;
    if (j >= 0 && ctx.infantryAt[j]) return true;
  }
  return false;
};

/** The input `scoreHex` needs for one unit under its current orders. */
export const moveInput = (ctx: TurnContext, unit: Unit & { readonly hex: Axial }, strength: StrengthEstimate, task: Task): MoveScoreInput => {
  const routedGoals = ctx.supplyHexes.length > 0 ? ctx.supplyHexes : task.hexes.length > 0 ? task.hexes : [unit.hex];
  const g = unit.status === 'routed' ? { hexes: routedGoals, enemies: false } : goalHexes(ctx, task, unit);
  const goals = g.hexes;
  const escortHexes = (task.withInfantry ?? []).flatMap((f) => ctx.formationHexes.get(f) ?? []);
  // Infantry "can go with" the tanks when it belongs to their formation or to the formations named to escort them.
  const own = ctx.orders.byUnit.get(unit.id)?.formationId;
  const partners = new Set([...(own !== undefined ? [own] : []), ...(task.withInfantry ?? [])]);
  return { unit, strength, task, goals, goalsAreEnemies: g.enemies, escortHexes, hereIndex: indexOf(ctx.map, unit.hex), infantryCanFollow: infantryWithin(ctx, partners, unit.hex, FOLLOW_HEXES) };
};

/** Below this cohesion a unit holding a key hex hands it over to fresh troops and falls back to recover. */
const RELIEVE_BELOW = 35;
const isWorn = (u: Unit): boolean => u.cohesion < RELIEVE_BELOW;

/** Another own active unit in fighting shape stands on the same hex (so the worn one can leave it). */
const freshFriendOn = (ctx: TurnContext, unit: Unit & { readonly hex: Axial }): boolean =>
  ctx.state.units.some((o) => o.id !== unit.id && o.side === ctx.side && o.status === 'active' && o.hex !== null && o.hex.q === unit.hex.q && o.hex.r === unit.hex.r && o.cohesion >= 50);

/**
 * A garrison does not walk off its position: a unit holding one of the side's key hexes (a bridge end, a fortified
 * height) stays, and so does a dug-in unit inside its hold area while the enemy is near (within its reach).
 */
const staysPut = (ctx: TurnContext, m: MoveScoreInput): boolean => {
  if (m.unit.status !== 'active') return false;
  const kind = m.task.kind;
  const quiet = ctx.threat.adjacentEnemies[m.hereIndex] === 0;
  // Guns with their goal in reach and no enemy next to them keep firing instead of displacing.
  if (movesLikeBattery(m.unit, m.strength, m.task)) return quiet && nearestDistance(m.unit.hex, m.goals) <= Math.max(1, Math.floor(m.strength.indirectRangeM / ctx.map.hexMetres) - 1);
  if (kind !== 'hold' && kind !== 'screen' && kind !== 'reserve') return false;
  if (kind === 'hold' && isKeyHex(ctx, m.unit.hex)) return !(isWorn(m.unit) && freshFriendOn(ctx, m.unit));
  if (nearestDistance(m.unit.hex, m.task.hexes.length > 0 ? m.task.hexes : [m.unit.hex]) > m.task.radius) return false;
  // Holding to the last: fighting troops in their positions stay there whatever comes at them.
  if (holdsToTheLast(m.unit, m.task)) return true;
  if (kind === 'hold' && m.unit.entrenchment >= 2 && ctx.threat.fire[m.hereIndex]! > 0) return true;
  // Dug in inside its area with no enemy next to it, and no key hex nearby short of men: it has its position —
  // unless it carries anti-tank guns and enemy armour is about, when it may want a better field of fire.
  return quiet && m.unit.entrenchment >= 1 && !isWorn(m.unit) && !keyHexShort(ctx, m) && !armourAbout(ctx, m);
};

/** Enemy armour seen this turn within two hexes beyond the unit's anti-tank reach. */
const armourAbout = (ctx: TurnContext, m: MoveScoreInput): boolean => {
  if (m.strength.antiArmour <= 0) return false;
  // (Measured without the one-hex floor of `directReachHexes`: in the storm it means "next to it, or one beyond".)
  const reach = Math.floor(Math.min(m.strength.directRangeM, ctx.visibilityMetres) / ctx.map.hexMetres);
  return enemyArmourDistance(ctx, m.unit.hex) <= reach + 2;
};

/** A key hex within the unit's reach of its goals held by fewer than two own units (it may be needed there). */
const keyHexShort = (ctx: TurnContext, m: MoveScoreInput): boolean =>
  m.task.kind === 'hold' && ctx.keyHexes.some((k) => nearestDistance(k, m.goals) === 0 && ctx.ownAt[indexOf(ctx.map, k)]! < 2);

/**
 * The best destination for a unit, or null to stay. Candidates are bounded by the difficulty (nearest to the goal
 * first); the unit's own hex always competes, so a unit only moves when moving is better.
 */
export const chooseMove = (ctx: TurnContext, rules: AiRules, input: MoveScoreInput): Axial | null => {
  const hereIndex = indexOf(ctx.map, input.unit.hex);
  if (hereIndex < 0) return null;
  if (staysPut(ctx, input)) return null;
  const all = rules.reachableHexes(ctx.state, input.unit.id);
  // Each candidate's distance to the goal, computed once (it ranks the candidates and feeds the score).
  let candidates: { c: ReachableHex; d: number }[] = [];
  for (const c of all) if (ctx.threat.occupied[c.index] === 0) candidates.push({ c, d: nearestDistance(c.hex, input.goals) });
  if (candidates.length === 0) return null;
  const limit = ctx.profile.moveCandidates;
  if (limit > 0 && candidates.length > limit) {
    candidates = candidates.sort((a, b) => a.d - b.d || a.c.index - b.c.index).slice(0, limit);
  }
  let best: Axial | null = null;
  let bestScore = scoreHex(ctx, input, hereIndex, input.unit.hex, 0);
  let bestIndex = hereIndex;
  for (const { c, d } of candidates) {
    const s = scoreHex(ctx, input, c.index, c.hex, c.cost, d);
    if (s > bestScore || (s === bestScore && c.index < bestIndex && best !== null)) {
      best = c.hex;
      bestScore = s;
      bestIndex = c.index;
    }
  }
  return best;
};


/**
 * What to strike: assault groups against adjacent enemy hexes, bombardment targets for the guns, and direct-fire
 * targets. Candidates are ranked cheaply (inside the task's area, weakest first), the best few — as many as the
 * difficulty weighs — are priced with the engine's preview, and only odds above the difficulty's threshold are taken.
 */
import { isOnMap, fastDistance, hexKey, indexOf, type Axial, type Unit } from '../engine';
import type { AiRules, AttackOdds } from './engine-port';
import type { TaskKind } from '../scenario';
import { isEnemyArmourHex, nearestDistance, timingAllowsAssault, type TurnContext } from './turn-context';

export interface EnemyHex {
  readonly hex: Axial;
  readonly index: number;
  /** Men of the enemy units seen there. */
  readonly men: number;
  readonly unitIds: readonly string[];
}

/** Enemy-held hexes the side can see now (from the view's state), in map-index order. */
export const visibleEnemyHexes = (ctx: TurnContext): EnemyHex[] => {
  const byIndex = new Map<number, { hex: Axial; men: number; unitIds: string[] }>();
  for (const u of ctx.state.units) {
    if (u.side === ctx.side || !isOnMap(u)) continue;
    const i = indexOf(ctx.map, u.hex);
    if (i < 0) continue;
    const e = byIndex.get(i) ?? { hex: u.hex, men: 0, unitIds: [] };
    e.men += u.men;
    e.unitIds.push(u.id);
    byIndex.set(i, e);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([index, e]) => ({ index, ...e }));
};

/** Expected enemy loss over own loss, in percent (own loss floored at 1 so a free shot is simply very good). */
export const oddsPercent = (o: AttackOdds): number => Math.floor((o.enemyLoss * 100) / Math.max(1, o.ownLoss));

/** The least odds a task accepts for an assault (in percent of the difficulty's threshold); null: no assaults. */
const TASK_ASSAULT_PERCENT: Readonly<Record<TaskKind, number | null>> = {
  attack: 80,
  advance: 100,
  hold: 140,
  screen: 200,
  reserve: null,
  withdraw: null,
};

/**
 * Odds of an assault on an enemy the side remembers (or ran into) but cannot see now — at night, in the storm: the
 * engine cannot preview a fight with units the view does not hold, so the AI weighs its own firepower against what
 * it remembers of theirs, as a commander would in the dark.
 */
const blindOdds = (ctx: TurnContext, attackerIds: readonly string[], enemy: EnemyHex): AttackOdds => {
  let own = 0;
  for (const id of attackerIds) own += ctx.strength.get(id)?.firepower ?? 0;
  let theirs = 0;
  for (const e of ctx.memory.enemies) if (e.hex.q === enemy.hex.q && e.hex.r === enemy.hex.r) theirs += e.strength.firepower;
  return { enemyLoss: Math.floor(own / 10), ownLoss: Math.max(1, Math.floor(theirs / 10)), takePercent: own > 2 * theirs ? 50 : 10 };
};

/** Hexes where the side remembers (or bumped into) an enemy it does not see now, as assault candidates. */
export const rememberedEnemyHexes = (ctx: TurnContext, seen: readonly EnemyHex[]): EnemyHex[] => {
  const seenIndex = new Set(seen.map((e) => e.index));
  const out = new Map<number, EnemyHex>();
  for (const e of ctx.memory.enemies) {
    const index = indexOf(ctx.map, e.hex);
    if (index < 0 || seenIndex.has(index) || ctx.ownAt[index]! > 0) continue;
    const prev = out.get(index);
    out.set(index, { hex: e.hex, index, men: (prev?.men ?? 0) + e.men, unitIds: [] });
  }
  return [...out.values()].sort((a, b) => a.index - b.index);
};

/** Odds accepted for an assault on an objective hex, in percent of the usual threshold. */
const OBJECTIVE_ODDS_PERCENT = 60;
/** What taking a hex is worth, in men, for the `value` rule: an objective, a hex in the task's area, any other. */
const OBJECTIVE_WORTH_MEN = 150;
const AREA_HEX_WORTH_MEN = 30;
const HEX_WORTH_MEN = 10;

export interface AssaultChoice {
  readonly unitIds: readonly string[];
  readonly target: Axial;
  readonly odds: AttackOdds;
}

const canAssault = (u: Unit): boolean => u.status === 'active' && !u.acted.attacked && u.men > 0;

/**
 * The best assault the side can make now, or null. Each enemy hex adjacent to eligible own units is priced with the
 * group of all of them (combined assaults) or with the single best-placed unit (recruits).
 */
export const chooseAssault = (ctx: TurnContext, rules: AiRules, enemies: readonly EnemyHex[], exclude: ReadonlySet<string>): AssaultChoice | null => {
  // A garrison (a hold task) on one of the side's key hexes does not sortie: winning would carry it forward off the
  // hex it holds.
  const garrison = (u: Unit & { readonly hex: Axial }): boolean =>
    ctx.orders.byUnit.get(u.id)?.task.kind === 'hold' && ctx.keyHexes.some((k) => k.q === u.hex.q && k.r === u.hex.r);
  const eligible = ctx.state.units.filter(
    (u): u is Unit & { readonly hex: Axial } => u.side === ctx.side && isOnMap(u) && canAssault(u) && !exclude.has(u.id) && !garrison(u),
  );
  if (eligible.length === 0 || enemies.length === 0) return null;
  type Candidate = { enemy: EnemyHex; attackers: string[]; priority: number; threshold: number; objective: boolean; inArea: boolean };
  const candidates: Candidate[] = [];
  for (const enemy of enemies) {
    const attackers: string[] = [];
    let threshold = Number.MAX_SAFE_INTEGER;
    let inArea = false;
    let onObjective = false;
    let holding = false;
    for (const u of eligible) {
      if (fastDistance(u.hex, enemy.hex) !== 1) continue;
      const task = ctx.orders.byUnit.get(u.id)?.task;
      if (!task) continue;
      const byKind = TASK_ASSAULT_PERCENT[task.kind];
      const base = byKind === null ? null : (task.assaultOddsPercent ?? byKind);
      if (base === null || !timingAllowsAssault(ctx, task)) continue;
      attackers.push(u.id);
      threshold = Math.min(threshold, Math.floor((ctx.profile.assaultOddsPercent * base) / 100));
      if (task.hexes.length === 0 || nearestDistance(enemy.hex, task.hexes) <= task.radius + 1) inArea = true;
      if (task.kind === 'attack' && task.hexes.some((h) => h.q === enemy.hex.q && h.r === enemy.hex.r)) onObjective = true;
      if (task.kind === 'hold') holding = true;
    }
    if (attackers.length === 0) continue;
    // Troops holding ground throw an enemy back from one of the side's key hexes (the bridge) at almost any price.
    if (holding && ctx.keyHexes.some((k) => fastDistance(k, enemy.hex) <= 1)) onObjective = true;
    // The objective itself is worth paying for: accept worse odds to take it.
    if (onObjective) threshold = Math.floor((threshold * OBJECTIVE_ODDS_PERCENT) / 100);
    // Inside the task's area first, then the weakest hex.
    candidates.push({
      enemy,
      attackers: ctx.profile.combinedAssaults ? attackers : attackers.slice(0, 1),
      priority: (onObjective ? 0 : inArea ? 1_000_000 : 2_000_000) + enemy.men,
      threshold,
      objective: onObjective,
      inArea,
    });
  }
  candidates.sort((a, b) => a.priority - b.priority || a.enemy.index - b.enemy.index);
  let best: AssaultChoice | null = null;
  let bestValue = 0;
  for (const c of candidates.slice(0, Math.max(1, ctx.profile.targetCandidates))) {
    const odds = c.enemy.unitIds.length > 0 ? rules.assaultOdds(ctx.state, c.attackers, c.enemy.hex) : blindOdds(ctx, c.attackers, c.enemy);
    if (!odds) continue;
    const pct = oddsPercent(odds);
    let value: number;
    if (ctx.profile.assaultRule === 'odds') {
      if (pct < c.threshold) continue;
      value = pct + odds.takePercent;
    } else {
      // Expected men-equivalents gained: their losses, less ours, plus the hex won (an objective is worth a lot).
      const worth = c.objective ? OBJECTIVE_WORTH_MEN : c.inArea ? AREA_HEX_WORTH_MEN : HEX_WORTH_MEN;
      const caution = c.threshold; // the task's appetite: a hold task needs a clearly good trade
      value = odds.enemyLoss * 100 - odds.ownLoss * caution + odds.takePercent * worth;
      if (value <= 0) continue;
    }
    if (value > bestValue) {
      best = { unitIds: c.attackers, target: c.enemy.hex, odds };
      bestValue = value;
    }
  }
  return best;
};

export interface FireChoice {
  readonly target: Axial;
  readonly odds: AttackOdds;
}

/**
 * The best target for one unit's fire (`bombard` for guns, `fire` for direct fire) among the visible enemy hexes in
 * reach; assault targets (`focus`) come first when the side coordinates. Null when nothing is worth the ammunition.
 */
export const chooseFireTarget = (
  ctx: TurnContext,
  rules: AiRules,
  unit: Unit & { readonly hex: Axial },
  kind: 'fire' | 'bombard',
  rangeM: number,
  enemies: readonly EnemyHex[],
  focus: ReadonlySet<string>,
): FireChoice | null => {
  const reach = Math.floor(rangeM / ctx.map.hexMetres);
  const inReach = enemies.filter((e) => {
    const d = fastDistance(unit.hex, e.hex);
    return d >= 1 && d <= Math.max(1, reach);
  });
  if (inReach.length === 0) return null;
  const task = ctx.orders.byUnit.get(unit.id)?.task;
  // Anti-tank guns firing over open sights look for tanks first: that is what they are for.
  const huntsArmour = kind === 'fire' && (ctx.strength.get(unit.id)?.antiArmour ?? 0) > 0;
  const ranked = inReach
    .map((e) => {
      const armour = huntsArmour && isEnemyArmourHex(ctx, e.hex) ? 0 : 1;
      const focused = ctx.profile.bombardFirst && focus.has(hexKey(e.hex)) ? 0 : 1;
      const areaDist = task && task.hexes.length > 0 ? nearestDistance(e.hex, task.hexes) : 0;
      return { e, key: armour * 100_000_000 + focused * 1_000_000 + areaDist * 1000 + fastDistance(unit.hex, e.hex) };
    })
    .sort((a, b) => a.key - b.key || a.e.index - b.e.index)
    .slice(0, Math.max(1, ctx.profile.fireCandidates));
  let best: FireChoice | null = null;
  let bestLoss = 0;
  for (const { e } of ranked) {
    const odds = rules.fireOdds(ctx.state, unit.id, e.hex, kind);
    if (!odds || odds.enemyLoss <= 0) continue;
    // Direct fire that costs more than it inflicts is not worth it.
    if (kind === 'fire' && odds.ownLoss > odds.enemyLoss) continue;
    if (odds.enemyLoss > bestLoss) {
      best = { target: e.hex, odds };
      bestLoss = odds.enemyLoss;
    }
  }
  return best;
};

/**
 * Where the side's next air sortie goes, or null to keep the aircraft back: the enemy hexes the assaults are aimed at
 * first (when the side coordinates), otherwise the biggest visible concentrations; the best few, as many as the
 * difficulty weighs, are priced with the engine's preview. Null when no sorties are left or none may fly now.
 */
export const chooseAirTarget = (ctx: TurnContext, rules: AiRules, enemies: readonly EnemyHex[], focus: ReadonlySet<string>): FireChoice | null => {
  if ((ctx.state.airSorties[ctx.side] ?? 0) <= 0 || ctx.light === 'night' || enemies.length === 0) return null;
  const ranked = enemies
    .map((e) => ({ e, key: (ctx.profile.bombardFirst && focus.has(hexKey(e.hex)) ? 0 : 1_000_000) - e.men }))
    .sort((a, b) => a.key - b.key || a.e.index - b.e.index)
    .slice(0, Math.max(1, ctx.profile.fireCandidates));
  let best: FireChoice | null = null;
  for (const { e } of ranked) {
    const odds = rules.airStrikeOdds(ctx.state, e.hex);
    if (odds && odds.enemyLoss > 0 && (!best || odds.enemyLoss > best.odds.enemyLoss)) best = { target: e.hex, odds };
  }
  return best;
};

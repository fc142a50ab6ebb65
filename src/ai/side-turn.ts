/**
 * One side's turn, one command at a time. The planner is asked for its next command with the side's current view;
 * it remembers what it has already decided this turn (which units it has moved or tried), so each question costs one
 * unit's worth of work. Phases: rally the shaken, bridge the river where the plan needs a crossing (engineers at their
 * site), move (front units first), bombard, air strikes, assault, direct
 * fire, dig in, end the turn — with the guns firing after the assaults instead of before them for a recruit.
 */
import { isOnMap, entrenchmentCap, findUnit, hexKey, indexOf, KIND_RULES, type Axial, type Command, type RefusalCode, type Side, type Unit } from '../engine';
import { DIFFICULTY_PROFILES, type Difficulty } from './difficulty';
import type { AiRules, SideViewLike } from './engine-port';
import { rememberContact, rememberView, type AiMemory } from './memory';
import { chooseMove, moveInput } from './move-choice';
import { currentOrders, type Orders } from './operational';
import type { SidePlan } from '../scenario';
import { chooseAirTarget, chooseAssault, chooseFireTarget, rememberedEnemyHexes, visibleEnemyHexes } from './target-choice';
import type { ThreatMap } from './threat-map';
import { atSite, bridgeJobs, type BridgeJob } from './bridge-sites';
import { buildTurnContext, directReachHexes, enemyArmourDistance, isEnemyArmourHex, nearestDistance, type TurnContext } from './turn-context';

export interface AiOptions {
  readonly difficulty: Difficulty;
  readonly rules: AiRules;
}

export interface SideTurnPlanner {
  /** The next command for this side, given its view now. Ends with `end-turn`. */
  next(view: SideViewLike): Command;
  /** The memory to carry into the side's next turn. */
  memory(): AiMemory;
  /** Tells the planner the rules refused its last command, and why (it learns from a move into a hidden enemy). */
  refused(command: Command, code: RefusalCode): void;
}

const PHASES = ['rally', 'bridge', 'move', 'bombard-first', 'air', 'assault', 'bombard-after', 'fire', 'dig', 'end'] as const;
type Phase = (typeof PHASES)[number];

/** Below this cohesion a unit tries to rally instead of fighting. */
const RALLY_BELOW = 40;
/** Commands per unit before the planner gives up on the turn (a guard against a rule rejecting everything). */
const COMMANDS_PER_UNIT = 6;

type Placed = Unit & { readonly hex: Axial };

const enemiesSignature = (m: AiMemory, turn: number): string => `${turn}|` + m.enemies.map((e) => `${e.id}@${e.hex.q},${e.hex.r}`).join(';');

export const createSideTurnPlanner = (side: Side, plan: SidePlan, startMemory: AiMemory, options: AiOptions): SideTurnPlanner => {
  const profile = DIFFICULTY_PROFILES[options.difficulty];
  const rules = options.rules;
  let memory = startMemory;
  let orders: Orders | null = null;
  let threat: ThreatMap | null = null;
  let threatKey = '';
  let phase = 0;
  let queue: string[] | null = null;
  const usedInAssault = new Set<string>();
  /** Units that held their mortar fire for the assault phase (see `savesFireForAssault`). */
  const savedFire = new Set<string>();
  /** An air strike was refused (no sorties, night, weather): fly no more this turn. */
  let airGrounded = false;
  let issued = 0;
  let limit = 0;
  /** The engineers' bridging jobs, chosen once at the start of the side-turn (bridge-sites.ts). */
  let jobs: ReadonlyMap<string, BridgeJob> | null = null;
  const jobsFor = (ctx: TurnContext): ReadonlyMap<string, BridgeJob> => (jobs ??= new Map(bridgeJobs(ctx).map((j) => [j.engineerId, j])));

  let turn: number | null = null;
  let lastVisible: Uint8Array | null = null;
  let lastCtx: TurnContext | null = null;
  const context = (view: SideViewLike): TurnContext => {
    // The same view as last time (nothing was accepted since): reuse what was worked out.
    if (lastCtx && lastCtx.state === view.state) return lastCtx;
    turn = view.state.turn;
    // A patched view (own units moved, same sighting) teaches nothing new about the enemy.
    if (view.visible !== lastVisible) memory = rememberView(memory, view.state, view.visible);
    lastVisible = view.visible;
    if (!orders) {
      orders = currentOrders(plan, view.state, side, memory);
      memory = orders.memory;
      limit = 20 + COMMANDS_PER_UNIT * view.state.units.filter((u) => u.side === side).length;
    }
    // A literal in the order of currentOrders' (operational.ts), not a spread: one hidden class for every Orders.
    const o: Orders = { byUnit: orders.byUnit, byFormation: orders.byFormation, memory };
    const key = enemiesSignature(memory, view.state.turn);
    const ctx = buildTurnContext(view.state, side, profile, o, key === threatKey && threat ? threat : undefined, lastCtx ?? undefined);
    threat = ctx.threat;
    threatKey = key;
    lastCtx = ctx;
    return ctx;
  };

  const own = (ctx: TurnContext): Placed[] => ctx.state.units.filter((u): u is Placed => u.side === side && isOnMap(u));

  const queueFor = (ctx: TurnContext, p: Phase): string[] => {
    const units = own(ctx);
    switch (p) {
      case 'rally':
        return units.filter((u) => u.cohesion < RALLY_BELOW || u.status === 'routed').map((u) => u.id);
      case 'bridge': {
        const j = jobsFor(ctx);
        return units.filter((u) => j.has(u.id)).map((u) => u.id);
      }
      case 'move': {
        // Front units first so the ones behind do not block them; guns last, once they know where the front is.
        const keyed = units.map((u) => {
          const task = ctx.orders.byUnit.get(u.id)?.task;
          const s = ctx.strength.get(u.id);
          const gun = s !== undefined && s.artillery > 0 && s.antiArmour === 0 && s.armour === 0 ? 1 : 0;
          const goals = task ? moveInput(ctx, u, s!, task).goals : [u.hex];
          // Engineers make for their bridging site before the troops who will queue for the crossing fill its bank.
          if (jobsFor(ctx).has(u.id)) return { id: u.id, key: -1 };
          return { id: u.id, key: gun * 10_000 + nearestDistance(u.hex, goals) };
        });
        return keyed.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : 1)).map((k) => k.id);
      }
      case 'bombard-first':
      case 'bombard-after': {
        const guns = units.filter((u) => (ctx.strength.get(u.id)?.artillery ?? 0) > 0);
        if (!profile.bombardFirst) return p === 'bombard-after' ? guns.map((u) => u.id) : [];
        // Troops pressing an assault keep their mortars for it; they fire them only if they do not go in.
        if (p === 'bombard-after') return [...savedFire];
        for (const u of guns) if (savesFireForAssault(ctx, u)) savedFire.add(u.id);
        return guns.filter((u) => !savedFire.has(u.id)).map((u) => u.id);
      }
      case 'fire':
        return units.filter((u) => (ctx.strength.get(u.id)?.antiArmour ?? 0) > 0).map((u) => u.id);
      case 'dig':
        return units.map((u) => u.id);
      default:
        return [];
    }
  };

  /**
   * Enemy hexes within two hexes of own attacking or advancing units: where the assaults will go in. Asked by every
   * gun and every sortie, so worked out once per context.
   */
  const focusCache = new WeakMap<TurnContext, Set<string>>();
  const assaultFocus = (ctx: TurnContext, enemies: ReturnType<typeof visibleEnemyHexes>): Set<string> => {
    const hit = focusCache.get(ctx);
    if (hit) return hit;
    const focus = new Set<string>();
    focusCache.set(ctx, focus);
    const attackers = own(ctx).filter((f) => {
      const t = ctx.orders.byUnit.get(f.id)?.task;
      return t !== undefined && (t.kind === 'attack' || t.kind === 'advance');
    });
    for (const e of enemies) if (attackers.some((f) => nearestDistance(f.hex, [e.hex]) <= 2)) focus.add(hexKey(e.hex));
    return focus;
  };

  /** Enemy armour seen this turn within the unit's direct-fire reach (in this light). */
  const armourInReach = (ctx: TurnContext, u: Placed, rangeM: number): boolean => {
    const d = enemyArmourDistance(ctx, u.hex);
    return d >= 1 && d <= directReachHexes(ctx, rangeM);
  };

  const adjacentToVisibleEnemy = (ctx: TurnContext, u: Placed): boolean => ctx.threat.adjacentEnemies[indexOf(ctx.map, u.hex)]! > 0;

  /**
   * A rifle unit with mortars, next to the enemy, under an order to press the assault (an attack task with its own
   * `assaultOddsPercent`): a unit acts once a turn, and firing its mortars from where it stands would spend the turn
   * it was ordered to go in with (issue 14: the August rifle battalions shelled the strongpoints for twelve days and
   * assaulted four times a game). It fires them after the assaults if it did not go in.
   */
  const savesFireForAssault = (ctx: TurnContext, u: Placed): boolean => {
    const task = ctx.orders.byUnit.get(u.id)?.task;
    return task?.kind === 'attack' && task.assaultOddsPercent !== undefined && KIND_RULES[u.kind].leadsAssault && u.status === 'active' && adjacentToVisibleEnemy(ctx, u);
  };

  /** The command for one unit in the current phase, or null to pass it over. */
  const unitCommand = (ctx: TurnContext, p: Phase, u: Placed, enemies: ReturnType<typeof visibleEnemyHexes>): Command | null => {
    const task = ctx.orders.byUnit.get(u.id)?.task;
    const s = ctx.strength.get(u.id);
    if (!task || !s) return null;
    switch (p) {
      case 'rally':
        if (u.acted.rallied || adjacentToVisibleEnemy(ctx, u)) return null;
        return { type: 'rally', unitId: u.id };
      case 'bridge': {
        const job = jobsFor(ctx).get(u.id);
        if (!job || !atSite(job, u.hex) || u.status !== 'active') return null;
        if (u.acted.moved || u.acted.attacked || u.acted.fired || u.acted.dug || u.acted.built) return null;
        return { type: 'build-bridge', unitId: u.id, direction: job.direction };
      }
      case 'move': {
        if (u.acted.moved || u.acted.attacked || u.acted.rallied || u.acted.built || u.mp <= 0) return null;
        const job = jobsFor(ctx).get(u.id);
        if (job && atSite(job, u.hex)) return null;
        const input = moveInput(ctx, u, s, task);
        // An engineer with a bridging job makes for its site instead of its formation's goal.
        const to = chooseMove(ctx, rules, job ? { ...input, task: { ...task, kind: 'advance', radius: 0 }, goals: [job.at], goalsAreEnemies: false } : input);
        return to ? { type: 'move', unitId: u.id, to } : null;
      }
      case 'bombard-first':
      case 'bombard-after': {
        if (u.acted.fired || u.acted.attacked || u.status !== 'active') return null;
        const focus = p === 'bombard-first' ? assaultFocus(ctx, enemies) : new Set<string>();
        const target = chooseFireTarget(ctx, rules, u, 'bombard', s.indirectRangeM, enemies, focus);
        // A rifle battalion with mortars and 45 mm guns: against tanks next to it the guns do more than the mortars,
        // and a unit fires only once a turn, so it takes whichever of its two ways of shooting does more.
        const direct =
          s.antiArmour > 0 && task.kind !== 'reserve' && task.kind !== 'withdraw' && armourInReach(ctx, u, s.directRangeM)
            ? chooseFireTarget(ctx, rules, u, 'fire', s.directRangeM, enemies.filter((e) => isEnemyArmourHex(ctx, e.hex)), new Set())
            : null;
        if (direct && (!target || direct.odds.enemyLoss - direct.odds.ownLoss > target.odds.enemyLoss)) return { type: 'fire', unitId: u.id, target: direct.target };
        return target ? { type: 'bombard', unitId: u.id, target: target.target } : null;
      }
      case 'fire': {
        if (u.acted.fired || u.acted.attacked || u.status !== 'active') return null;
        if (task.kind === 'withdraw' || task.kind === 'reserve') return null;
        const target = chooseFireTarget(ctx, rules, u, 'fire', s.directRangeM, enemies, new Set());
        return target ? { type: 'fire', unitId: u.id, target: target.target } : null;
      }
      case 'dig': {
        if (u.acted.moved || u.acted.attacked || u.acted.fired || u.acted.dug || u.acted.built || u.status !== 'active') return null;
        if (u.entrenchment >= entrenchmentCap(ctx.state, u)) return null;
        if (task.kind === 'hold' || task.kind === 'screen' || task.kind === 'reserve' || adjacentToVisibleEnemy(ctx, u))
          return { type: 'entrench', unitId: u.id };
        return null;
      }
      default:
        return null;
    }
  };

  return {
    memory: () => memory,
    refused(command, code) {
      if (command.type === 'air-strike') airGrounded = true;
      // An enemy unit holds that hex: the same thing a player learns by trying.
      if (command.type === 'move' && code === 'enemy-in-hex' && turn !== null) {
        memory = rememberContact(memory, command.to, turn);
        lastCtx = null;
      }
    },
    next(view: SideViewLike): Command {
      const ctx = context(view);
      if (issued >= limit) return { type: 'end-turn' };
      const enemies = visibleEnemyHexes(ctx);
      while (phase < PHASES.length) {
        const p = PHASES[phase]!;
        if (p === 'end') break;
        if (p === 'air') {
          const target = airGrounded ? null : chooseAirTarget(ctx, rules, enemies, assaultFocus(ctx, enemies));
          if (target) {
            issued++;
            return { type: 'air-strike', side, target: target.target };
          }
          phase++;
          continue;
        }
        if (p === 'assault') {
          const choice = chooseAssault(ctx, rules, [...enemies, ...rememberedEnemyHexes(ctx, enemies)], usedInAssault);
          if (choice) {
            for (const id of choice.unitIds) usedInAssault.add(id);
            issued++;
            return { type: 'attack', unitIds: choice.unitIds, target: choice.target };
          }
          phase++;
          continue;
        }
        if (queue === null) queue = queueFor(ctx, p);
        while (queue.length > 0) {
          const id = queue.shift()!;
          const u = findUnit(ctx.state, id);
          if (!u || u.side !== side || !isOnMap(u)) continue;
          const cmd = unitCommand(ctx, p, u, enemies);
          if (cmd) {
            issued++;
            return cmd;
          }
        }
        queue = null;
        phase++;
      }
      return { type: 'end-turn' };
    },
  };
};


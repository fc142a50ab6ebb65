/**
 * The operational layer: which task each unit is under this turn. Formations follow the scenario's plan; a trigger
 * that fires switches its formation's task and stays fired (it is written into the memory). Units the plan does not
 * name get a task from the side's objectives, so the AI also plays scenarios that carry no plan.
 */
import { fastDistance, hexKey, objectiveHexes, otherSide, type Axial, type GameState, type Side } from '../engine';
import { withFiredTriggers, type AiMemory } from './memory';
import type { SidePlan, Task, TriggerCondition } from '../scenario';

export interface UnitOrders {
  readonly formationId: string;
  readonly task: Task;
}

export interface Orders {
  /** Unit id → its formation and current task. Every own unit on the map or arriving has an entry. */
  readonly byUnit: ReadonlyMap<string, UnitOrders>;
  /** Formation id → current task (formations of the plan, plus the "objectives" fallback). */
  readonly byFormation: ReadonlyMap<string, Task>;
  readonly memory: AiMemory;
}

/** The id under which units outside every formation are grouped. */
export const FALLBACK_FORMATION = '(objectives)';

const formationLossPercent = (state: GameState, unitIds: readonly string[]): number => {
  const ids = new Set(unitIds);
  let start = 0;
  let now = 0;
  for (const u of state.units) {
    if (!ids.has(u.id)) continue;
    start += u.start.men;
    now += u.status === 'active' || u.status === 'routed' || u.status === 'waiting' ? u.men : 0;
  }
  return start === 0 ? 0 : Math.floor(((start - now) * 100) / start);
};

const conditionHolds = (c: TriggerCondition, state: GameState, memory: AiMemory, units: readonly string[]): boolean => {
  switch (c.kind) {
    case 'turn':
      return state.turn >= c.turn;
    case 'milestone':
      return state.milestones[c.milestone] !== undefined;
    case 'objective':
      return state.milestones[c.objective] !== undefined;
    case 'losses':
      return formationLossPercent(state, units) >= c.percent;
    case 'enemy-seen':
      return memory.enemies.some((e) => c.hexes.some((h) => fastDistance(h, e.hex) <= c.radius));
  }
};

const uniqueHexes = (hexes: readonly Axial[]): Axial[] => {
  const seen = new Set<string>();
  return hexes.filter((h) => {
    const k = hexKey(h);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/**
 * The task for units outside the plan: attack the side's own take/link-up objectives if it has any, otherwise hold
 * what it must hold or what the enemy wants to take; failing all that, hold where it stands (empty hexes).
 */
export const fallbackTask = (state: GameState, side: Side): Task => {
  const objectives = state.setup.objectives;
  const take = objectives.filter((o) => o.side === side && (o.kind === 'take-hex' || o.kind === 'link-up')).flatMap(objectiveHexes);
  if (take.length > 0) return { kind: 'attack', hexes: uniqueHexes(take), radius: 1 };
  const hold = objectives
    .filter((o) => (o.side === side && o.kind === 'hold-hex') || (o.side === otherSide(side) && o.kind === 'take-hex'))
    .flatMap(objectiveHexes);
  if (hold.length > 0) return { kind: 'hold', hexes: uniqueHexes(hold), radius: 2 };
  return { kind: 'hold', hexes: [], radius: 0 };
};

/** Works out this turn's orders for `side` from its plan, its view's state and its memory. */
export const currentOrders = (plan: SidePlan, state: GameState, side: Side, memory: AiMemory): Orders => {
  const byUnit = new Map<string, UnitOrders>();
  const byFormation = new Map<string, Task>();
  const fired = new Set(memory.firedTriggers);
  const newlyFired: string[] = [];
  for (const f of plan.formations) {
    let task = f.task;
    f.triggers.forEach((t, i) => {
      const key = `${f.id}#${i}`;
      if (fired.has(key) || conditionHolds(t.when, state, memory, f.units)) {
        if (!fired.has(key)) newlyFired.push(key);
        task = t.task;
      }
    });
    byFormation.set(f.id, task);
    for (const id of f.units) if (!byUnit.has(id)) byUnit.set(id, { formationId: f.id, task });
  }
  const fallback = fallbackTask(state, side);
  byFormation.set(FALLBACK_FORMATION, fallback);
  for (const u of state.units) {
    if (u.side === side && !byUnit.has(u.id)) byUnit.set(u.id, { formationId: FALLBACK_FORMATION, task: fallback });
  }
  return { byUnit, byFormation, memory: withFiredTriggers(memory, newlyFired) };
};

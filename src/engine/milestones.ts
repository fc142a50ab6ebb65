/**
 * Milestones: the scenario's named moments ("Kawatama bridge taken", "Azuma's group destroyed") recorded with the
 * turn they first happen, for the after-action report and the batch statistics. Checked after every command and at
 * every turn's end; once recorded a milestone never changes.
 */
import { allUnits, brokenPercent, equipmentLostPercent, linkedUp, sideCleared } from './battle-conditions';
import { controller } from './hex-control';
import type { GameEvent, GameState, Milestone } from './types';
import { patchState } from './state-shape';

/** Whether a milestone's condition holds in this state. */
export const milestoneReached = (state: GameState, m: Milestone): boolean => {
  const w = m.when;
  switch (w.kind) {
    case 'hex-taken':
      return w.hexes.length > 0 && w.hexes.every((h) => controller(state, h) === w.side);
    case 'units-broken':
      return brokenPercent(state, w.units) >= w.percent || allUnits(state, w.units, (u) => u.status === 'destroyed' || u.status === 'surrendered');
    case 'equipment-lost':
      return equipmentLostPercent(state, w.units, w.classes) >= w.percent;
    case 'link-up':
      return linkedUp(state, w.groups, w.hexes, w.radius);
    case 'side-cleared':
      return sideCleared(state, w.side, w.hexes, w.radius ?? 0);
  }
};

/** Records every milestone reached for the first time, with a `milestone` event each (in the setup's order). */
export const checkMilestones = (state: GameState): { state: GameState; events: GameEvent[] } => {
  const events: GameEvent[] = [];
  let recorded: Record<string, number> | null = null;
  for (const m of state.setup.milestones) {
    if (state.milestones[m.id] !== undefined || !milestoneReached(state, m)) continue;
    recorded ??= { ...state.milestones };
    recorded[m.id] = state.turn;
    events.push({ type: 'milestone', id: m.id, name: m.name, turn: state.turn });
  }
  if (!recorded) return { state, events };
  return { state: patchState(state, { milestones: sortRecord(recorded) }), events };
};

/** A record with its keys in sorted order, so states stay canonical. */
export const sortRecord = <T>(r: Readonly<Record<string, T>>): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k]!;
  return out;
};

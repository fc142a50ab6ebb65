/**
 * Reinforcements: units waiting off the map come on at their scheduled turn. If the enemy holds the arrival hex
 * they come on at the nearest hex free of the enemy (ties broken by map order, so it is deterministic); a unit that
 * finds no such hex at all keeps waiting.
 */
import { indexOf, hexAt } from './map';
import { NO_ACTIONS } from './side-part';
import { updateUnits, isOnMap } from './state-update';
import type { GameEvent, GameState, Unit } from './types';
import type { Side } from './vocabulary';

/** Hex indices holding units of `side` that are on the map. */
export const occupiedBy = (state: GameState, side: Side): Set<number> => {
  const out = new Set<number>();
  for (const u of state.units) if (u.side === side && isOnMap(u)) out.add(indexOf(state.setup.map, u.hex!));
  return out;
};

/** The nearest passable hex to `start` (itself included) not in `blocked`, by rings of growing distance. */
export const nearestFreeHex = (state: GameState, start: number, blocked: ReadonlySet<number>): number => {
  const map = state.setup.map;
  if (start < 0) return -1;
  const seen = new Uint8Array(map.width * map.height);
  let ring = [start];
  seen[start] = 1;
  while (ring.length > 0) {
    const free = ring.filter((i) => !blocked.has(i) && map.terrain[i] !== 'lake').sort((a, b) => a - b);
    if (free.length > 0) return free[0]!;
    const next: number[] = [];
    for (const i of ring) {
      for (let d = 0; d < 6; d++) {
        const j = map.neighbours[i * 6 + d]!;
        if (j >= 0 && !seen[j]) {
          seen[j] = 1;
          next.push(j);
        }
      }
    }
    ring = next;
  }
  return -1;
};

/** Brings on every waiting unit due by `state.turn`. */
export const arriveReinforcements = (state: GameState): { state: GameState; events: GameEvent[] } => {
  const due = state.units.filter((u) => u.status === 'waiting' && u.arrives && u.arrives.turn <= state.turn);
  if (due.length === 0) return { state, events: [] };
  const events: GameEvent[] = [];
  const patches = new Map<string, Partial<Unit>>();
  const enemyOf: Record<Side, Set<number>> = { soviet: occupiedBy(state, 'japanese'), japanese: occupiedBy(state, 'soviet') };
  for (const u of due) {
    const at = nearestFreeHex(state, indexOf(state.setup.map, u.arrives!.hex), enemyOf[u.side]);
    if (at < 0) continue;
    const hex = hexAt(state.setup.map, at);
    patches.set(u.id, { status: 'active', hex, mp: 0, acted: NO_ACTIONS });
    events.push({ type: 'unit-arrived', unitId: u.id, hex });
  }
  return { state: updateUnits(state, patches), events };
};

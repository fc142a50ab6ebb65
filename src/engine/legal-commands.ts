/**
 * Every command a side may give right now, for the AI and for property tests. Candidates are generated generously
 * (every enemy hex within a weapon's reach, every action) and then filtered through the same validators
 * `applyCommand` uses, so the list never holds an illegal command. Moves are the exception that keeps this fast: the
 * validator is tried once per unit, and the destinations are the movement search's own (`reachable`), which is what
 * `applyMove` checks against; the determinism property test checks that every listed command is accepted. Ordered by unit id, then by kind, then
 * by hex index, so the same state always gives the same list.
 */
import { tryCommand } from './apply-command';
import { unitOrderCandidates } from './command-table';
import { EQUIPMENT } from './equipment';
import { fastDistance, type Axial } from './hex';
import { hexAt, indexOf } from './map';
import { reachable } from './movement';
import type { Command, GameState, Unit } from './types';
import { otherSide, type Side } from './vocabulary';
import { isOnMap } from './state-update';

/** A unit's longest reach in hexes with direct (`indirect` false) or indirect weapons. */
export const weaponReachHexes = (state: GameState, unit: Unit, indirect: boolean): number => {
  let metres = 0;
  for (const [type, n] of Object.entries(unit.equipment)) {
    const e = EQUIPMENT[type];
    if (n > 0 && e && e.indirect === indirect && e.rangeM > metres) metres = e.rangeM;
  }
  return Math.floor(metres / state.setup.map.hexMetres);
};

/** Hex indices of the enemy's units on the map, sorted, each once. */
const enemyHexes = (state: GameState, side: Side): Axial[] => {
  const map = state.setup.map;
  const idx = new Set<number>();
  for (const u of state.units) if (u.side === otherSide(side) && isOnMap(u)) idx.add(indexOf(map, u.hex!));
  return [...idx].filter((i) => i >= 0).sort((a, b) => a - b).map((i) => hexAt(map, i));
};

/** Hexes a unit may end a move in (its own excluded), from the movement module's search. */
const moveCandidates = (state: GameState, unit: Unit): Axial[] => {
  const reach = reachable(state, unit.id);
  if (!reach) return [];
  const here = indexOf(state.setup.map, unit.hex!);
  return reach.destinations.filter((i) => i !== here).map((i) => hexAt(state.setup.map, i));
};

/** Every legal command for `side` now (only the side to move has any). */
export const legalCommands = (state: GameState, side: Side): Command[] => {
  if (state.result || state.activeSide !== side) return [];
  const out: Command[] = [];
  const keep = (c: Command): void => {
    if (tryCommand(state, c).ok) out.push(c);
  };
  const enemies = enemyHexes(state, side);
  for (const u of state.units) {
    if (u.side !== side || !isOnMap(u)) continue;
    const here = u.hex!;
    // Whether a unit may move at all is the validator's to say (one trial); where to is the same search's answer.
    const destinations = moveCandidates(state, u);
    if (destinations.length > 0 && tryCommand(state, { type: 'move', unitId: u.id, to: destinations[0]! }).ok) {
      for (const to of destinations) out.push({ type: 'move', unitId: u.id, to });
    }
    const direct = weaponReachHexes(state, u, false);
    const indirect = weaponReachHexes(state, u, true);
    for (const target of enemies) {
      const d = fastDistance(here, target);
      if (d === 1) keep({ type: 'attack', unitIds: [u.id], target });
      if (d >= 1 && d <= Math.max(1, direct)) keep({ type: 'fire', unitId: u.id, target });
      if (d >= 1 && d <= indirect) keep({ type: 'bombard', unitId: u.id, target });
    }
    for (const c of unitOrderCandidates(u)) keep(c);
  }
  if (state.airSorties[side] > 0) for (const target of enemies) keep({ type: 'air-strike', side, target });
  out.push({ type: 'end-turn' });
  return out;
};

/**
 * Every command a side may give right now, for the AI and for property tests. Candidates are generated generously
 * (every reachable hex, every enemy hex within a weapon's reach, every action) and then filtered through the same
 * validators `applyCommand` uses, so the list never holds an illegal command. Ordered by unit id, then by kind, then
 * by hex index, so the same state always gives the same list.
 */
import { tryCommand } from './apply-command';
import { EQUIPMENT } from './equipment';
import { fastDistance, type Axial, type Direction } from './hex';
import { hexAt, indexOf } from './map';
import { isOnMap } from './side-part';
import type { Command, GameState, Unit } from './types';
import { otherSide, type Side } from './vocabulary';

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

/** Destinations a unit might move to; the movement module's reachable set once it is wired in. */
const moveCandidates = (_state: GameState, _unit: Unit): Axial[] => [];

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
    for (const to of moveCandidates(state, u)) keep({ type: 'move', unitId: u.id, to });
    const direct = weaponReachHexes(state, u, false);
    const indirect = weaponReachHexes(state, u, true);
    for (const target of enemies) {
      const d = fastDistance(here, target);
      if (d === 1) keep({ type: 'attack', unitIds: [u.id], target });
      if (d >= 1 && d <= Math.max(1, direct)) keep({ type: 'fire', unitId: u.id, target });
      if (d >= 1 && d <= indirect) keep({ type: 'bombard', unitId: u.id, target });
    }
    keep({ type: 'entrench', unitId: u.id });
    keep({ type: 'rally', unitId: u.id });
    if (u.kind === 'engineer') for (let d = 0; d < 6; d++) keep({ type: 'build-bridge', unitId: u.id, direction: d as Direction });
    keep({ type: 'exit', unitId: u.id });
  }
  if (state.airSorties[side] > 0) for (const target of enemies) keep({ type: 'air-strike', side, target });
  out.push({ type: 'end-turn' });
  return out;
};

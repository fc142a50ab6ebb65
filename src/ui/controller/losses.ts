/**
 * A side's losses so far in the terms the history books use (men killed, wounded, missing or captured; tanks,
 * armoured cars and guns destroyed), for the end screen beside the historical figures.
 */
import { EQUIPMENT, GUN_CLASSES, TANK_CLASSES } from '../../engine/equipment';
import type { GameState } from '../../engine/types';
import type { BySide, EquipmentClass, Side } from '../../engine/vocabulary';

export interface SideLosses {
  readonly killed: number;
  readonly wounded: number;
  readonly missing: number;
  readonly tanks: number;
  readonly armouredCars: number;
  readonly guns: number;
}

const classOf = (id: string): EquipmentClass | undefined => EQUIPMENT[id]?.class;

export const sideLosses = (state: GameState, side: Side): SideLosses => {
  let killed = 0;
  let wounded = 0;
  let missing = 0;
  let tanks = 0;
  let armouredCars = 0;
  let guns = 0;
  for (const u of state.units) {
    if (u.side !== side) continue;
    killed += u.casualties.killed;
    wounded += u.casualties.wounded;
    missing += u.casualties.missing;
    // A surrendered unit's remaining equipment is lost too.
    const lost: Record<string, number> = { ...u.destroyed };
    if (u.status === 'surrendered' || u.status === 'destroyed') {
      for (const [k, v] of Object.entries(u.equipment)) lost[k] = (lost[k] ?? 0) + v;
    }
    for (const [id, n] of Object.entries(lost)) {
      const c = classOf(id);
      if (!c) continue;
      if (TANK_CLASSES.includes(c)) tanks += n;
      else if (c === 'armoured-car') armouredCars += n;
      else if (GUN_CLASSES.includes(c)) guns += n;
    }
  }
  return { killed, wounded, missing, tanks, armouredCars, guns };
};

export const allLosses = (state: GameState): BySide<SideLosses> => ({
  soviet: sideLosses(state, 'soviet'),
  japanese: sideLosses(state, 'japanese'),
});

/** Men a side started with (on the map and arriving later). */
export const startingMen = (state: GameState, side: Side): number =>
  state.units.filter((u) => u.side === side).reduce((sum, u) => sum + u.start.men, 0);

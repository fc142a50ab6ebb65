/**
 * What the map shows of a combat (a fire line from each attacker's hex, a flash on the target, each unit's losses
 * floating over its counter), worked out from a command's events and the state before it, as the viewer may see it:
 * only hexes the viewer sees now or saw then, and its own units, give anything away.
 */
import { indexOf, type GameEvent, type GameState, type Side, type UnitLoss } from '../../engine';

export interface CombatEffect {
  /** Hex indices the attack came from (those the viewer may see). */
  readonly from: readonly number[];
  readonly target: number;
  /** Losses to float over counters: the hex and the text, e.g. "−23". */
  readonly losses: readonly { readonly index: number; readonly text: string }[];
  readonly hexTaken: boolean;
}

/** A unit's losses in a few characters: men ("−23") and equipment destroyed ("−2 veh"); empty when none. */
export const lossText = (l: UnitLoss): string => {
  const men = l.killed + l.wounded + l.missing;
  const kit = Object.values(l.destroyed).reduce<number>((a, b) => a + (b ?? 0), 0);
  const parts = [men > 0 ? `−${men}` : '', kit > 0 ? `−${kit} veh` : ''].filter(Boolean);
  return parts.join(' ');
};

/**
 * The effects of a command's combats as `viewer` may see them. `visible` is the viewer's sight now (per hex index);
 * a combat is shown when its target hex is in sight or the viewer's own units fought in it.
 */
export const combatEffects = (before: GameState, events: readonly GameEvent[], viewer: Side, visible: Uint8Array): CombatEffect[] => {
  const map = before.setup.map;
  const hexOf = (id: string): number => {
    const u = before.units.find((x) => x.id === id);
    return u?.hex ? indexOf(map, u.hex) : -1;
  };
  const sideOf = (id: string): Side | undefined => before.units.find((x) => x.id === id)?.side;
  const out: CombatEffect[] = [];
  for (const e of events) {
    if (e.type !== 'combat') continue;
    const target = indexOf(map, e.target);
    if (target < 0) continue;
    const own = e.attackers.some((id) => sideOf(id) === viewer) || e.losses.some((l) => sideOf(l.unitId) === viewer);
    if (!own && !visible[target]) continue;
    // A side that fought learns the target's losses (its log says them too); anything else only where it sees.
    const seen = (i: number, id: string): boolean => i >= 0 && (sideOf(id) === viewer || visible[i] === 1 || (own && i === target));
    const from = [...new Set(e.attackers.map((id) => ({ id, i: hexOf(id) })).filter((a) => a.i !== target && seen(a.i, a.id)).map((a) => a.i))];
    const losses = e.losses
      .map((l) => ({ index: hexOf(l.unitId), text: lossText(l), id: l.unitId }))
      .filter((l) => l.text !== '' && seen(l.index, l.id))
      .map(({ index, text }) => ({ index, text }));
    out.push({ from, target, losses, hexTaken: e.hexTaken });
  }
  return out;
};

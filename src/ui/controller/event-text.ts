/**
 * Turns the engine's events into lines for the event log, in plain words and real numbers ("1/149 lost 23 men and
 * 2 BT-7"). Which events a side may read is decided by `visibleToSide`, so a hidden enemy's moves never leak.
 */
import { SIDE_NAMES, EQUIPMENT, type EquipmentCounts, type GameEvent, type Side, type UnitLoss } from '../../engine';

export type LabelOf = (unitId: string) => string;
/** An objective's name from its id (the scenario's words, never the id). */
export type ObjectiveNameOf = (objectiveId: string) => string;

/** "1 hex", "2 hexes". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** An equipment type's name as the player reads it (the catalogue's name, not its id). */
export const equipmentName = (id: string): string => EQUIPMENT[id]?.name ?? id.replace(/-/g, ' ');

const counts = (c: EquipmentCounts): string =>
  Object.keys(c)
    .sort()
    .filter((k) => (c[k] ?? 0) > 0)
    .map((k) => `${c[k]} ${equipmentName(k)}`)
    .join(', ');


/** "23 men (5 killed, 12 wounded, 6 missing), 2 BT-7 destroyed" for one unit's loss. */
export const describeLoss = (l: UnitLoss, labelOf: LabelOf): string => {
  const men = l.killed + l.wounded + l.missing;
  const parts = [`${plural(men, 'man', 'men')} (${l.killed} killed, ${l.wounded} wounded, ${l.missing} missing)`];
  const destroyed = counts(l.destroyed);
  const damaged = counts(l.damaged);
  if (destroyed) parts.push(`${destroyed} destroyed`);
  if (damaged) parts.push(`${damaged} damaged`);
  const outcome = l.outcome === 'holds' ? '' : ` — ${l.outcome}`;
  return `${labelOf(l.unitId)} lost ${parts.join(', ')}${outcome}`;
};

const VERB: Readonly<Record<'assault' | 'fire' | 'bombard' | 'air-strike', string>> = { assault: 'assaulted', fire: 'fired on', bombard: 'bombarded', 'air-strike': 'struck' };

/** Whether a unit's loss is worth a word: men or equipment lost, or driven from where it stood. */
const felt = (l: UnitLoss): boolean => l.killed + l.wounded + l.missing > 0 || counts(l.destroyed) !== '' || counts(l.damaged) !== '' || l.outcome !== 'holds';

/**
 * One log line per event. A combat is told once, in the UI's own words from the event's facts: who attacked whom,
 * then each unit's losses ("AT/TR lost 12 men (…), 1 Type 94 37 mm anti-tank gun destroyed — retreats"), then
 * whether the hex was taken. (The engine's own summary says the same per side; writing both told it twice.)
 */
export const describeEvent = (e: GameEvent, labelOf: LabelOf, objectiveNameOf: ObjectiveNameOf = () => 'an objective'): string | null => {
  switch (e.type) {
    case 'moved':
      return `${labelOf(e.unitId)} moved ${plural(e.path.length - 1, 'hex', 'hexes')} (${e.cost} MP).`;
    case 'combat': {
      const attackers = new Set(e.attackers);
      const who = e.attackers.length > 0 ? e.attackers.map(labelOf).join(', ') : 'Aircraft';
      const defenders = e.losses.filter((l) => !attackers.has(l.unitId)).map((l) => labelOf(l.unitId));
      const head = `${who} ${VERB[e.kind]} ${defenders.length > 0 ? defenders.join(', ') : 'empty ground'}`;
      const losses = e.losses.filter(felt).map((l) => describeLoss(l, labelOf));
      const tail = e.hexTaken ? '; the hex is taken' : '';
      return `${head}: ${losses.length > 0 ? losses.join('; ') : 'no losses'}${tail}.`;
    }
    case 'entrenched':
      return `${labelOf(e.unitId)} dug in (level ${e.level}).`;
    case 'rallied':
      return `${labelOf(e.unitId)} rallied (cohesion ${e.cohesion}%).`;
    case 'bridge-progress':
      return `${labelOf(e.unitId)} worked on a pontoon bridge (${e.progress}/${e.needed}).`;
    case 'bridge-built':
      return `A ${SIDE_NAMES[e.side]} pontoon bridge is finished.`;
    case 'unit-arrived':
      return `${labelOf(e.unitId)} arrived.`;
    case 'unit-exited':
      return `${labelOf(e.unitId)} left the map.`;
    case 'supply-changed':
      return `${labelOf(e.unitId)} is now ${e.supply === 'supplied' ? 'in supply' : e.supply === 'cut' ? 'cut off from supply' : 'on limited supply'}.`;
    case 'unit-surrendered':
      return `${labelOf(e.unitId)} surrendered (${plural(e.men, 'man', 'men')}).`;
    case 'unit-routed':
      return `${labelOf(e.unitId)} broke and ran.`;
    case 'unit-destroyed':
      return `${labelOf(e.unitId)} was destroyed.`;
    case 'turn-ended':
      return null;
    case 'turn-started':
      return `— Turn ${e.turn}, ${SIDE_NAMES[e.side]} move, ${e.time.replace('T', ' ')} —`;
    case 'milestone':
      return `★ ${e.name} (turn ${e.turn}).`;
    case 'objective':
      return `${e.achieved ? '✔' : '✘'} ${SIDE_NAMES[e.side]} objective ${e.achieved ? 'achieved' : 'failed'}: ${objectiveNameOf(e.id)}.`;
    case 'game-over':
      return `Game over: ${e.result.reason}`;
  }
};

/**
 * May `side` read this event? Its own units' doings and everything done to them, any combat it saw or took part in,
 * and public events; an enemy move only if the enemy unit ends in sight.
 */
export const visibleToSide = (e: GameEvent, side: Side, sideOf: (unitId: string) => Side | undefined, seen: (unitId: string) => boolean): boolean => {
  switch (e.type) {
    case 'moved':
    case 'entrenched':
    case 'rallied':
    case 'bridge-progress':
    case 'unit-arrived':
    case 'unit-exited':
    case 'supply-changed':
    case 'unit-routed':
    case 'unit-destroyed':
    case 'unit-surrendered':
      return sideOf(e.unitId) === side || seen(e.unitId);
    case 'combat':
      return e.attackers.some((id) => sideOf(id) === side || seen(id)) || e.losses.some((l) => sideOf(l.unitId) === side);
    case 'bridge-built':
      return e.side === side;
    default:
      return true;
  }
};

/**
 * Pontoon bridging: an engineer unit standing on a river bank where no crossing exists puts in a turn of work per
 * `build-bridge` command; after PONTOON_TURNS turns of work (by one or several engineer units of the same side) the
 * pontoon is finished and carries both sides' traffic (movement-costs.ts charges its slower passage). The work lives
 * in `state.pontoons`. The Japanese pontoon at Baintsagan (fact sheet, July) and the Soviet one over the Holsten are
 * the historical models. Engineers may also re-bridge a side whose crossing was destroyed: finishing the work restores
 * the crossing.
 */
import { KIND_RULES } from './unit-kinds';
import { actingUnit, refuse } from './acting-unit';
import { SIDE_NAMES } from './vocabulary';
import { changedCrossingEdges, crossingAt, edgeKey, parseEdgeKey } from './crossings';
import { DIRECTIONS, type Direction } from './hex';
import { indexOf } from './map';
import { updateUnit } from './state-update';
import type { CommandResult, GameEvent, GameState, PontoonWork } from './types';
import { zoneOfControl } from './zone-of-control';
import { withAction } from './unit-shape';
import { patchState } from './state-shape';

export { crossingAt, edgeKey, parseEdgeKey, changedCrossingEdges };

/** Turns of engineer work a pontoon needs. */
export const PONTOON_TURNS = 3;

const DIRECTION_WORDS: Readonly<Record<(typeof DIRECTIONS)[number], string>> = {
  E: 'east',
  SE: 'south-east',
  SW: 'south-west',
  W: 'west',
  NW: 'north-west',
  NE: 'north-east',
};

/** The `build-bridge` command: one turn of pontoon work across the hexside of the engineers' hex in `direction`. */
export const applyBuildBridge = (
  state: GameState,
  cmd: { readonly type: 'build-bridge'; readonly unitId: string; readonly direction: Direction },
): CommandResult => {
  const acting = actingUnit(state, cmd.unitId);
  if (!acting.ok) return acting;
  const unit = acting.unit;
  if (!KIND_RULES[unit.kind].buildsBridges) return refuse('wrong-unit', `Only engineers can build bridges; ${unit.label} is not an engineer unit.`);
  if (unit.status === 'routed') return refuse('routed', `${unit.label} is routed and cannot work.`);
  if (unit.acted.built) return refuse('already-acted', `${unit.label} has already worked on a bridge this turn.`);
  if (unit.acted.moved || unit.acted.attacked || unit.acted.fired || unit.acted.dug) {
    return refuse('already-acted', `Bridging takes ${unit.label}'s whole turn, and it has already done something else this turn.`);
  }
  const d = cmd.direction;
  if (!Number.isInteger(d) || d < 0 || d > 5) return refuse('bad-shape', 'That is not a direction: use 0 (east) to 5 (north-east).');
  const map = state.setup.map;
  const index = unit.hex === null ? -1 : indexOf(map, unit.hex);
  if (index < 0) return refuse('out-of-battle', `${unit.label} is not on the map.`);
  const where = DIRECTION_WORDS[DIRECTIONS[d]!];
  if ((map.neighbours[index * 6 + d] ?? -1) < 0) return refuse('no-river', `The ${where} side of ${unit.label}'s hex is the map edge.`);
  if ((map.river[index * 6 + d] ?? 'none') === 'none') return refuse('no-river', `There is no river on the ${where} side of ${unit.label}'s hex.`);
  const existing = crossingAt(state, index, d);
  if (existing !== 'none') return refuse('crossing-exists', `There is already a ${existing} on the ${where} side of ${unit.label}'s hex.`);
  if (zoneOfControl(state, unit.side)[index] === 1) return refuse('enemy-zone', `${unit.label} cannot bridge under the enemy's guns: it is in an enemy zone of control.`);

  const key = edgeKey(map, index, d);
  const work = state.pontoons.find((p) => p.edge === key);
  if (work && work.side !== unit.side && work.progress < work.needed) {
    return refuse('bridge-contested', `The ${SIDE_NAMES[work.side]} are already bridging there.`);
  }
  // A finished pontoon that was destroyed since (crossing 'none') is started again from scratch.
  const progress = work && work.side === unit.side && work.progress < work.needed ? work.progress + 1 : 1;
  const updated: PontoonWork = { edge: key, side: unit.side, progress, needed: PONTOON_TURNS };
  const pontoons = [...state.pontoons.filter((p) => p.edge !== key), updated].sort((a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
  const events: GameEvent[] = [{ type: 'bridge-progress', unitId: unit.id, edge: key, progress, needed: PONTOON_TURNS }];
  let destroyedCrossings = state.destroyedCrossings;
  if (progress >= PONTOON_TURNS) {
    events.push({ type: 'bridge-built', edge: key, side: unit.side });
    if (destroyedCrossings.includes(key)) destroyedCrossings = destroyedCrossings.filter((k) => k !== key);
  }
  const next = updateUnit(patchState(state, { pontoons, destroyedCrossings }), unit.id, {
    mp: 0,
    entrenchment: 0,
    acted: withAction(unit.acted, 'built'),
  });
  return { ok: true, state: next, events };
};

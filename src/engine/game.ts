/**
 * Starting a game: the setup's units become units in play, the RNG is seeded, and the first side is to move.
 */
import { updateControl } from './hex-control';
import { seedRng } from './rng';
import { NO_ACTIONS } from './side-part';
import { markSupply } from './supply';
import { startSideTurn } from './turn';
import type { GameSetup, GameState, Unit, UnitSetup } from './types';
import { makeUnit } from './unit-shape';
import { makeState, sorties } from './state-shape';

export { NO_ACTIONS };

const sortedCounts = (c: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.keys(c).sort().filter((k) => (c[k] ?? 0) > 0).map((k) => [k, c[k]!]));


/** A unit in play from its setup, built by `makeUnit` so it has the one unit shape (unit-shape.ts). */
export const unitFromSetup = (u: UnitSetup): Unit => {
  const equipment = sortedCounts(u.equipment);
  return makeUnit({
    id: u.id,
    side: u.side,
    name: u.name,
    label: u.label,
    formation: u.formation,
    kind: u.kind,
    size: u.size,
    status: u.hex ? 'active' : 'waiting',
    hex: u.hex ? { q: u.hex.q, r: u.hex.r } : null,
    men: u.men,
    equipment,
    damaged: {},
    destroyed: {},
    start: { men: u.men, equipment },
    casualties: { killed: 0, wounded: 0, missing: 0 },
    cohesion: u.cohesion ?? 100,
    suppression: 0,
    fatigue: 0,
    entrenchment: u.entrenchment ?? 0,
    supply: 'supplied',
    turnsOutOfSupply: 0,
    ammo: u.ammo ?? 100,
    mp: 0,
    acted: NO_ACTIONS,
    arrives: u.arrives ? { turn: u.arrives.turn, hex: { q: u.arrives.hex.q, r: u.arrives.hex.r } } : undefined,
    source: u.source,
    note: u.note ? u.note : undefined,
  });
};

export interface GameOptions {
  readonly seed: number | string;
}

/**
 * A fresh game from a setup (a scenario with its levers applied, see src/scenario), ready for the first side to move:
 * reinforcements due on turn 1 are on the map, the first side's units have their movement points, hexes held at the
 * start are controlled by their holders, and every unit's supply state is traced (without a turn's supply effects).
 */
export const createInitialState = (setup: GameSetup, options: GameOptions): GameState => {
  const units = setup.units.map(unitFromSetup).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const base = makeState({
    setup,
    turn: 1,
    activeSide: setup.clock.firstSide,
    units,
    rng: seedRng(options.seed),
    pontoons: [],
    destroyedCrossings: [],
    control: {},
    milestones: {},
    airSorties: sorties(setup.rules.soviet.airSorties, setup.rules.japanese.airSorties),
    commandCount: 0,
    result: null,
  });
  return markSupply(updateControl(startSideTurn(updateControl(base)).state));
};

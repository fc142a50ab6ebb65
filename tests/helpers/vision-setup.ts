/**
 * Small battles for the sight tests: one Soviet observer and one Japanese target on a hand-built map, at a chosen hour.
 */
import { createInitialState } from '../../src/engine/game';
import { findUnit } from '../../src/engine/state-update';
import type { GameState, UnitSetup } from '../../src/engine/types';
import { canSpot } from '../../src/engine/vision';
import type { UnitKind } from '../../src/engine/vocabulary';
import { testSetup, testUnit, type TestMapOptions } from './test-setup';

export const DAY = '1939-07-03T08:00';
export const NIGHT = '1939-07-03T00:00';

export const game = (units: UnitSetup[], o: { start?: string; map?: TestMapOptions; storm?: boolean } = {}): GameState => {
  const setup = testSetup({ units, ...(o.start ? { start: o.start } : {}), ...(o.map ? { map: o.map } : {}) });
  const withStorm = o.storm
    ? { ...setup, clock: { ...setup.clock, weather: [{ id: 'storm', name: 'Storm', fromTurn: 1, toTurn: 3, visibilityMetres: 20, flying: false }] } }
    : setup;
  return createInitialState(withStorm, { seed: 1 });
};

/** One Soviet observer at (2,7) and one Japanese target `dist` hexes east on row 7 (500 m hexes, 20×15 steppe). */
export const pair = (dist: number, o: { kind?: UnitKind; start?: string; map?: TestMapOptions; storm?: boolean } = {}) =>
  game([testUnit({ id: 'obs', side: 'soviet', kind: o.kind ?? 'infantry', at: [2, 7] }), testUnit({ id: 'tgt', side: 'japanese', at: [2 + dist, 7] })], o);

export const sees = (state: GameState) => canSpot(state, findUnit(state, 'obs')!, findUnit(state, 'tgt')!.hex!);


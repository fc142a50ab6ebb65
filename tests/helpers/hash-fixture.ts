/**
 * A fixed game state for the golden hash: built from plain literals (no rule module runs), so its hash only changes
 * when the state's shape or the hash function changes — deliberately. The browser test checks the same value in
 * Chromium (import `hashFixtureState` and `HASH_FIXTURE_GOLDEN`).
 */
import { unitFromSetup } from '../../src/engine/game';
import type { GameState } from '../../src/engine/types';
import { testSetup, testUnit } from './test-setup';

/** hashState(hashFixtureState()) in every JavaScript engine. */
export const HASH_FIXTURE_GOLDEN = '3ba0ac4bdf5da8dc';

export const hashFixtureState = (): GameState => {
  const setup = {
    ...testSetup({
      units: [
        testUnit({ id: 'jap-1', side: 'japanese', at: [6, 3], equipment: { LMG: 9, HMG: 2, '37mm-Type94': 2 }, men: 210 }),
        testUnit({ id: 'sov-1', side: 'soviet', at: [2, 3], kind: 'tank', equipment: { 'BT-7': 15, truck: 4 }, men: 60 }),
        testUnit({ id: 'sov-2', side: 'soviet', kind: 'infantry', arrives: { turn: 3, hex: { q: 0, r: 5 } }, note: 'arrives at night' }),
      ],
    }),
    contentHash: 'fixture-content-1',
    levers: { 'japanese-trucks': 150, 'soviet-fireproofing': 0 },
  };
  const [jap, sov1, sov2] = setup.units.map(unitFromSetup) as [ReturnType<typeof unitFromSetup>, ReturnType<typeof unitFromSetup>, ReturnType<typeof unitFromSetup>];
  return {
    setup,
    turn: 2,
    activeSide: 'japanese',
    units: [
      { ...jap, mp: 4, cohesion: 83, suppression: 20, entrenchment: 1, supply: 'limited', turnsOutOfSupply: 1, ammo: 85, casualties: { killed: 7, wounded: 12, missing: 1 }, men: 190 },
      { ...sov1, mp: 0, fatigue: 8, acted: { moved: true, attacked: true, fired: false, dug: false, rallied: false, built: false }, equipment: { 'BT-7': 13, truck: 4 }, destroyed: { 'BT-7': 1 }, damaged: { 'BT-7': 1 } },
      sov2,
    ],
    rng: { a: 0x12345678, b: 0x9abcdef0, c: 0x0fedcba9, d: 42, draws: 17 },
    pontoons: [{ edge: '40:0', side: 'soviet', progress: 1, needed: 3 }],
    destroyedCrossings: [],
    control: { '2,3': 'soviet', '4,3': 'japanese' },
    milestones: { 'first-contact': 1 },
    airSorties: { soviet: 2, japanese: 0 },
    commandCount: 23,
    result: null,
  };
};

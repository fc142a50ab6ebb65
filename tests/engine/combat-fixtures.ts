/**
 * Small hand-built battles for the combat tests: typical units of 1939 by their real composition, placed on a test map.
 */
import { buildEngagement, type Engagement } from '../../src/engine/combat-engagement';
import type { CombatKind } from '../../src/engine/combat-fire';
import { createInitialState } from '../../src/engine/game';
import type { GameState, UnitSetup } from '../../src/engine/types';
import type { Side } from '../../src/engine/vocabulary';
import { at, testSetup, testUnit, type TestSetupOptions } from '../helpers/test-setup';

type Pos = [number, number];
type Extra = Partial<Omit<UnitSetup, 'hex'>>;

/** A rifle battalion: 600 men with light and heavy machine guns. */
export const rifleBattalion = (id: string, side: Side, pos: Pos, extra: Extra = {}): UnitSetup =>
  testUnit({ id, side, at: pos, men: 600, equipment: { LMG: 18, HMG: 8 }, kind: 'infantry', size: 'battalion', ...extra });
/** A rifle company: 200 men, 6 light machine guns. */
export const rifleCompany = (id: string, side: Side, pos: Pos, extra: Extra = {}): UnitSetup =>
  testUnit({ id, side, at: pos, men: 200, equipment: { LMG: 6 }, kind: 'infantry', size: 'company', ...extra });
/** A Japanese regimental anti-tank company: four Type 94 37 mm guns. */
export const atCompany = (id: string, pos: Pos, extra: Extra = {}): UnitSetup =>
  testUnit({ id, side: 'japanese', at: pos, men: 60, equipment: { '37mm-Type94': 4 }, kind: 'anti-tank', size: 'company', ...extra });
/** A Soviet tank company: 15 BT-5s and their crews. */
export const btCompany = (id: string, pos: Pos, extra: Extra = {}): UnitSetup =>
  testUnit({ id, side: 'soviet', at: pos, men: 45, equipment: { 'BT-5': 15 }, kind: 'tank', size: 'company', ...extra });
/** A Soviet howitzer battalion: twelve 122 mm howitzers. */
export const howitzerBattalion = (id: string, pos: Pos, extra: Extra = {}): UnitSetup =>
  testUnit({ id, side: 'soviet', at: pos, men: 300, equipment: { '122mm-M1910': 12 }, kind: 'artillery', size: 'battalion', ...extra });

/** Supply depots on the west (Soviet) and east (Japanese) edges, so units start supplied unless cut off. */
export const DEPOTS: NonNullable<TestSetupOptions['supplySources']> = [
  { id: 'sov-depot', side: 'soviet', hex: at(0, 7), name: 'Soviet depot' },
  { id: 'jap-depot', side: 'japanese', hex: at(12, 8), name: 'Japanese depot' },
];

export const battle = (units: UnitSetup[], options: Omit<TestSetupOptions, 'units'> = {}, seed: number | string = 1): GameState =>
  createInitialState(testSetup({ supplySources: DEPOTS, units, ...options }), { seed });

/** The engagement for a combat that must be legal (throws in the test otherwise). */
export const engagementOf = (state: GameState, kind: CombatKind, ids: string[], target: Pos): Engagement => {
  const e = buildEngagement(state, kind, ids, at(...target));
  if (!e.ok) throw new Error(`test battle refused: ${e.reason}`);
  return e.engagement;
};

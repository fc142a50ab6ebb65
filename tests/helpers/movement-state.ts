/**
 * Game states for movement tests: a test setup turned into a state in which every unit of the side to move has its
 * turn's movement points, as the turn sequence would give them.
 */
import { createInitialState } from '../../src/engine/game';
import { movementAllowance } from '../../src/engine/mobility';
import type { GameState, Unit } from '../../src/engine/types';
import { testSetup, type TestSetupOptions } from './test-setup';

export const movementState = (o: TestSetupOptions, patch?: (u: Unit) => Partial<Unit>): GameState => {
  const state = createInitialState(testSetup(o), { seed: 1 });
  const units = state.units.map((u) => {
    const p = patch ? patch(u) : {};
    const patched = { ...u, ...p };
    // The movement rule's allowance (mobility.ts), whatever the turn sequence handed out, unless the test sets mp.
    const mp = p.mp ?? (u.side === state.activeSide ? movementAllowance(state, patched) : 0);
    return { ...patched, mp };
  });
  return { ...state, units };
};

/** Three tracked test units' worth of equipment, by kind. */
export const TANK = { kind: 'tank', size: 'company', men: 40, equipment: { 'BT-7': 12 } } as const;
export const TRUCKS = { kind: 'infantry', size: 'company', men: 150, equipment: { LMG: 9, truck: 8 } } as const;
export const CAVALRY = { kind: 'cavalry', size: 'company', men: 120, equipment: { LMG: 4 } } as const;

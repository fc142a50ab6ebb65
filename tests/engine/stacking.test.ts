import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/engine/map';
import { occupancy, stackingProblem, stackLimitPoints } from '../../src/engine/stacking';
import type { UnitSize } from '../../src/engine/vocabulary';
import { movementState } from '../helpers/movement-state';
import { at, testUnit } from '../helpers/test-setup';

describe('stacking', () => {
  it('a 500 m hex holds two battalions\' worth, a 1 km hex four times that', () => {
    expect(stackLimitPoints({ hexMetres: 500 })).toBe(18);
    expect(stackLimitPoints({ hexMetres: 1000 })).toBe(72);
  });

  // Already in the hex → can one more of this size join? (500 m hexes)
  it.each<[UnitSize[], UnitSize, boolean]>([
    [[], 'regiment', true],
    [['battalion'], 'battalion', true],
    [['battalion', 'battalion'], 'platoon', false],
    [['battalion', 'company'], 'company', true],
    [['battalion', 'company', 'company'], 'platoon', false], // four units
    [['company', 'company'], 'battalion', true],
    [['company'], 'regiment', false],
    [['platoon', 'platoon', 'platoon'], 'platoon', false],
  ])('%j + %s fits: %s', (present, joining, fits) => {
    const units = [
      ...present.map((size, k) => testUnit({ id: `p${k}`, side: 'soviet', at: [2, 2], size })),
      testUnit({ id: 'new', side: 'soviet', at: [0, 0], size: joining }),
      testUnit({ id: 'enemy', side: 'japanese', at: [2, 2], size: 'battalion' }), // enemies never count against a stack
    ];
    const state = movementState({ map: { width: 5, height: 5 }, units });
    const joiner = state.units.find((u) => u.id === 'new')!;
    expect(stackingProblem(state, joiner, indexOf(state.setup.map, at(2, 2))) === null).toBe(fits);
  });

  it('counts only units on the map', () => {
    const state = movementState({
      map: { width: 5, height: 5 },
      units: [testUnit({ id: 'a', side: 'soviet', at: [1, 1] }), testUnit({ id: 'b', side: 'soviet', at: [1, 1] })],
    }, (u) => (u.id === 'b' ? { status: 'destroyed', hex: null } : {}));
    const i = indexOf(state.setup.map, at(1, 1));
    expect(occupancy(state).count.soviet[i]).toBe(1);
    expect(occupancy(state).points.soviet[i]).toBe(3);
  });
});

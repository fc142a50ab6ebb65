import { describe, expect, it } from 'vitest';
import { edgeKey } from '../../src/engine/crossings';
import { indexOf } from '../../src/engine/map';
import { zoneOfControl } from '../../src/engine/zone-of-control';
import type { GameState } from '../../src/engine/types';
import { movementState } from '../helpers/movement-state';
import { at, testUnit } from '../helpers/test-setup';

const marked = (state: GameState, side: 'soviet' | 'japanese') => {
  const zone = zoneOfControl(state, side);
  const out: string[] = [];
  for (let row = 0; row < state.setup.map.height; row++) {
    for (let col = 0; col < state.setup.map.width; col++) if (zone[indexOf(state.setup.map, at(col, row))] === 1) out.push(`${col},${row}`);
  }
  return out;
};

describe('zoneOfControl', () => {
  it('covers an enemy unit\'s hex and its six neighbours (odd-r rows)', () => {
    const state = movementState({ map: { width: 6, height: 5 }, units: [testUnit({ id: 'j', side: 'japanese', at: [2, 2] }), testUnit({ id: 'k', side: 'japanese', at: [4, 1] })] });
    // (2,2) is an even row: its neighbours lean west; (4,1) is odd: its neighbours lean east.
    expect(marked(state, 'soviet')).toEqual(['4,0', '5,0', '1,1', '2,1', '3,1', '4,1', '5,1', '1,2', '2,2', '3,2', '4,2', '5,2', '1,3', '2,3']);
    expect(marked(state, 'japanese')).toEqual([]);
  });

  it('does not reach across the Khalkhin Gol without a crossing, but does across a bridge or a minor river', () => {
    const map = (crossing?: 'bridge') => ({
      width: 4,
      height: 1,
      hexsides: [
        { col: 1, row: 0, direction: 0 as const, river: 'major' as const, ...(crossing ? { crossing } : {}) },
        { col: 0, row: 0, direction: 0 as const, river: 'minor' as const },
      ],
    });
    const units = [testUnit({ id: 'j', side: 'japanese', at: [1, 0] })];
    expect(marked(movementState({ map: map(), units }), 'soviet')).toEqual(['0,0', '1,0']);
    expect(marked(movementState({ map: map('bridge'), units }), 'soviet')).toEqual(['0,0', '1,0', '2,0']);
  });

  it('reaches across a pontoon once it is finished, and stops again if it is destroyed', () => {
    const state = movementState({
      map: { width: 4, height: 1, hexsides: [{ col: 1, row: 0, direction: 0, river: 'major' }] },
      units: [testUnit({ id: 'j', side: 'japanese', at: [1, 0] })],
    });
    const key = edgeKey(state.setup.map, 1, 0);
    expect(marked(state, 'soviet')).toEqual(['0,0', '1,0']);
    const building = { ...state, pontoons: [{ edge: key, side: 'japanese' as const, progress: 2, needed: 3 }] };
    expect(marked(building, 'soviet')).toEqual(['0,0', '1,0']);
    const built = { ...state, pontoons: [{ edge: key, side: 'japanese' as const, progress: 3, needed: 3 }] };
    expect(marked(built, 'soviet')).toEqual(['0,0', '1,0', '2,0']); // same units array: the cache notices the pontoon
    expect(marked({ ...built, destroyedCrossings: [key] }, 'soviet')).toEqual(['0,0', '1,0']);
  });

  it('is exerted only by active combat units with men', () => {
    const units = [
      testUnit({ id: 'hq', side: 'japanese', at: [1, 1], kind: 'headquarters' }),
      testUnit({ id: 'empty', side: 'japanese', at: [4, 1], men: 0 }),
      testUnit({ id: 'broken', side: 'japanese', at: [1, 3], cohesion: 0 }),
    ];
    const state = movementState({ map: { width: 6, height: 5 }, units });
    expect(marked(state, 'soviet')).toEqual([]);
    const routed = movementState({ map: { width: 6, height: 5 }, units: [testUnit({ id: 'r', side: 'japanese', at: [1, 1] })] }, () => ({ status: 'routed' }));
    expect(marked(routed, 'soviet')).toEqual([]);
  });

  it('is cached per units array', () => {
    const state = movementState({ map: { width: 6, height: 5 }, units: [testUnit({ id: 'j', side: 'japanese', at: [2, 2] })] });
    expect(zoneOfControl(state, 'soviet')).toBe(zoneOfControl({ ...state, turn: 2 }, 'soviet'));
    expect(zoneOfControl(state, 'soviet')).not.toBe(zoneOfControl({ ...state, units: state.units.slice() }, 'soviet'));
  });
});

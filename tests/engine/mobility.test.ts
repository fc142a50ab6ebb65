import { describe, expect, it } from 'vitest';
import { allowancePercent, marchMinutes, movementAllowance, scaledAllowance, unitMobility } from '../../src/engine/mobility';
import type { UnitKind } from '../../src/engine/vocabulary';
import { movementState } from '../helpers/movement-state';
import { testUnit } from '../helpers/test-setup';

const u = (kind: UnitKind, men: number, equipment: Record<string, number>) => ({ kind, men, equipment });

describe('unitMobility', () => {
  it.each([
    ['rifle company walks', u('infantry', 150, { LMG: 9, HMG: 2 }), 'foot'],
    ['BT-7 battalion is tracked', u('tank', 120, { 'BT-7': 38 }), 'tracked'],
    ['tankettes are tracked', u('reconnaissance', 30, { 'Type94-tankette': 7 }), 'tracked'],
    ['tank unit with its supply trucks stays tracked', u('tank', 120, { 'BT-7': 38, truck: 10 }), 'tracked'],
    ['BA-6 company is wheeled', u('armoured-car', 60, { 'BA-6': 15 }), 'wheeled'],
    ['tanks and armoured cars together move as wheels', u('tank', 80, { 'BT-5': 10, 'BA-10': 5 }), 'wheeled'],
    ['motorised rifle company is wheeled', u('motorised-infantry', 180, { LMG: 9 }), 'wheeled'],
    ['cavalry rides', u('cavalry', 300, { LMG: 8 }), 'horse'],
    ['truck-drawn 122 mm battery is wheeled', u('artillery', 100, { '122mm-M1910': 4 }), 'wheeled'],
    ['horse-drawn 75 mm battery is horse', u('artillery', 120, { '75mm-Type38': 4 }), 'horse'],
    ['horse-drawn guns slow lorried infantry', u('motorised-infantry', 200, { '76mm-M1927': 2 }), 'horse'],
    ['man-hauled 37 mm guns walk', u('anti-tank', 60, { '37mm-Type94': 4 }), 'foot'],
    ['enough trucks (1 per 20 men) lift infantry', u('infantry', 200, { LMG: 9, truck: 10 }), 'wheeled'],
    ['too few trucks leave infantry on foot', u('infantry', 201, { LMG: 9, truck: 10 }), 'foot'],
    ['lorried engineers are wheeled', u('engineer', 100, { truck: 5 }), 'wheeled'],
    ['an empty headquarters walks', u('headquarters', 0, {}), 'foot'],
  ] as const)('%s', (_name, unit, expected) => {
    expect(unitMobility(unit)).toBe(expected);
  });
});

describe('movement allowance', () => {
  it.each([
    // class, minutes per turn, hex metres, MP
    ['foot', 60, 500, 12],
    ['horse', 60, 500, 20],
    ['wheeled', 60, 500, 24],
    ['tracked', 60, 500, 24],
    ['wheeled', 30, 500, 12],
    ['foot', 60, 1000, 6],
    // Beyond the first hour only a third of the time counts (halts, refuelling, deployment).
    ['foot', 120, 500, 16],
    ['wheeled', 120, 500, 32],
    ['horse', 120, 500, 26],
    ['foot', 360, 1000, 16],
    ['tracked', 360, 1000, 32],
    ['foot', 480, 1000, 20],
    ['foot', 1440, 1000, 20], // a day's turn counts as 8 hours
  ] as const)('%s, %i-minute turns, %i m hexes: %i MP', (mobility, minutes, metres, mp) => {
    expect(scaledAllowance(mobility, minutes, metres)).toBe(mp);
  });

  it('counts the first hour of a turn in full and a third of the rest, up to 8 hours', () => {
    expect([30, 60, 90, 120, 240, 360, 480, 600, 1440].map(marchMinutes)).toEqual([30, 60, 70, 80, 120, 160, 200, 200, 200]);
  });

  it('fatigue takes up to half, low cohesion a further quarter', () => {
    expect(allowancePercent({ fatigue: 0, cohesion: 100 })).toBe(100);
    expect(allowancePercent({ fatigue: 50, cohesion: 100 })).toBe(75);
    expect(allowancePercent({ fatigue: 100, cohesion: 100 })).toBe(50);
    expect(allowancePercent({ fatigue: 0, cohesion: 49 })).toBe(75);
    expect(allowancePercent({ fatigue: 100, cohesion: 10 })).toBe(37);
  });

  it('is the scaled allowance cut by fatigue, never below 1 while on the map, 0 off it', () => {
    const state = movementState({ units: [testUnit({ id: 'a', side: 'soviet', at: [5, 5] }), testUnit({ id: 'w', side: 'soviet' })] });
    const a = state.units[0]!;
    expect(movementAllowance(state, a)).toBe(12);
    expect(movementAllowance(state, { ...a, fatigue: 60 })).toBe(8);
    expect(movementAllowance(state, { ...a, fatigue: 100, cohesion: 1 })).toBe(4);
    expect(movementAllowance(state, { ...a, status: 'routed' })).toBe(12);
    expect(movementAllowance(state, state.units[1]!)).toBe(0); // waiting reinforcement
    expect(movementAllowance(state, { ...a, status: 'destroyed', hex: null })).toBe(0);
  });
});

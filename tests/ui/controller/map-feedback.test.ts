/**
 * The map's feedback (issue 13, points 13–15) as plain logic: a combined assault from several hexes, combat effects
 * as a side may see them, the overlays' marks and their keys.
 */
import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../../src/engine/game';
import { indexOf } from '../../../src/engine/map';
import type { GameEvent, GameState, UnitLoss } from '../../../src/engine/types';
import { clickHex, selectUnit, toggleAttacker, type SelectionContext } from '../../../src/ui/controller/selection';
import { combatEffects, lossText } from '../../../src/ui/controller/combat-effect';
import { sightMarks, supplyMarks, zocMarks } from '../../../src/ui/controller/map-overlays';
import { keyAction } from '../../../src/ui/controller/keymap';
import { at, testSetup, testUnit } from '../../helpers/test-setup';
import { fakeRules } from './fake-rules';

const setup = testSetup({
  units: [
    testUnit({ id: 'a', side: 'soviet', at: [5, 5] }),
    testUnit({ id: 'b', side: 'soviet', at: [5, 5] }),
    testUnit({ id: 'c', side: 'soviet', at: [9, 9] }),
    testUnit({ id: 'd', side: 'soviet', at: [7, 5] }),
    testUnit({ id: 'x', side: 'japanese', at: [6, 5] }),
  ],
});
const state: GameState = { ...createInitialState(setup, { seed: 1 }) };
const withMp = (s: GameState, mp: number): GameState => ({ ...s, units: s.units.map((u) => ({ ...u, mp })) });
const idx = (col: number, row: number) => indexOf(setup.map, at(col, row));
const ctx = (s: GameState = withMp(state, 3)): SelectionContext => ({ rules: fakeRules(), state: s, side: 'soviet' });

describe('a combined assault from several hexes', () => {
  it('lists the units next to the target, adds one from another hex by shift-click, and attacks with all', () => {
    const c = ctx();
    const first = clickHex(selectUnit(c, 'a'), c, idx(6, 5)).selection;
    expect(first.preview?.attackerIds).toEqual(['a', 'b']);
    expect(first.joinable).toEqual(['a', 'b', 'd']);
    // Shift-click on d's hex brings d in; the preview is asked again with all three.
    const joined = clickHex(first, c, idx(7, 5), true).selection;
    expect(joined.preview?.attackerIds).toEqual(['a', 'b', 'd']);
    expect(joined.selectedId).toBe('a');
    // Shift-click again takes d's hex out; a unit far from the target cannot join.
    expect(clickHex(joined, c, idx(7, 5), true).selection.preview?.attackerIds).toEqual(['a', 'b']);
    expect(clickHex(joined, c, idx(9, 9), true).selection.message).toMatch(/cannot join/);
    // The checkbox path: b leaves.
    const withoutB = toggleAttacker(joined, c, 'b');
    expect(withoutB.preview?.attackerIds).toEqual(['a', 'd']);
    // A second click on the target carries it out with every unit ticked.
    expect(clickHex(withoutB, c, idx(6, 5)).command).toEqual({ type: 'attack', unitIds: ['a', 'd'], target: at(6, 5) });
  });

  it('never empties the attack', () => {
    const c = ctx();
    const sel = clickHex(selectUnit(c, 'd'), c, idx(6, 5)).selection;
    expect(sel.preview?.attackerIds).toEqual(['d']);
    expect(toggleAttacker(sel, c, 'd').preview?.attackerIds).toEqual(['d']);
  });
});

const loss = (unitId: string, killed: number, wounded: number): UnitLoss => ({
  unitId,
  killed,
  wounded,
  missing: 0,
  destroyed: {},
  damaged: {},
  cohesionLost: 0,
  suppression: 0,
  outcome: 'holds',
});

describe('combat on the map', () => {
  const combat: GameEvent = { type: 'combat', kind: 'assault', attackers: ['a', 'd'], target: at(6, 5), losses: [loss('a', 3, 4), loss('x', 10, 13), loss('d', 0, 0)], hexTaken: false, summary: '' };
  const n = setup.map.width * setup.map.height;

  it('draws a line from each attacking hex, a flash on the target and each loss over its counter', () => {
    const [e] = combatEffects(state, [combat], 'soviet', new Uint8Array(n));
    expect(e!.target).toBe(idx(6, 5));
    expect(e!.from).toEqual([idx(5, 5), idx(7, 5)]);
    expect(e!.losses).toEqual([
      { index: idx(5, 5), text: '−7' },
      { index: idx(6, 5), text: '−23' },
    ]);
  });

  it('shows a side only what it may see: fights of its own units, and fights in hexes it sees', () => {
    // The Japanese defend the target: they see their losses, but no line from attackers' hexes out of their sight.
    const [own] = combatEffects(state, [combat], 'japanese', new Uint8Array(n));
    expect(own!.from).toEqual([]);
    expect(own!.losses).toEqual([{ index: idx(6, 5), text: '−23' }]);
    // A fight with none of theirs in it, out of their sight, shows nothing; in sight, only what is in sight.
    const others: GameEvent = { ...combat, losses: [loss('a', 3, 4)] };
    expect(combatEffects(state, [others], 'japanese', new Uint8Array(n))).toEqual([]);
    const visible = new Uint8Array(n);
    visible[idx(6, 5)] = 1;
    visible[idx(7, 5)] = 1;
    const [seen] = combatEffects(state, [others], 'japanese', visible);
    expect(seen!.from).toEqual([idx(7, 5)]);
    expect(seen!.losses).toEqual([]);
  });

  it('writes losses in men and vehicles', () => {
    expect(lossText({ ...loss('a', 1, 2), destroyed: { 'bt-7': 2 } })).toBe('−3 −2 veh');
    expect(lossText(loss('a', 0, 0))).toBe('');
  });
});

describe('overlays', () => {
  const n = setup.map.width * setup.map.height;
  it('marks lorry reach and each own unit short of supply or cut off', () => {
    const distances = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    distances[idx(5, 5)] = 4;
    distances[idx(4, 4)] = 0;
    const marks = supplyMarks(state, { distances, range: 10, units: new Map([['a', 'supplied'], ['b', 'limited'], ['c', 'cut']]) });
    const byIndex = new Map(marks.map((m) => [m.index, m]));
    expect(byIndex.get(idx(5, 5))?.text).toBe('!');
    expect(byIndex.get(idx(9, 9))?.text).toBe('✕');
    expect(byIndex.get(idx(4, 4))?.text).toBeUndefined();
    expect(marks).toHaveLength(3);
  });

  it('marks the enemy zones and the hexes in sight', () => {
    const z = new Uint8Array(n);
    z[3] = 1;
    z[7] = 1;
    expect(zocMarks(z).map((m) => m.index)).toEqual([3, 7]);
    expect(sightMarks(z)).toHaveLength(2);
  });

  it('has keys that clash with no other shortcut', () => {
    expect(keyAction('u', { dialog: null, aiRunning: false })).toBe('overlay-supply');
    expect(keyAction('C', { dialog: null, aiRunning: false })).toBe('overlay-zoc');
    expect(keyAction('z', { dialog: null, aiRunning: false })).toBeNull();
    expect(keyAction('v', { dialog: null, aiRunning: false })).toBe('overlay-sight');
    expect(keyAction('l', { dialog: null, aiRunning: false })).toBe('overlay-legend');
    expect(keyAction('z', { dialog: null, aiRunning: false, ctrl: true })).toBe('undo');
    expect(keyAction('e', { dialog: null, aiRunning: false })).toBe('end-turn');
    expect(keyAction('u', { dialog: 'help', aiRunning: false })).toBeNull();
  });
});

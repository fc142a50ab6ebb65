import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../../src/engine/game';
import { indexOf } from '../../../src/engine/map';
import type { GameState } from '../../../src/engine/types';
import { clickHex, EMPTY_SELECTION, hoverHex, nextUnitId, refreshSelection, selectUnit, type SelectionContext } from '../../../src/ui/controller/selection';
import { at, testSetup, testUnit } from '../../helpers/test-setup';
import { fakeRules } from './fake-rules';

const withMp = (s: GameState, mp: number): GameState => ({ ...s, units: s.units.map((u) => ({ ...u, mp })) });

const setup = testSetup({
  units: [
    testUnit({ id: 'a', side: 'soviet', at: [5, 5] }),
    testUnit({ id: 'b', side: 'soviet', at: [5, 5] }),
    testUnit({ id: 'c', side: 'soviet', at: [9, 9] }),
    testUnit({ id: 'x', side: 'japanese', at: [6, 5] }),
  ],
});
const state = withMp(createInitialState(setup, { seed: 1 }), 3);
const idx = (col: number, row: number) => indexOf(setup.map, at(col, row));
const ctx = (s: GameState = state): SelectionContext => ({ rules: fakeRules(), state: s, side: 'soviet' });

describe('clicking the map', () => {
  it('selects an own unit and shows where it can go', () => {
    const { selection, command } = clickHex(EMPTY_SELECTION, ctx(), idx(5, 5));
    expect(command).toBeNull();
    expect(selection.selectedId).toBe('a');
    expect(selection.reach?.costs.get(idx(7, 5))).toBe(2);
  });

  it('cycles through a stack on repeated clicks, and deselects a lone unit', () => {
    const c = ctx();
    const first = clickHex(EMPTY_SELECTION, c, idx(5, 5)).selection;
    const second = clickHex(first, c, idx(5, 5)).selection;
    expect(second.selectedId).toBe('b');
    expect(clickHex(second, c, idx(5, 5)).selection.selectedId).toBe('a');
    const lone = clickHex(EMPTY_SELECTION, c, idx(9, 9)).selection;
    expect(lone.selectedId).toBe('c');
    expect(clickHex(lone, c, idx(9, 9)).selection.selectedId).toBeNull();
  });

  it('turns a click on a reachable hex into a move command, and an unreachable one into a deselect', () => {
    const c = ctx();
    const sel = selectUnit(c, 'a');
    const out = clickHex(sel, c, idx(5, 7));
    expect(out.command).toEqual({ type: 'move', unitId: 'a', to: at(5, 7) });
    const far = clickHex(sel, c, idx(15, 12));
    expect(far.command).toBeNull();
    expect(far.selection.selectedId).toBeNull();
  });

  it('never sends a command for an enemy hex on the first click: it shows the preview, the second click attacks', () => {
    const c = ctx();
    const sel = selectUnit(c, 'a');
    const first = clickHex(sel, c, idx(6, 5));
    expect(first.command).toBeNull();
    expect(first.selection.preview?.odds).toBe('2 : 1');
    const second = clickHex(first.selection, c, idx(6, 5));
    // The stack-mate b can assault the same hex, so it goes in with a (combined arms).
    expect(second.command).toEqual({ type: 'attack', unitIds: ['a', 'b'], target: at(6, 5) });
  });

  it("shows the engine's reason when an attack is not possible", () => {
    const c = ctx();
    const sel = selectUnit(c, 'c');
    const out = clickHex(sel, c, idx(6, 5));
    expect(out.command).toBeNull();
    expect(out.selection.preview).toBeNull();
    expect(out.selection.message).toBe('c is not next to that hex.');
  });

  it('does not select the enemy side', () => {
    expect(clickHex(EMPTY_SELECTION, ctx(), idx(6, 5)).selection.selectedId).toBeNull();
    expect(selectUnit(ctx(), 'x').selectedId).toBeNull();
  });
});

describe('hover, next unit and refresh', () => {
  it('shows the path and cost to a reachable hex only', () => {
    const sel = selectUnit(ctx(), 'a');
    const h = hoverHex(sel, idx(5, 7));
    expect(h.pathCost).toBe(2);
    expect(h.path).toEqual([idx(5, 5), idx(5, 7)]);
    expect(hoverHex(h, idx(15, 12)).path).toBeNull();
  });

  it('steps through units that can still act, by id, wrapping round', () => {
    const c = ctx();
    expect(nextUnitId(c, null)).toBe('a');
    expect(nextUnitId(c, 'a')).toBe('b');
    expect(nextUnitId(c, 'c')).toBe('a');
    const spent = { ...state, units: state.units.map((u) => (u.id === 'b' ? { ...u, mp: 0, acted: { ...u.acted, attacked: true } } : u)) };
    expect(nextUnitId(ctx(spent), 'a')).toBe('c');
  });

  it('keeps the unit selected after it moves, with its new reach', () => {
    const c = ctx();
    const sel = selectUnit(c, 'a');
    const moved = c.rules.apply(state, { type: 'move', unitId: 'a', to: at(5, 7) });
    if (!moved.ok) throw new Error('fake move failed');
    const after = refreshSelection(sel, { ...c, state: moved.state });
    expect(after.selectedId).toBe('a');
    expect(after.reach?.costs.size).toBe(0);
  });
});

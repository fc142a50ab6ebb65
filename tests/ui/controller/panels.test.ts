import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../../src/engine/game';
import { indexOf } from '../../../src/engine/map';
import { hexTooltip } from '../../../src/ui/controller/hex-tooltip';
import { summarizeUnit } from '../../../src/ui/controller/unit-summary';
import { at, testSetup, testUnit } from '../../helpers/test-setup';

const setup = testSetup({
  map: { rows: ['....', '.H..', '..d.'], hexsides: [{ col: 1, row: 1, direction: 0, river: 'major', crossing: 'bridge' }], roads: [{ kind: 'road', path: [[0, 1], [1, 1]] }], places: [{ id: 'h', name: 'Hill 742', kind: 'height', hex: at(1, 1) }] },
  units: [
    testUnit({ id: 'tanks', side: 'soviet', at: [0, 0], kind: 'tank', men: 100, equipment: { 'BT-7': 10, truck: 2 } }),
    testUnit({ id: 'inf', side: 'japanese', at: [2, 2], men: 200, equipment: { LMG: 9, '37mm-Type94': 4 } }),
  ],
});
const state = createInitialState(setup, { seed: 1 });
const hurt = {
  ...state,
  units: state.units.map((u) =>
    u.id === 'tanks'
      ? { ...u, men: 80, equipment: { 'BT-7': 6, truck: 2 }, damaged: { 'BT-7': 1 }, destroyed: { 'BT-7': 3 }, casualties: { killed: 10, wounded: 8, missing: 2 } }
      : { ...u, status: 'surrendered' as const, hex: null, casualties: { killed: 20, wounded: 30, missing: 150 } },
  ),
};

describe('unit panel', () => {
  it('shows composition now against the start, and what the unit can still do', () => {
    const tanks = hurt.units.find((u) => u.id === 'tanks')!;
    const s = summarizeUnit({ ...tanks, mp: 5 });
    expect(s.men).toEqual({ now: 80, start: 100 });
    expect(s.strengthPercent).toBe(80);
    expect(s.rows.find((r) => r.id === 'BT-7')).toEqual({ id: 'BT-7', name: 'BT-7 fast tank', now: 6, start: 10, damaged: 1 });
    expect(s.canStill).toEqual(['move (5 movement points left)', 'attack or fire', 'dig in']);
    const spent = summarizeUnit({ ...tanks, mp: 0, acted: { ...tanks.acted, attacked: true, moved: true } });
    expect(spent.canStill).toEqual(['nothing more this turn']);
  });
});

describe('hex tooltip', () => {
  it('names the place, terrain, height, river side with its crossing, roads and the units there', () => {
    const i = indexOf(setup.map, at(1, 1));
    expect(hexTooltip(setup.map, i, [], true)).toEqual(['Hill 742', 'Heights, 640 m  [1, 1]', 'Sides: river E (bridge)', 'road']);
    const j = indexOf(setup.map, at(0, 0));
    const lines = hexTooltip(setup.map, j, state.units.filter((u) => u.id === 'tanks'), false);
    expect(lines).toEqual(['Open steppe, 600 m  [0, 0]', 'Out of sight: enemy units here would be hidden.', 'tanks: 100 men']);
  });
});

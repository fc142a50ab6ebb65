import { describe, expect, it } from 'vitest';
import { applyExit } from '../../src/engine/exit';
import { findUnit } from '../../src/engine/state-update';
import type { Objective } from '../../src/engine/types';
import { movementState } from '../helpers/movement-state';
import { at, testUnit } from '../helpers/test-setup';

const state = (objectives: Objective[] = []) =>
  movementState({
    map: { width: 8, height: 6 },
    units: [testUnit({ id: 'edge', side: 'soviet', at: [0, 3] }), testUnit({ id: 'mid', side: 'soviet', at: [4, 3] }), testUnit({ id: 'far', side: 'soviet', at: [7, 0] })],
    objectives,
  });
const exit = (s: ReturnType<typeof state>, unitId: string) => applyExit(s, { type: 'exit', unitId });

describe('applyExit', () => {
  it('takes a unit on an edge hex off the map', () => {
    const r = exit(state(), 'edge');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events).toEqual([{ type: 'unit-exited', unitId: 'edge' }]);
    const u = findUnit(r.state, 'edge')!;
    expect([u.status, u.hex, u.mp]).toEqual(['exited', null, 0]);
    expect(exit(r.state, 'edge')).toEqual({ ok: false, code: 'out-of-battle', reason: 'edge has left the map.' });
  });

  it('refuses a unit away from the edge, or without movement left', () => {
    expect(exit(state(), 'mid')).toEqual({ ok: false, code: 'not-at-exit', reason: 'mid must stand on a hex at the edge of the map to leave it.' });
    const s = state();
    const tired = { ...s, units: s.units.map((u) => ({ ...u, mp: 0 })) };
    expect(exit(tired, 'edge')).toEqual({ ok: false, code: 'no-mp', reason: 'edge has no movement points left to leave the map this turn.' });
  });

  it('holds a unit of an extraction objective to its exit hexes', () => {
    const objective: Objective = { id: 'x', side: 'soviet', kind: 'extract-unit', name: 'Get out', description: '', points: 5, units: ['edge', 'far'], exitHexes: [at(7, 0)] };
    expect(exit(state([objective]), 'edge')).toEqual({ ok: false, code: 'not-at-exit', reason: 'edge must leave the map by its exit hexes, not here.' });
    expect(exit(state([objective]), 'far').ok).toBe(true);
  });
});

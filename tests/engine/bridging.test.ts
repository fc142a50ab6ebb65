import { describe, expect, it } from 'vitest';
import { applyBuildBridge, crossingAt, edgeKey, PONTOON_TURNS } from '../../src/engine/bridging';
import { indexOf } from '../../src/engine/map';
import { applyMove, pathTo, reachable } from '../../src/engine/movement';
import { findUnit } from '../../src/engine/state-update';
import { NO_ACTIONS } from '../../src/engine/game';
import type { GameEvent, GameState } from '../../src/engine/types';
import type { RefusalCode } from '../../src/engine/vocabulary';
import { movementState, TANK } from '../helpers/movement-state';
import { at, testUnit } from '../helpers/test-setup';

// A 6×3 map cut north to south by the Khalkhin Gol between columns 2 and 3 (no crossing anywhere).
const RIVER = [
  { col: 2, row: 0, direction: 0 as const, river: 'major' as const },
  { col: 2, row: 1, direction: 5 as const, river: 'major' as const },
  { col: 2, row: 1, direction: 0 as const, river: 'major' as const },
  { col: 2, row: 1, direction: 1 as const, river: 'major' as const },
  { col: 2, row: 2, direction: 0 as const, river: 'major' as const },
];
const riverState = (extra: Parameters<typeof testUnit>[0][] = []) =>
  movementState({
    map: { width: 6, height: 3, hexsides: RIVER },
    units: [
      testUnit({ id: 'eng', side: 'japanese', at: [2, 0], kind: 'engineer', men: 300 }),
      testUnit({ id: 'inf', side: 'japanese', at: [2, 0] }),
      testUnit({ id: 'tanks', side: 'japanese', at: [1, 0], ...TANK }),
      ...extra.map(testUnit),
    ],
    firstSide: 'japanese',
  });
const build = (s: GameState, unitId = 'eng', direction: 0 | 1 | 2 | 3 | 4 | 5 = 0) => applyBuildBridge(s, { type: 'build-bridge', unitId, direction });

/** The next turn as far as bridging cares: the side's units get their actions and MP back. */
const nextTurn = (s: GameState): GameState => ({ ...s, turn: s.turn + 1, units: s.units.map((u) => ({ ...u, acted: NO_ACTIONS, mp: 24 })) });

describe('pontoon bridging', () => {
  it(`takes ${PONTOON_TURNS} turns of engineer work, then carries traffic across`, () => {
    let state = riverState();
    const i = indexOf(state.setup.map, at(2, 0));
    const key = edgeKey(state.setup.map, i, 0);
    expect(crossingAt(state, i, 0)).toBe('none');
    expect(pathTo(reachable(state, 'inf')!, at(3, 0))).toBeNull();
    const events: GameEvent[] = [];
    for (let turn = 1; turn <= PONTOON_TURNS; turn++) {
      const r = build(state);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      events.push(...r.events);
      state = nextTurn(r.state);
      if (turn < PONTOON_TURNS) expect(crossingAt(state, i, 0)).toBe('none');
    }
    expect(events).toEqual([
      { type: 'bridge-progress', unitId: 'eng', edge: key, progress: 1, needed: 3 },
      { type: 'bridge-progress', unitId: 'eng', edge: key, progress: 2, needed: 3 },
      { type: 'bridge-progress', unitId: 'eng', edge: key, progress: 3, needed: 3 },
      { type: 'bridge-built', edge: key, side: 'japanese' },
    ]);
    expect(state.pontoons).toEqual([{ edge: key, side: 'japanese', progress: 3, needed: 3 }]);
    expect(crossingAt(state, i, 0)).toBe('pontoon');
    // Seen from the far bank it is the same crossing.
    expect(crossingAt(state, indexOf(state.setup.map, at(3, 0)), 3)).toBe('pontoon');
    // Infantry crosses for 2 + 1 MP; the tanks from (1,0) pay 2 + 2 + 2.
    const reach = reachable(state, 'inf')!;
    expect(pathTo(reach, at(3, 0))).toEqual([at(2, 0), at(3, 0)]);
    expect(reach.costAt(indexOf(state.setup.map, at(3, 0)))).toBe(3);
    const moved = applyMove(state, { type: 'move', unitId: 'tanks', to: at(3, 0) });
    expect(moved.ok && moved.events[0]).toEqual({ type: 'moved', unitId: 'tanks', path: [at(1, 0), at(2, 0), at(3, 0)], cost: 6 });
  });

  it('is a whole turn\'s work: the engineers cannot move after, nor bridge twice', () => {
    const r = build(riverState());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const eng = findUnit(r.state, 'eng')!;
    expect(eng.acted.built).toBe(true);
    expect(eng.mp).toBe(0);
    expect(build(r.state)).toEqual({ ok: false, code: 'already-acted', reason: 'eng has already worked on a bridge this turn.' });
    expect(applyMove(r.state, { type: 'move', unitId: 'eng', to: at(1, 0) })).toEqual({ ok: false, code: 'already-acted', reason: 'eng has spent this turn bridging.' });
  });

  it('two engineer units on the same side speed the work', () => {
    const state = riverState([{ id: 'eng2', side: 'japanese', at: [2, 0], kind: 'engineer' }]);
    const a = build(state);
    if (!a.ok) throw new Error(a.reason);
    const b = build(a.state, 'eng2', 0);
    if (!b.ok) throw new Error(b.reason);
    expect(b.state.pontoons.map((p) => p.progress)).toEqual([2]);
  });

  it.each<[string, (s: GameState) => GameState, RefusalCode, string, 'eng' | 'inf', 0 | 1 | 2 | 3 | 4 | 5]>([
    ['by a unit that is not an engineer', (s) => s, 'wrong-unit', 'Only engineers can build bridges; inf is not an engineer unit.', 'inf', 0],
    ['where there is no river', (s) => s, 'no-river', 'There is no river on the west side of eng\'s hex.', 'eng', 3],
    ['on the map edge', (s) => s, 'no-river', 'The north-east side of eng\'s hex is the map edge.', 'eng', 5],
    ['after moving', (s) => ({ ...s, units: s.units.map((u) => ({ ...u, acted: { ...u.acted, moved: true } })) }), 'already-acted', "Bridging takes eng's whole turn, and it has already done something else this turn.", 'eng', 0],
    ['when routed', (s) => ({ ...s, units: s.units.map((u) => ({ ...u, status: 'routed' as const })) }), 'routed', 'eng is routed and cannot work.', 'eng', 0],
    ['in the other side\'s turn', (s) => ({ ...s, activeSide: 'soviet' }), 'not-your-turn', "eng is Japanese; it is the Soviet side's turn.", 'eng', 0],
  ])('is refused %s', (_name, prepare, code, reason, unitId, direction) => {
    expect(build(prepare(riverState()), unitId, direction)).toEqual({ ok: false, code, reason });
  });

  it('is refused where a crossing exists, and under the enemy\'s zone of control', () => {
    const bridged = movementState({
      map: { width: 6, height: 3, hexsides: [{ ...RIVER[0]!, crossing: 'ford' }] },
      units: [testUnit({ id: 'eng', side: 'japanese', at: [2, 0], kind: 'engineer' })],
      firstSide: 'japanese',
    });
    expect(build(bridged)).toEqual({ ok: false, code: 'crossing-exists', reason: "There is already a ford on the east side of eng's hex." });
    // A Soviet company on the same bank, next to the engineers.
    const watched = riverState([{ id: 'sov', side: 'soviet', at: [1, 1] }]);
    expect(build(watched)).toEqual({ ok: false, code: 'enemy-zone', reason: 'eng cannot bridge under the enemy\'s guns: it is in an enemy zone of control.' });
    // Across the river without a crossing the Soviet company exerts no zone, so the work goes on.
    expect(build(riverState([{ id: 'sov', side: 'soviet', at: [4, 0] }])).ok).toBe(true);
  });

  it('a destroyed crossing is gone until engineers rebuild it', () => {
    const state = riverState();
    const i = indexOf(state.setup.map, at(2, 0));
    const key = edgeKey(state.setup.map, i, 0);
    const destroyed = { ...state, pontoons: [{ edge: key, side: 'soviet' as const, progress: 3, needed: 3 }], destroyedCrossings: [key] };
    expect(crossingAt(destroyed, i, 0)).toBe('none');
    let s: GameState = destroyed;
    for (let t = 0; t < PONTOON_TURNS; t++) {
      const r = build(s);
      if (!r.ok) throw new Error(r.reason);
      s = nextTurn(r.state);
    }
    expect(s.destroyedCrossings).toEqual([]);
    expect(s.pontoons).toEqual([{ edge: key, side: 'japanese', progress: 3, needed: 3 }]);
    expect(crossingAt(s, i, 0)).toBe('pontoon');
  });
});

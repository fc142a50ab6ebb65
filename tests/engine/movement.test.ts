import { describe, expect, it } from 'vitest';
import { fastDistance, hexKey, type Axial } from '../../src/engine/hex';
import { indexOf } from '../../src/engine/map';
import { applyMove, pathTo, reachable } from '../../src/engine/movement';
import { findUnit } from '../../src/engine/state-update';
import type { GameState } from '../../src/engine/types';
import type { RefusalCode } from '../../src/engine/vocabulary';
import { movementState, CAVALRY, TANK, TRUCKS } from '../helpers/movement-state';
import { referenceReachable } from '../helpers/reference-reachable';
import { at, testUnit } from '../helpers/test-setup';

const open = (units: Parameters<typeof movementState>[0]['units'], size = 41) => movementState({ map: { width: size, height: size }, units });
const count = (state: GameState, id: string) => reachable(state, id)!.hexes.length;
const move = (state: GameState, unitId: string, to: Axial) => applyMove(state, { type: 'move', unitId, to });

describe('reachable hex counts (perft-style)', () => {
  it('on open steppe a unit reaches every hex within MP / 2 hexes: 3k(k+1)', () => {
    // 12 MP foot: 6 hexes = 126; 20 MP horse: 10 hexes = 330; 24 MP wheels or tracks: 12 hexes = 468.
    const state = open([
      testUnit({ id: 'foot', side: 'soviet', at: [20, 20] }),
      testUnit({ id: 'horse', side: 'soviet', at: [20, 20], ...CAVALRY }),
      testUnit({ id: 'tank', side: 'soviet', at: [20, 20], ...TANK }),
      testUnit({ id: 'lorried', side: 'soviet', at: [20, 20], ...TRUCKS }),
    ]);
    expect([count(state, 'foot'), count(state, 'horse'), count(state, 'tank'), count(state, 'lorried')]).toEqual([126, 330, 468, 468]);
    const reach = reachable(state, 'tank')!;
    for (const { hex, cost } of reach.hexes) expect(cost).toBe(2 * fastDistance(hex, at(20, 20)));
  });

  it('the map edge clips the count: a 24-MP tank in the corner of a 60×40 map reaches 126 hexes', () => {
    const state = movementState({ map: { width: 60, height: 40 }, units: [testUnit({ id: 't', side: 'soviet', at: [0, 0], ...TANK })] });
    const reach = reachable(state, 't')!;
    let within = 0;
    for (let row = 0; row < 40; row++) for (let col = 0; col < 60; col++) {
      const d = fastDistance(at(col, row), at(0, 0));
      if (d > 0 && d <= 12) within++;
    }
    expect(within).toBe(126);
    expect(reach.hexes.length).toBe(126);
    for (const { hex, cost } of reach.hexes) expect(cost).toBe(2 * fastDistance(hex, at(0, 0)));
  });

  // A strip of the east bank: dunes, hollows, a marsh and the river valley, with a track through the dunes.
  const bank = [
    '....dddd..H',
    '...dddhdd.H',
    '..ddhhdd.fH',
    '...dd..mmfH',
    '.....d.mf.H',
    '..........H',
  ];
  const bankState = () =>
    movementState({
      map: { rows: bank, roads: [{ kind: 'track', path: [[0, 3], [1, 3], [2, 3], [3, 3], [4, 3], [5, 3], [6, 3]] }] },
      units: [
        testUnit({ id: 'foot', side: 'soviet', at: [0, 3] }),
        testUnit({ id: 'lorry', side: 'soviet', at: [0, 3], ...TRUCKS }),
        testUnit({ id: 'tank', side: 'soviet', at: [0, 3], ...TANK }),
        testUnit({ id: 'horse', side: 'soviet', at: [0, 3], ...CAVALRY }),
      ],
    });
  it.each([
    ['foot', 35],
    ['horse', 51],
    ['lorry', 45],
    ['tank', 57],
  ])('in the dunes strip, %s reaches %i hexes (as the naive reference does)', (id, n) => {
    expect(count(bankState(), id)).toBe(n);
    expect(referenceReachable(bankState(), id).size).toBe(n);
  });
  it('the track lets the lorries through the dunes to the marsh edge', () => {
    const reach = reachable(bankState(), 'lorry')!;
    expect(pathTo(reach, at(6, 3))!.map(hexKey)).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => hexKey(at(c, 3))));
    expect(reach.costAt(3 * 11 + 6)).toBe(12);
  });
});

describe('zones of control', () => {
  // Soviet unit at (5,5); a Japanese company at (9,5) controls (8,5), (10,5) and the four hexes above and below it.
  const zocState = (extra: Parameters<typeof testUnit>[0][] = []) =>
    open([testUnit({ id: 's', side: 'soviet', at: [5, 5], ...TANK }), testUnit({ id: 'j', side: 'japanese', at: [9, 5] }), ...extra.map(testUnit)], 20);

  it('entering an enemy zone stops the move: MP drop to 0', () => {
    const state = zocState();
    const reach = reachable(state, 's')!;
    expect(reach.stopsAt(5 * 20 + 8)).toBe(true);
    expect(pathTo(reach, at(8, 5))).not.toBeNull();
    // Nothing beyond the zone is reached through it: (10,5) lies 5 hexes away but only past the Japanese.
    const r = move(state, 's', at(8, 5));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(findUnit(r.state, 's')!.mp).toBe(0);
    expect(r.events).toEqual([{ type: 'moved', unitId: 's', path: [5, 6, 7, 8].map((c) => at(c, 5)), cost: 6 }]);
    expect(reachable(r.state, 's')).toBeNull();
  });

  it('a hex behind the zone costs the way round it', () => {
    const reach = reachable(zocState(), 's')!;
    // Going round (9,5)'s zone to (11,5): up to row 3, along, and down again.
    expect(reach.costAt(5 * 20 + 11)).toBe(2 * 8);
  });

  it('moving straight from one enemy-zone hex to another is forbidden', () => {
    const state = open([testUnit({ id: 's', side: 'soviet', at: [8, 5], ...TANK }), testUnit({ id: 'j', side: 'japanese', at: [9, 5] })], 20);
    const reach = reachable(state, 's')!;
    // (9,4) is in the Japanese zone and adjacent to (8,5) (odd rows are shifted east): the unit must step out of the
    // zone to (8,4) first, so the path has two steps and costs 4, not 2.
    expect(pathTo(reach, at(9, 4))).toEqual([at(8, 5), at(8, 4), at(9, 4)]);
    expect(reach.costAt(4 * 20 + 9)).toBe(4);
    // With 3 MP left the detour is too dear, so the hex cannot be reached at all.
    const tired = { ...state, units: state.units.map((u) => (u.id === 's' ? { ...u, mp: 3 } : u)) };
    expect(pathTo(reachable(tired, 's')!, at(9, 4))).toBeNull();
    expect(move(tired, 's', at(9, 4))).toEqual({ ok: false, code: 'too-far', reason: 's cannot reach that hex this turn: it needs 4 movement points and has 3 left.' });
    // Stepping out of the zone is allowed, and the unit can then go on.
    expect(pathTo(reachable(tired, 's')!, at(7, 5))).not.toBeNull();
    expect(pathTo(reach, at(5, 5))).not.toBeNull();
  });

  it('routed units do not enter an enemy zone at all', () => {
    const state = zocState();
    const routed = { ...state, units: state.units.map((u) => (u.id === 's' ? { ...u, status: 'routed' as const } : u)) };
    expect(pathTo(reachable(routed, 's')!, at(8, 5))).toBeNull();
    const r = move(routed, 's', at(8, 5));
    expect(r).toEqual({ ok: false, code: 'routed', reason: 's is routed and will not move where it would come under fire at close range.' });
  });

  it('routed and headquarters units exert no zone', () => {
    const state = open([
      testUnit({ id: 's', side: 'soviet', at: [5, 5], ...TANK }),
      testUnit({ id: 'j', side: 'japanese', at: [9, 5], cohesion: 100 }),
      testUnit({ id: 'hq', side: 'japanese', at: [5, 9], kind: 'headquarters', size: 'company', men: 40 }),
    ], 20);
    const routed = { ...state, units: state.units.map((u) => (u.id === 'j' ? { ...u, status: 'routed' as const } : u)) };
    expect(reachable(routed, 's')!.hexes.some(({ hex }) => reachable(routed, 's')!.stopsAt(indexOf(routed.setup.map, hex)))).toBe(false);
    // The routed unit's own hex still cannot be entered.
    expect(pathTo(reachable(routed, 's')!, at(9, 5))).toBeNull();
    expect(reachable(state, 's')!.stopsAt(8 * 20 + 5)).toBe(false);
  });
});

describe('stacking and enemy hexes', () => {
  it('friendly units pass through a full hex but do not end there', () => {
    const state = open([
      testUnit({ id: 'a', side: 'soviet', at: [5, 5], ...TANK }),
      testUnit({ id: 'b1', side: 'soviet', at: [6, 5], size: 'battalion' }),
      testUnit({ id: 'b2', side: 'soviet', at: [6, 5], size: 'battalion' }),
    ], 20);
    const reach = reachable(state, 'a')!;
    expect(pathTo(reach, at(6, 5))).toBeNull();
    expect(reach.costAt(5 * 20 + 6)).toBe(2);
    expect(move(state, 'a', at(6, 5))).toEqual({ ok: false, code: 'stacking', reason: "That hex is full: a would bring it over 2 battalions' worth of troops." });
    expect(pathTo(reach, at(7, 5))!.length).toBe(3); // straight through
  });

  it('at most three units in a hex', () => {
    const state = open([
      testUnit({ id: 'a', side: 'soviet', at: [5, 5], size: 'platoon' }),
      testUnit({ id: 'c1', side: 'soviet', at: [6, 5], size: 'platoon' }),
      testUnit({ id: 'c2', side: 'soviet', at: [6, 5], size: 'platoon' }),
      testUnit({ id: 'c3', side: 'soviet', at: [6, 5], size: 'platoon' }),
    ], 20);
    expect(move(state, 'a', at(6, 5))).toEqual({ ok: false, code: 'stacking', reason: 'That hex already holds 3 units; at most 3 may stand in one hex.' });
    expect(move(state, 'c1', at(5, 5)).ok).toBe(true);
  });

  it('a hex held by the enemy cannot be entered: that is an attack', () => {
    const state = open([testUnit({ id: 'a', side: 'soviet', at: [5, 5] }), testUnit({ id: 'j', side: 'japanese', at: [6, 5] })], 20);
    expect(move(state, 'a', at(6, 5))).toEqual({ ok: false, code: 'enemy-in-hex', reason: 'An enemy unit holds that hex: attack it instead of moving into it.' });
  });
});

describe('applyMove', () => {
  const base = () => open([testUnit({ id: 'a', side: 'soviet', at: [5, 5], entrenchment: 2 }), testUnit({ id: 'j', side: 'japanese', at: [15, 15] })], 20);

  it('spends MP, leaves its trenches and marks it moved; the old state is untouched', () => {
    const state = base();
    const before = JSON.stringify(state.units);
    const r = move(state, 'a', at(8, 5));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = findUnit(r.state, 'a')!;
    expect(a.hex).toEqual(at(8, 5));
    expect(a.mp).toBe(6);
    expect(a.fatigue).toBe(0); // the side's part ends with the fatigue of moving (side-part.ts)
    expect(a.entrenchment).toBe(0);
    expect(a.acted.moved).toBe(true);
    expect(JSON.stringify(state.units)).toBe(before);
    // It may go on with what is left.
    const again = move(r.state, 'a', at(11, 5));
    expect(again.ok && findUnit(again.state, 'a')!.mp).toBe(0);
    expect(move(again.ok ? again.state : r.state, 'a', at(12, 5))).toEqual({ ok: false, code: 'no-mp', reason: 'a has no movement points left this turn.' });
  });

  it.each<[string, (s: GameState) => GameState, RefusalCode, string, Axial]>([
    ['unknown unit', (s) => s, 'unknown-unit', "There is no unit 'zz'.", at(6, 5)],
    ['enemy unit', (s) => s, 'not-your-turn', "j is Japanese; it is the Soviet side's turn.", at(14, 15)],
    ['over the game', (s) => ({ ...s, result: { winner: 'draw', level: 'draw', points: { soviet: 0, japanese: 0 }, turn: 1, reason: 'Nobody won.' } }), 'game-over', 'The game is over: Nobody won.', at(6, 5)],
    ['after attacking', (s) => ({ ...s, units: s.units.map((u) => ({ ...u, acted: { ...u.acted, attacked: true } })) }), 'already-acted', 'a has already fought this turn and cannot move again.', at(6, 5)],
    ['after digging in', (s) => ({ ...s, units: s.units.map((u) => ({ ...u, acted: { ...u.acted, dug: true } })) }), 'already-acted', 'a has spent this turn digging in.', at(6, 5)],
    ['off the map', (s) => s, 'off-map', 'That hex is off the map.', { q: -30, r: 5 }],
    ['where it stands', (s) => s, 'already-there', 'a is already there.', at(5, 5)],
    ['too far', (s) => s, 'too-far', 'a cannot reach that hex this turn: it needs 14 movement points and has 12 left.', at(12, 5)],
    ['not yet arrived', (s) => ({ ...s, units: s.units.map((u) => ({ ...u, status: 'waiting' as const, hex: null })) }), 'not-arrived', 'a has not arrived on the battlefield yet (due on turn ?).', at(6, 5)],
  ])('refuses a move %s with a code and a reason', (name, prepare, code, reason, to) => {
    const unitId = name === 'unknown unit' ? 'zz' : name === 'enemy unit' ? 'j' : 'a';
    expect(move(prepare(base()), unitId, to)).toEqual({ ok: false, code, reason });
  });

  it('refuses lakes and impassable rivers', () => {
    const state = movementState({
      // The river cuts the map between columns 1 and 2; a pond lies at (0,1).
      map: {
        rows: ['....', '~...'],
        hexsides: [
          { col: 1, row: 0, direction: 0, river: 'major' },
          { col: 1, row: 1, direction: 5, river: 'major' },
          { col: 1, row: 1, direction: 0, river: 'major' },
        ],
      },
      units: [testUnit({ id: 'a', side: 'soviet', at: [1, 0] })],
    });
    expect(move(state, 'a', at(0, 1))).toEqual({ ok: false, code: 'impassable', reason: 'No unit can enter a lake.' });
    expect(move(state, 'a', at(2, 0))).toEqual({ ok: false, code: 'unreachable', reason: 'a has no way to that hex: a river without a crossing, impassable ground or opposing troops bar it.' });
    expect(reachable(state, 'a')!.hexes.map((h) => hexKey(h.hex))).toEqual([hexKey(at(0, 0)), hexKey(at(1, 1))]);
  });
});

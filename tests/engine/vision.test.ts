import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexAt, indexOf } from '../../src/engine/map';
import { findUnit, updateUnit } from '../../src/engine/state-update';
import type { GameState } from '../../src/engine/types';
import { canSpot, estimateMen, FOG_RNG, sideSees, viewFor, visibleHexes } from '../../src/engine/vision';
import type { Side, UnitKind } from '../../src/engine/vocabulary';
import { at, testUnit } from '../helpers/test-setup';
import { DAY, game, NIGHT, pair } from '../helpers/vision-setup';

// Random battles: a random map and random placements of both sides, at a random hour.
const SIDES: Side[] = ['soviet', 'japanese'];
const KINDS: UnitKind[] = ['infantry', 'reconnaissance', 'tank', 'artillery', 'cavalry'];
const battle = fc
  .record({
    rows: fc.array(fc.string({ unit: fc.constantFrom('.', '.', '.', 'd', 'h', 'H', 'v', 'f'), minLength: 16, maxLength: 16 }), {
      minLength: 12,
      maxLength: 12,
    }),
    placements: fc.uniqueArray(
      fc.record({ cell: fc.integer({ min: 0, max: 16 * 12 - 1 }), side: fc.constantFrom(...SIDES), kind: fc.constantFrom(...KINDS), fired: fc.boolean(), dug: fc.boolean(), men: fc.integer({ min: 1, max: 3000 }) }),
      { minLength: 1, maxLength: 30, selector: (p) => p.cell },
    ),
    hour: fc.integer({ min: 0, max: 23 }),
    reinforcement: fc.boolean(),
  })
  .map(({ rows, placements, hour, reinforcement }) => {
    const units = placements.map((p, k) =>
      testUnit({ id: `u${String(k).padStart(2, '0')}`, side: p.side, kind: p.kind, men: p.men, entrenchment: p.dug ? 2 : 0, at: [p.cell % 16, Math.floor(p.cell / 16)] }),
    );
    if (reinforcement) units.push(testUnit({ id: 'zz-reserve', side: 'japanese', arrives: { turn: 3, hex: at(0, 0) } }));
    let s = game(units, { start: `1939-07-03T${String(hour).padStart(2, '0')}:00`, map: { rows } });
    for (const p of placements) {
      if (!p.fired) continue;
      const u = s.units[placements.indexOf(p)]!;
      s = updateUnit(s, u.id, { acted: { ...u.acted, fired: true } });
    }
    return s;
  });

/**
 * The side's two tables against the one-observer rule: `sideSees` is exactly what some unit can spot; `visibleHexes`
 * is the same with dug-in enemies counted as ordinary occupants (the fog does not show where they hide).
 */
const checkSight = (state: GameState, side: Side): void => {
  const map = state.setup.map;
  const observers = state.units.filter((u) => u.side === side && u.hex);
  const ordinary = { ...state, units: state.units.map((u) => (u.side === side ? u : { ...u, entrenchment: 0 })) };
  const visible = visibleHexes(state, side);
  for (let i = 0; i < visible.length; i++) {
    const h = hexAt(map, i);
    expect(sideSees(state, side, h), `spotted ${i}`).toBe(observers.some((o) => canSpot(state, o, h)));
    expect(visible[i], `visible ${i}`).toBe(observers.some((o) => canSpot(ordinary, o, h)) ? 1 : 0);
  }
};

describe('viewFor', () => {
  it('never holds an unseen enemy unit, nor the enemy setup, nor the real dice (property)', () => {
    fc.assert(
      fc.property(battle, fc.constantFrom(...SIDES), (state, side) => {
        const view = viewFor(state, side);
        const map = state.setup.map;
        expect(view.side).toBe(side);
        expect(view.state.rng).toEqual(FOG_RNG);
        expect(view.state.setup.units.every((u) => u.side === side)).toBe(true);
        for (const u of view.state.units) {
          if (u.side === side) continue;
          expect(u.hex).not.toBeNull();
          expect(view.visible[indexOf(map, u.hex!)]).toBe(1);
          expect(u.arrives).toBeUndefined();
        }
        // Every enemy the side spots is there; every own unit is there untouched.
        const enemiesInSight = state.units.filter((u) => u.side !== side && u.hex && sideSees(state, side, u.hex)).map((u) => u.id);
        expect(view.seen).toEqual(enemiesInSight);
        expect(view.state.units.filter((u) => u.side !== side).map((u) => u.id)).toEqual(enemiesInSight);
        expect(view.state.units.filter((u) => u.side === side)).toEqual(state.units.filter((u) => u.side === side));
        const ids = view.state.units.map((u) => u.id);
        expect(ids).toEqual([...ids].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with canSpot: sideSees is what some unit spots, visibleHexes the same for an ordinary occupant (property)', () => {
    fc.assert(
      fc.property(battle, fc.constantFrom(...SIDES), (state, side) => checkSight(state, side)),
      { numRuns: 100 },
    );
  });

  it('the fog gives nothing away: removing every enemy the side does not see changes neither its fog nor its view (property)', () => {
    fc.assert(
      fc.property(battle, fc.constantFrom(...SIDES), (state, side) => {
        const view = viewFor(state, side);
        const seen = new Set(view.seen);
        const without = { ...state, units: state.units.filter((u) => u.side === side || seen.has(u.id)) };
        expect([...visibleHexes(without, side)]).toEqual([...view.visible]);
        const again = viewFor(without, side);
        expect(again.seen).toEqual(view.seen);
        expect(JSON.stringify(again.state.units)).toBe(JSON.stringify(view.state.units));
      }),
      { numRuns: 200 },
    );
  });

  it('a dug-in enemy can stay unseen in a hex the side sees into', () => {
    const s0 = pair(5, { start: DAY });
    const dug = updateUnit(s0, 'tgt', { entrenchment: 2 });
    const view = viewFor(dug, 'soviet');
    expect(view.visible[indexOf(dug.setup.map, at(7, 7))]).toBe(1);
    expect(view.seen).toEqual([]);
    expect(sideSees(dug, 'soviet', at(7, 7))).toBe(false);
    expect(viewFor(s0, 'soviet').seen).toEqual(['tgt']);
  });

  it('shows an enemy as its counter does: men estimated, losses, supply and ammunition unknown', () => {
    const s0 = pair(2, { start: DAY });
    const s = updateUnit(s0, 'tgt', { men: 137, ammo: 12, supply: 'cut', cohesion: 41, casualties: { killed: 10, wounded: 3, missing: 0 } });
    const seen = findUnit(viewFor(s, 'soviet').state, 'tgt')!;
    expect(seen.men).toBe(150);
    expect(seen.ammo).toBe(100);
    expect(seen.supply).toBe('supplied');
    expect(seen.cohesion).toBe(50);
    expect(seen.casualties).toEqual({ killed: 0, wounded: 0, missing: 0 });
    expect(seen.equipment).toEqual(findUnit(s, 'tgt')!.equipment);
    expect([estimateMen(0), estimateMen(3), estimateMen(94), estimateMen(220), estimateMen(1249), estimateMen(1250)]).toEqual([0, 10, 90, 200, 1200, 1300]);
  });

  it('is deterministic and leaves the real state alone', () => {
    fc.assert(
      fc.property(battle, (state) => {
        const before = JSON.stringify(state);
        const a = viewFor(state, 'soviet');
        const b = viewFor(JSON.parse(before) as GameState, 'soviet');
        expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
        expect([...a.visible]).toEqual([...b.visible]);
        expect(JSON.stringify(state)).toBe(before);
        a.visible[0] = 7; // a caller's copy: changing it changes nothing cached
        expect(viewFor(state, 'soviet').visible[0]).not.toBe(7);
      }),
      { numRuns: 50 },
    );
  });

  it('a view of a view sees the same: rules that read the state work on it', () => {
    fc.assert(
      fc.property(battle, fc.constantFrom(...SIDES), (state, side) => {
        const view = viewFor(state, side);
        const again = viewFor(view.state, side);
        expect(again.seen).toEqual(view.seen);
      }),
      { numRuns: 100 },
    );
  });
});

describe('golden results', () => {
  it('a fixed battle gives the same sight figures as when the rules were written', () => {
    const rows = Array.from({ length: 12 }, (_, r) => Array.from({ length: 16 }, (_, c) => '..dh.H.fv.'[(c * 7 + r * 3) % 10]!).join(''));
    const units = Array.from({ length: 24 }, (_, k) =>
      testUnit({ id: `g${String(k).padStart(2, '0')}`, side: k % 2 === 0 ? 'soviet' : 'japanese', kind: KINDS[k % KINDS.length]!, at: [(k * 5) % 16, (k * 7) % 12] }),
    );
    const figures = [DAY, '1939-07-03T04:00', NIGHT].map((start) => {
      const s = game(units, { start, map: { rows, elevation: (c, r, t) => 600 + (t === 'heights' ? 30 : 0) + ((c + r) % 3) * 5 } });
      return SIDES.map((side) => {
        const v = viewFor(s, side);
        return `${side}:${v.visible.reduce((a, x) => a + x, 0)}:${v.seen.join(',')}`;
      });
    });
    expect(figures).toMatchInlineSnapshot(`
      [
        [
          "soviet:141:g01,g05,g07,g09,g21,g23",
          "japanese:145:g02,g04,g06,g08",
        ],
        [
          "soviet:98:g21,g23",
          "japanese:90:g02,g04",
        ],
        [
          "soviet:75:g21,g23",
          "japanese:74:g02,g04",
        ],
      ]
    `);
  });
});

describe('sideSees', () => {
  it('is false off the map', () => {
    expect(sideSees(pair(2), 'soviet', { q: -50, r: 3 })).toBe(false);
  });
});

describe('visibility across the states of one game', () => {
  it('stays exact as units move, fire and dig in on the same map and the hours pass (cached footprints)', () => {
    fc.assert(
      fc.property(
        battle,
        fc.array(fc.record({ unit: fc.nat(), cell: fc.integer({ min: 0, max: 16 * 12 - 1 }), fired: fc.boolean(), dig: fc.boolean(), turn: fc.integer({ min: 1, max: 12 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (start, steps) => {
          let s = start;
          for (const step of steps) {
            const onMap = s.units.filter((u) => u.hex);
            if (onMap.length === 0) return;
            const u = onMap[step.unit % onMap.length]!;
            const to = hexAt(s.setup.map, step.cell);
            if (s.units.some((o) => o.hex && o.hex.q === to.q && o.hex.r === to.r)) continue;
            s = { ...updateUnit(s, u.id, { hex: to, entrenchment: step.dig ? 2 : 0, acted: { ...u.acted, fired: step.fired } }), turn: step.turn };
            for (const side of SIDES) checkSight(s, side);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionTo, hexKey, sameHex, type Direction } from '../../src/engine/hex';
import { indexOf } from '../../src/engine/map';
import { applyMove, moveCost, pathTo, reachable } from '../../src/engine/movement';
import { findUnit } from '../../src/engine/state-update';
import type { GameState, UnitSetup } from '../../src/engine/types';
import { zoneOfControl } from '../../src/engine/zone-of-control';
import { movementState } from '../helpers/movement-state';
import { referenceReachable } from '../helpers/reference-reachable';
import { propertyRuns } from '../helpers/tier';
import { testUnit } from '../helpers/test-setup';

const W = 9;
const H = 7;
const KINDS = [
  { kind: 'infantry', men: 150, equipment: { LMG: 9 } },
  { kind: 'tank', men: 40, equipment: { 'BT-7': 12 } },
  { kind: 'cavalry', men: 120, equipment: {} },
  { kind: 'armoured-car', men: 40, equipment: { 'BA-6': 10 } },
] as const;
const SIZES = ['platoon', 'company', 'battalion'] as const;

/** A random small battlefield: terrain, elevation, rivers with crossings, roads, and up to 8 units of both sides. */
const arbState = fc
  .record({
    terrain: fc.array(fc.constantFrom('.', '.', '.', 'd', 'h', 'm', 'f', 'H', '~', 'v'), { minLength: W * H, maxLength: W * H }),
    rises: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: W * H, maxLength: W * H }),
    rivers: fc.array(
      fc.record({
        col: fc.integer({ min: 0, max: W - 1 }),
        row: fc.integer({ min: 0, max: H - 1 }),
        direction: fc.integer({ min: 0, max: 5 }).map((d) => d as Direction),
        river: fc.constantFrom('minor' as const, 'major' as const),
        crossing: fc.constantFrom('none' as const, 'none' as const, 'ford' as const, 'bridge' as const, 'pontoon' as const),
      }),
      { maxLength: 12 },
    ),
    road: fc.array(fc.integer({ min: 0, max: W - 1 }), { minLength: 0, maxLength: 6 }),
    units: fc.array(
      fc.record({
        side: fc.constantFrom('soviet' as const, 'japanese' as const),
        col: fc.integer({ min: 0, max: W - 1 }),
        row: fc.integer({ min: 0, max: H - 1 }),
        kind: fc.integer({ min: 0, max: KINDS.length - 1 }),
        size: fc.constantFrom(...SIZES),
        routed: fc.boolean(),
        mp: fc.integer({ min: 1, max: 30 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ terrain, rises, rivers, road, units }) => {
    const rows = Array.from({ length: H }, (_, r) => terrain.slice(r * W, r * W + W).join(''));
    const setups: UnitSetup[] = units.map((u, k) =>
      testUnit({ id: `u${k}`, side: u.side, at: [u.col, u.row], size: u.size, ...KINDS[u.kind]!, equipment: { ...KINDS[u.kind]!.equipment } }),
    );
    const state = movementState(
      {
        map: {
          rows,
          elevation: (c, r) => 600 + 20 * rises[r * W + c]!,
          hexsides: rivers.map((s) => ({ col: s.col, row: s.row, direction: s.direction, river: s.river, ...(s.crossing !== 'none' ? { crossing: s.crossing } : {}) })),
          roads: road.length > 1 ? [{ kind: 'road', path: road.map((c) => [c, 3] as [number, number]).filter((p, i, a) => i === 0 || Math.abs(p[0] - a[i - 1]![0]) === 1) }] : [],
        },
        units: setups,
      },
      (u) => {
        const k = Number(u.id.slice(1));
        return { mp: units[k]!.mp, ...(units[k]!.routed ? { status: 'routed' as const } : {}) };
      },
    );
    return state;
  });

const sovietUnits = (state: GameState) => state.units.filter((u) => u.side === 'soviet');

describe('reachable: properties over random battlefields', () => {
  it('agrees with a naive reimplementation of the rules, hex for hex and cost for cost', () => {
    fc.assert(
      fc.property(arbState, (state) => {
        for (const u of sovietUnits(state)) {
          const reach = reachable(state, u.id)!;
          const mine = new Map(reach.hexes.map((h) => [hexKey(h.hex), h.cost]));
          expect(mine).toEqual(referenceReachable(state, u.id));
        }
      }),
      { numRuns: propertyRuns(300, 60), seed: 1939 },
    );
  });

  it('every path is legal, starts at the unit, and its steps add up to the cost, never more than the MP', () => {
    fc.assert(
      fc.property(arbState, (state) => {
        for (const u of sovietUnits(state)) {
          const reach = reachable(state, u.id)!;
          const zone = zoneOfControl(state, u.side);
          for (const { hex, index, cost } of reach.hexes) {
            const path = pathTo(reach, hex)!;
            expect(index).toBe(indexOf(state.setup.map, hex));
            expect(reach.pathIndicesTo(index)).toEqual(path.map((h) => indexOf(state.setup.map, h)));
            expect(sameHex(path[0]!, u.hex!)).toBe(true);
            expect(sameHex(path[path.length - 1]!, hex)).toBe(true);
            let sum = 0;
            for (let k = 1; k < path.length; k++) {
              expect(directionTo(path[k - 1]!, path[k]!)).toBeGreaterThanOrEqual(0);
              sum += moveCost(state, reach.mobility, path[k - 1]!, path[k]!)!;
              const inZone = zone[indexOf(state.setup.map, path[k]!)] === 1;
              // Only the last hex may be in an enemy zone, and never straight out of one.
              if (k < path.length - 1) expect(inZone).toBe(false);
              if (inZone && k === 1) expect(zone[indexOf(state.setup.map, path[0]!)]).toBe(0);
              if (inZone) expect(u.status).toBe('active');
              expect(state.units.some((e) => e.side !== u.side && e.hex && sameHex(e.hex, path[k]!))).toBe(false);
            }
            expect(sum).toBe(cost);
            expect(cost).toBeLessThanOrEqual(u.mp);
          }
        }
      }),
      { numRuns: propertyRuns(200, 40), seed: 7 },
    );
  });

  it('is deterministic, and applyMove to any reachable hex succeeds with the same path and cost', () => {
    fc.assert(
      fc.property(arbState, (state) => {
        for (const u of sovietUnits(state)) {
          const a = reachable(state, u.id)!;
          const b = reachable(structuredClone(state), u.id)!;
          expect(b.hexes).toEqual(a.hexes);
          expect(b.destinations).toEqual(a.destinations);
          for (const j of a.destinations) expect(b.parentAt(j)).toBe(a.parentAt(j));
          for (const { hex, cost } of a.hexes.slice(0, 5)) {
            const r = applyMove(state, { type: 'move', unitId: u.id, to: hex });
            expect(r.ok).toBe(true);
            if (!r.ok) continue;
            expect(r.events).toEqual([{ type: 'moved', unitId: u.id, path: pathTo(a, hex), cost }]);
            const moved = findUnit(r.state, u.id)!;
            expect(moved.mp).toBe(a.stopsAt(indexOf(state.setup.map, hex)) ? 0 : u.mp - cost);
          }
        }
      }),
      { numRuns: propertyRuns(150, 30), seed: 42 },
    );
  });
});

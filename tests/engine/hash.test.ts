import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import { hashState, hashValue } from '../../src/engine/hash';
import {
  HASHED_UNIT_FIELDS,
  SETUP_COPY_UNIT_FIELDS,
  UNIT_ACTION_FIELDS,
  type GameState,
  type UnclassifiedFieldsOf,
  type Unit,
} from '../../src/engine/types';
import { HASH_FIXTURE_GOLDEN, hashFixtureState } from '../helpers/hash-fixture';
import { testMap } from '../helpers/test-setup';

/** The same object with its keys inserted in reverse order, recursively (arrays keep their order). */
const reversedKeys = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  // defineProperty, not assignment: JSON may hold an own "__proto__" key, which assignment would turn into a prototype.
  for (const k of Object.keys(v).reverse()) {
    Object.defineProperty(out, k, { value: reversedKeys((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  }
  return out;
};

describe('hashState', () => {
  it('gives the golden value for the fixed fixture state', () => {
    expect(hashState(hashFixtureState())).toBe(HASH_FIXTURE_GOLDEN);
    expect(HASH_FIXTURE_GOLDEN).toMatch(/^[0-9a-f]{16}$/);
  });

  it('does not depend on key insertion order', () => {
    const s = hashFixtureState();
    const reordered = { ...(reversedKeys({ ...s, setup: null }) as GameState), setup: s.setup };
    expect(hashState(reordered)).toBe(hashState(s));
  });

  it('treats an undefined member as absent, as JSON does', () => {
    const s = hashFixtureState();
    const withUndefined = { ...s, units: s.units.map((u) => ({ ...u, note: undefined }) as unknown as Unit) };
    const without = { ...s, units: s.units.map(({ note: _note, ...rest }) => rest as Unit) };
    expect(hashState(withUndefined)).toBe(hashState(without));
  });

  it('survives a JSON round trip (what a saved game or a replay does)', () => {
    const s = hashFixtureState();
    const copy = { ...(JSON.parse(JSON.stringify({ ...s, setup: null })) as GameState), setup: s.setup };
    expect(hashState(copy)).toBe(hashState(s));
  });

  it('changes when any part of the state changes', () => {
    const s = hashFixtureState();
    const base = hashState(s);
    const u0 = s.units[0]!;
    const variants: GameState[] = [
      { ...s, turn: 3 },
      { ...s, activeSide: 'soviet' },
      { ...s, rng: { ...s.rng, draws: 18 } },
      { ...s, commandCount: 24 },
      { ...s, control: { ...s.control, '4,3': 'soviet' } },
      { ...s, units: [{ ...u0, mp: 3 }, ...s.units.slice(1)] },
      { ...s, units: [{ ...u0, hex: { q: u0.hex!.r, r: u0.hex!.q } }, ...s.units.slice(1)] },
      { ...s, units: [{ ...u0, equipment: { ...u0.equipment, LMG: 8 } }, ...s.units.slice(1)] },
      { ...s, units: [{ ...u0, acted: { ...u0.acted, dug: true } }, ...s.units.slice(1)] },
      { ...s, units: [{ ...u0, casualties: { ...u0.casualties, killed: 8 } }, ...s.units.slice(1)] },
      { ...s, units: [s.units[1]!, s.units[0]!, s.units[2]!] },
      { ...s, setup: { ...s.setup, levers: { ...s.setup.levers, 'japanese-trucks': 175 } } },
      { ...s, setup: { ...s.setup, contentHash: 'fixture-content-2' } },
    ];
    const hashes = variants.map(hashState);
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('ignores the static setup beyond its identity (map, order of battle)', () => {
    const s = hashFixtureState();
    const otherMap = { ...s, setup: { ...s.setup, map: testMap({ width: 5, height: 5 }), title: 'Another' } };
    expect(hashState(otherMap)).toBe(hashState(s));
  });

  it('keeps values of different types apart', () => {
    const values: unknown[] = [1, '1', [1], { '1': 1 }, true, null, [], {}, '', 0, -1, 1.5, '1.5', [null], [[]], { a: 1, b: 2 }, { a: 2, b: 1 }];
    const hashes = values.map(hashValue);
    expect(new Set(hashes).size).toBe(values.length);
  });

  it('is a function of the canonical JSON: equal JSON (with sorted keys) means equal hash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const roundTrip = JSON.parse(JSON.stringify(v)) as unknown;
        expect(hashValue(reversedKeys(roundTrip))).toBe(hashValue(roundTrip));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the unit fields the hash covers', () => {
  it('classifies every Unit field exactly once (checked by the compiler)', () => {
    expectTypeOf<UnclassifiedFieldsOf<Unit>>().toBeNever();
    // A field added to Unit without a place in either list is caught.
    expectTypeOf<UnclassifiedFieldsOf<Unit & { readonly planted: number }>>().toEqualTypeOf<'planted'>();
  });

  it('classifies every field a real unit has exactly once (checked at run time)', () => {
    const s = hashFixtureState();
    const keys = new Set(s.units.flatMap((u) => Object.keys(u)));
    const listed = [...HASHED_UNIT_FIELDS, ...SETUP_COPY_UNIT_FIELDS];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...keys].sort()).toEqual([...listed].sort());
    expect([...new Set(s.units.flatMap((u) => Object.keys(u.acted)))].sort()).toEqual([...UNIT_ACTION_FIELDS].sort());
  });

  it('changes with every hashed field and with none of the setup copies', () => {
    const s = hashFixtureState();
    const base = hashState(s);
    const sov2 = s.units[2]!; // the one unit with every optional field (arrives, note)
    const other: { readonly [K in keyof Unit]-?: unknown } = {
      acted: { ...sov2.acted, rallied: true },
      ammo: 50,
      arrives: { turn: 4, hex: { q: 0, r: 5 } },
      casualties: { killed: 1, wounded: 0, missing: 0 },
      cohesion: 40,
      damaged: { LMG: 1 },
      destroyed: { LMG: 1 },
      entrenchment: 2,
      equipment: { LMG: 1 },
      fatigue: 30,
      hex: { q: 1, r: 1 },
      id: 'sov-3',
      men: 7,
      mp: 5,
      status: 'active',
      supply: 'cut',
      suppression: 9,
      turnsOutOfSupply: 2,
      formation: 'Other',
      kind: 'cavalry',
      label: 'X',
      name: 'Another name',
      note: 'another note',
      side: 'japanese',
      size: 'platoon',
      source: 'elsewhere',
      start: { men: 1, equipment: {} },
    };
    const withField = (field: keyof Unit): string =>
      hashState({ ...s, units: [s.units[0]!, s.units[1]!, { ...sov2, [field]: other[field] } as Unit] });
    for (const f of HASHED_UNIT_FIELDS) expect(withField(f), f).not.toBe(base);
    for (const f of SETUP_COPY_UNIT_FIELDS) expect(withField(f), f).toBe(base);
  });
});

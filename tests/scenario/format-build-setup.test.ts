/** From a parsed scenario to the engine's setup: map arrays, hexsides, units, rules, levers, content hash. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, offsetToAxial } from '../../src/engine/hex';
import { indexOf } from '../../src/engine/map';
import { DEFAULT_SIDE_RULES } from '../../src/engine/rules-defaults';
import { buildSetup, LeverError } from '../../src/scenario/build-setup';
import { contentHash } from '../../src/scenario/content-hash';
import { createGame } from '../../src/scenario/create-game';
import { leverDefaults, resolveLevers } from '../../src/scenario/levers';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { serializeScenario } from '../../src/scenario/serialize';

const TEXT = readFileSync('tests/fixtures/scenarios/valid-small.json', 'utf8');
const load = (text = TEXT): Scenario => {
  const r = parseScenario(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
};
const scenario = load();
const at = (col: number, row: number) => offsetToAxial({ col, row });
const edge = (s: ReturnType<typeof buildSetup>, col: number, row: number, dir: (typeof DIRECTIONS)[number]) =>
  indexOf(s.map, at(col, row)) * 6 + DIRECTIONS.indexOf(dir);

describe('buildSetup: the map', () => {
  const setup = buildSetup(scenario);
  it('turns legend rows into terrain and elevation digits into metres', () => {
    expect(setup.map.terrain[indexOf(setup.map, at(6, 3))]).toBe('lake');
    expect(setup.map.terrain[indexOf(setup.map, at(0, 0))]).toBe('heights');
    expect(setup.map.terrain[indexOf(setup.map, at(5, 0))]).toBe('dunes');
    expect(setup.map.elevation[indexOf(setup.map, at(0, 0))]).toBe(650); // 600 + 10 × 5
    expect(setup.map.elevation[indexOf(setup.map, at(2, 0))]).toBe(610);
    expect(setup.map.elevation[indexOf(setup.map, at(7, 5))]).toBe(600);
  });

  it('puts the bridge on both sides of its hexside, over the river', () => {
    const e = edge(setup, 3, 2, 'E');
    const back = edge(setup, 4, 2, 'W');
    expect(setup.map.crossing[e]).toBe('bridge');
    expect(setup.map.crossing[back]).toBe('bridge');
    expect(setup.map.river[e]).toBe('major');
    expect(setup.map.river[back]).toBe('major');
    expect(setup.map.crossing.filter((c) => c !== 'none')).toHaveLength(2);
  });

  it('the river separates the west bank (columns 0–3) from the east bank on every row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 5 }), (row, col, d) => {
        const i = indexOf(setup.map, at(col, row));
        const j = setup.map.neighbours[i * 6 + d]!;
        if (j < 0) return;
        const colJ = j % setup.map.width;
        const crosses = (col <= 3) !== (colJ <= 3);
        expect(setup.map.river[i * 6 + d] === 'major').toBe(crosses);
      }),
    );
  });

  it('joins consecutive road hexes with a track', () => {
    expect(setup.map.road[edge(setup, 1, 2, 'E')]).toBe('track');
    expect(setup.map.road[edge(setup, 6, 2, 'W')]).toBe('track');
    expect(setup.map.road[edge(setup, 6, 2, 'E')]).toBe('none');
  });

  it('converts places, supply sources, objectives and milestones to axial hexes', () => {
    expect(setup.map.places).toEqual([{ id: 'test-bridge', name: 'Test bridge', kind: 'bridge', hex: at(4, 2) }]);
    expect(setup.supplySources).toEqual([
      { id: 'sov-depot', side: 'soviet', name: 'Depot', hex: at(0, 2) },
      { id: 'jp-depot', side: 'japanese', name: 'Dump', hex: at(7, 2) },
    ]);
    expect(setup.objectives[0]).toMatchObject({ id: 'jp-take-bridge', kind: 'take-hex', hexes: [at(4, 2)], byTurn: 8, points: 20 });
    expect(setup.objectives[1]).toMatchObject({ id: 'sov-destroy-tanks', kind: 'destroy-unit', units: ['jp-tanks'] });
    expect(setup.milestones[0]).toEqual({ id: 'bridge-taken', name: 'Bridge taken', when: { kind: 'hex-taken', side: 'japanese', hexes: [at(4, 2)] } });
  });
});

describe('buildSetup: units, rules and levers', () => {
  const unit = (s: ReturnType<typeof buildSetup>, id: string) => s.units.find((u) => u.id === id)!;

  it('places units and reinforcements', () => {
    const s = buildSetup(scenario);
    expect(unit(s, 'sov-rifles')).toMatchObject({ hex: at(4, 2), men: 150, equipment: { HMG: 2, LMG: 9 }, entrenchment: 1 });
    expect(unit(s, 'sov-tanks').hex).toBeUndefined();
    expect(unit(s, 'sov-tanks').arrives).toEqual({ turn: 4, hex: at(0, 2) });
  });

  it('rules are the defaults, then the scenario, then the levers', () => {
    const s = buildSetup(scenario);
    expect(s.rules.soviet).toEqual({ ...DEFAULT_SIDE_RULES, trucks: 40 });
    expect(s.rules.japanese).toEqual(DEFAULT_SIDE_RULES);
    expect(s.levers).toEqual({ 'air-strikes-on-bases': 0, 'japanese-strength': 100, 'japanese-trucks': 100, 'soviet-dug-in': 0, 'soviet-tanks-arrive': 0 });
  });

  it.each<[string, Record<string, number>, (s: ReturnType<typeof buildSetup>) => unknown, unknown]>([
    ['side-rule scale-percent', { 'japanese-trucks': 250 }, (s) => s.rules.japanese.trucks, 250],
    ['side-rule set on a yes/no rule', { 'air-strikes-on-bases': 1 }, (s) => s.rules.japanese.airStrikesOnBases, true],
    ['unit-arrival later', { 'soviet-tanks-arrive': 2 }, (s) => unit(s, 'sov-tanks').arrives, { turn: 6, hex: at(0, 2) }],
    ['unit-arrival earlier', { 'soviet-tanks-arrive': -2 }, (s) => unit(s, 'sov-tanks').arrives, { turn: 2, hex: at(0, 2) }],
    ['unit-arrival before the start: on the map', { 'soviet-tanks-arrive': -3 }, (s) => [unit(s, 'sov-tanks').hex, unit(s, 'sov-tanks').arrives], [at(0, 2), undefined]],
    ['unit-strength both', { 'japanese-strength': 50 }, (s) => [unit(s, 'jp-infantry').men, unit(s, 'jp-infantry').equipment], [90, { '37mm-Type94': 1, HMG: 1, LMG: 4 }]],
    ['unit-attribute add', { 'soviet-dug-in': 2 }, (s) => unit(s, 'sov-rifles').entrenchment, 3],
  ])('%s', (_, levers, read, expected) => {
    const s = buildSetup(scenario, levers);
    expect(read(s)).toEqual(expected);
    expect(read(buildSetup(scenario))).not.toEqual(expected); // the lever, not the scenario, made the difference
  });

  it('refuses lever values it was not meant to get, with a reason', () => {
    expect(resolveLevers(scenario, { 'japanese-truck': 150 })).toEqual({
      ok: false,
      errors: [
        "unknown lever 'japanese-truck'; did you mean 'japanese-trucks'? (levers: japanese-trucks, soviet-tanks-arrive, japanese-strength, soviet-dug-in, air-strikes-on-bases)",
      ],
    });
    expect(resolveLevers(scenario, { 'japanese-trucks': 450, 'soviet-dug-in': 1.5 })).toEqual({
      ok: false,
      errors: ["lever 'japanese-trucks' runs from 50–400 %; 450 is outside it", "lever 'soviet-dug-in' takes whole numbers (0–2), not 1.5"],
    });
    expect(resolveLevers(scenario, { 'japanese-trucks': 110 })).toEqual({
      ok: false,
      errors: ["lever 'japanese-trucks' moves in steps of 25 from 50; 110 is between steps"],
    });
    expect(() => buildSetup(scenario, { nope: 1 })).toThrow(LeverError);
    expect(resolveLevers(scenario, { 'japanese-trucks': 400 })).toEqual({ ok: true, levers: { ...leverDefaults(scenario), 'japanese-trucks': 400 } });
  });
});

describe('content hash and round trip', () => {
  it('survives serialization and re-formatting, and changes with the content', () => {
    const again = load(serializeScenario(scenario));
    expect(again).toEqual(scenario);
    expect(contentHash(again)).toBe(contentHash(scenario));
    expect(contentHash(load(JSON.stringify(JSON.parse(TEXT))))).toBe(contentHash(scenario));
    const changed = JSON.parse(TEXT) as { units: { men: number }[] };
    changed.units[0]!.men = 151;
    expect(contentHash(load(JSON.stringify(changed)))).not.toBe(contentHash(scenario));
    expect(contentHash(scenario)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('createGame', () => {
  it('starts the engine state from the setup, with the seed and the levers', () => {
    const a = createGame(scenario, { seed: 7, levers: { 'japanese-trucks': 200 } });
    const b = createGame(scenario, { seed: 7, levers: { 'japanese-trucks': 200 } });
    expect(a).toEqual(b);
    expect(a.turn).toBe(1);
    expect(a.activeSide).toBe('japanese');
    expect(a.units.map((u) => u.id)).toEqual(['jp-infantry', 'jp-tanks', 'sov-rifles', 'sov-tanks']);
    expect(a.units.find((u) => u.id === 'sov-tanks')!.status).toBe('waiting');
    expect(a.setup.levers['japanese-trucks']).toBe(200);
    expect(a.setup.contentHash).toBe(contentHash(scenario));
    expect(createGame(scenario, { seed: 8 }).rng).not.toEqual(a.rng);
  });
});

describe('the map is built once per scenario', () => {
  it('every game of one parsed scenario shares the same MapData, whatever the levers', () => {
    const a = buildSetup(scenario);
    const b = buildSetup(scenario, { 'japanese-trucks': 200, 'soviet-tanks-arrive': 2 });
    expect(b.map).toBe(a.map);
    expect(buildSetup(load()).map).not.toBe(a.map); // another parse, another map (equal content)
    expect(buildSetup(load()).map).toEqual(a.map);
  });
});

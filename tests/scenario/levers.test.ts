/**
 * What-if levers: at least four per scenario, each grounded in a source, with its historical default inside its range
 * on its step grid, a sentence for the teacher, and effects that name real units and real side rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIDE_RULES } from '../../src/engine/rules-defaults';
import type { GameSetup } from '../../src/engine/types';
import { buildSetup, unitSetupOf } from '../../src/scenario/build-setup';
import { clampLevers, clampLeverValue, leverValueProblem } from '../../src/scenario/levers';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { loadScenario, SCENARIO_IDS, scenarioText } from './bundled-scenarios';

const parsed = (id: string): Scenario => {
  const r = parseScenario(scenarioText(id), { fileName: `${id}.json` });
  if (!r.ok) throw new Error(`${id}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return r.scenario;
};

/** What a lever may change in the built setup: the side rules and the order of battle. */
const changeable = (g: GameSetup) => JSON.stringify({ rules: g.rules, units: g.units });

describe.each(SCENARIO_IDS)('%s: levers', (id) => {
  const s = loadScenario(id);
  const unitIds = new Set(s.units.map((u) => u.id));

  it('has at least four levers, each with a source and a teacher sentence', () => {
    expect(s.levers.length).toBeGreaterThanOrEqual(4);
    for (const l of s.levers) {
      expect(l.source.length, l.id).toBeGreaterThan(0);
      expect(l.description.split(' ').length, l.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('every default lies inside its range and on its step grid', () => {
    for (const l of s.levers) {
      expect(l.min, l.id).toBeLessThan(l.max);
      expect(l.default, l.id).toBeGreaterThanOrEqual(l.min);
      expect(l.default, l.id).toBeLessThanOrEqual(l.max);
      expect((l.default - l.min) % l.step, l.id).toBe(0);
      expect((l.max - l.min) % l.step, l.id).toBe(0);
    }
  });

  it('at their historical defaults the levers leave the file exactly as written', () => {
    const scenario = parsed(id);
    const setup = buildSetup(scenario);
    expect(setup.units).toEqual(scenario.units.map(unitSetupOf));
    for (const side of ['soviet', 'japanese'] as const) {
      expect(setup.rules[side]).toEqual({ ...DEFAULT_SIDE_RULES, ...scenario.sides[side].rules });
    }
  });

  it.each(s.levers.map((l) => [l.id, l] as const))('lever %s changes the built setup at either end of its range', (_, lever) => {
    const scenario = parsed(id);
    const base = changeable(buildSetup(scenario));
    for (const v of [lever.min, lever.max].filter((x) => x !== lever.default)) {
      const setup = buildSetup(scenario, { [lever.id]: v });
      expect(changeable(setup), `${lever.id} = ${v}`).not.toBe(base);
      for (const e of lever.effects) {
        if (e.kind === 'side-rule' && e.side && e.rule) {
          const rule = e.rule as keyof GameSetup['rules']['soviet'];
          expect(setup.rules[e.side as 'soviet'][rule], `${lever.id} = ${v} moves ${e.side}.${e.rule}`).not.toEqual(buildSetup(scenario).rules[e.side as 'soviet'][rule]);
        } else {
          const changed = (e.units ?? []).filter((u) => JSON.stringify(setup.units.find((x) => x.id === u)) !== JSON.stringify(buildSetup(scenario).units.find((x) => x.id === u)));
          expect(changed.length, `${lever.id} = ${v} changes its units`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('effects name existing units, and side rules that exist', () => {
    for (const l of s.levers) {
      expect(l.effects.length, l.id).toBeGreaterThan(0);
      for (const e of l.effects) {
        for (const u of e.units ?? []) expect(unitIds.has(u), `${l.id}: ${u}`).toBe(true);
        if (e.kind === 'side-rule') expect(Object.keys(DEFAULT_SIDE_RULES), l.id).toContain(e.rule);
        if (e.kind === 'unit-arrival') {
          for (const u of e.units ?? []) expect(s.units.find((x) => x.id === u)?.arrives, `${l.id}: ${u} is a reinforcement`).toBeDefined();
        }
      }
    }
  });
});

describe('clampLeverValue: the forgiving twin of leverValueProblem', () => {
  const lever = { id: 'trucks', name: 'Trucks', default: 100, min: 50, max: 400, step: 25, description: '', unit: '%', effects: [] };
  it('always gives a value the strict check accepts, and keeps every value it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: false })), (v) => {
        const c = clampLeverValue(lever, v);
        expect(leverValueProblem(lever, c)).toBeUndefined();
        if (leverValueProblem(lever, v) === undefined) expect(c).toBe(v);
      }),
    );
  });
  it('reports each change and each unknown lever in words', () => {
    const r = clampLevers([lever], { trucks: 990, nonsense: 1 });
    expect(r.levers).toEqual({ trucks: 400 });
    expect(r.problems).toEqual(['Trucks: 990 is not allowed (50–400 in steps of 25); using 400.', 'This scenario has no lever "nonsense".']);
  });
});

describe("Azuma's lorries (issue 11: 400 % played exactly like 100 %)", () => {
  it("scale the supply park and the 64th's own lorries only, so at 400 % Yamagata's battalions ride", () => {
    const s = parsed('azuma-encirclement');
    const at = (v: number) => buildSetup(s, { 'japanese-trucks': v });
    const bn = (g: GameSetup) => g.units.find((u) => u.id === 'jp-64-bn-a')!;
    expect(at(400).rules.japanese.trucks).toBe(at(100).rules.japanese.trucks * 4);
    expect(bn(at(400)).equipment['truck']).toBe(bn(at(100)).equipment['truck']! * 4);
    // Everything else the battalion has is untouched.
    expect({ ...bn(at(400)).equipment, truck: 0 }).toEqual({ ...bn(at(100)).equipment, truck: 0 });
    expect(bn(at(400)).men).toBe(bn(at(100)).men);
    // 20 men a lorry (mobility.ts): 48 lorries carry the 640 men.
    expect(bn(at(400)).equipment['truck']! * 20).toBeGreaterThanOrEqual(bn(at(400)).men);
  });
});

/**
 * What-if levers: at least four per scenario, each grounded in a source, with its historical default inside its range
 * on its step grid, a sentence for the teacher, and effects that name real units and real side rules.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIDE_RULES } from '../../src/engine/rules-defaults';
import { loadScenario, SCENARIO_IDS } from './bundled-scenarios';

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

/**
 * Milestones the after-action report needs are present in each scenario, refer to real units and hexes, and the
 * historical record dates them with a turn inside the scenario's clock.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, SCENARIO_IDS } from './bundled-scenarios';

const REQUIRED: Record<string, string[]> = {
  'azuma-encirclement': ['kawatama-bridge-taken', 'azuma-destroyed'],
  'yasuoka-night-attack': ['kawatama-bridge-taken', 'yasuoka-half-armour-lost'],
  'august-offensive': ['nomonhan-linkup', 'japanese-pocket-destroyed'],
};

describe.each(SCENARIO_IDS)('%s: milestones and the historical record', (id) => {
  const s = loadScenario(id);
  const unitIds = new Set(s.units.map((u) => u.id));
  const onMap = ([c, r]: [number, number]): boolean => c >= 0 && r >= 0 && c < s.map.width && r < s.map.height;

  it('has every required milestone', () => {
    const ids = s.milestones.map((m) => m.id);
    for (const m of REQUIRED[id]!) expect(ids).toContain(m);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('milestones and objectives name existing units and on-map hexes', () => {
    for (const m of [...s.milestones.map((x) => ({ id: x.id, ...x.when })), ...s.objectives]) {
      for (const u of [...(m.units ?? []), ...(m.groups ?? []).flat()]) expect(unitIds.has(u), `${m.id}: ${u}`).toBe(true);
      for (const h of m.hexes ?? []) expect(onMap(h), `${m.id}: ${h}`).toBe(true);
    }
  });

  it('the historical record dates its milestones within the clock, and gives the result and losses', () => {
    const ids = new Set(s.milestones.map((m) => m.id));
    for (const [m, when] of Object.entries(s.historical.milestones)) {
      expect(ids.has(m), m).toBe(true);
      expect(when.date.startsWith('1939-')).toBe(true);
      if (when.turn !== undefined) {
        expect(when.turn).toBeGreaterThanOrEqual(1);
        expect(when.turn).toBeLessThanOrEqual(s.clock.turns);
      }
    }
    expect(['soviet', 'japanese', 'draw']).toContain(s.historical.winner);
    for (const side of ['soviet', 'japanese'] as const) {
      for (const k of ['killed', 'wounded', 'missing', 'tanks', 'armouredCars', 'guns', 'aircraft']) expect(s.historical.losses[side]).toHaveProperty(k);
    }
  });

  it('every AI formation lists existing units of its own side and every unit has a task', () => {
    for (const side of ['soviet', 'japanese'] as const) {
      const planned = new Set<string>();
      for (const f of s.aiPlan[side].formations) {
        for (const u of f.units) {
          const unit = s.units.find((x) => x.id === u);
          expect(unit?.side, `${f.id}: ${u}`).toBe(side);
          expect(planned.has(u), `${u} in two formations`).toBe(false);
          planned.add(u);
        }
        for (const h of f.task.hexes) expect(onMap(h), `${f.id}: ${h}`).toBe(true);
      }
      for (const u of s.units.filter((x) => x.side === side)) expect(planned.has(u.id), `${u.id} has no formation`).toBe(true);
    }
  });
});

describe('historical dates', () => {
  it('azuma-encirclement: Azuma destroyed on 29 May, 105 killed and 34 wounded (SEED; DREA-RU: 63% of 220)', () => {
    const s = loadScenario('azuma-encirclement');
    expect(s.historical.milestones['azuma-destroyed']?.date.startsWith('1939-05-29')).toBe(true);
    expect(s.historical.losses.japanese).toMatchObject({ killed: 105, wounded: 34 });
    expect(Math.round(((105 + 34) * 100) / 220)).toBe(63);
  });
});

describe('historical dates, July and August', () => {
  it('yasuoka-night-attack: 45 of 73 tanks lost (ULANOV), Baintsagan taken on the morning of 3 July (SEED)', () => {
    const s = loadScenario('yasuoka-night-attack');
    expect(s.historical.losses.japanese.tanks).toBe(45);
    expect(Math.round((45 * 100) / 73)).toBe(62);
    expect(s.historical.milestones['baintsagan-taken']?.date.startsWith('1939-07-03')).toBe(true);
  });
  it('august-offensive: link-up at Nomonhan on 25 August, pocket gone on 31 August (SEED), on the six-hour turns', () => {
    const s = loadScenario('august-offensive');
    expect(s.historical.milestones['nomonhan-linkup']).toEqual({ date: '1939-08-25', turn: 22 });
    expect(s.historical.milestones['japanese-pocket-destroyed']?.date).toBe('1939-08-31');
    // Turn 1 begins 06:00 on 20 August; 6-hour turns: turn 21 begins 06:00 on 25 August, turn 45 at 06:00 on 31 August.
    expect(s.clock).toMatchObject({ start: '1939-08-20T06:00', minutesPerTurn: 360, turns: 48 });
  });
});

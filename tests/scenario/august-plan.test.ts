/**
 * The August plan's orders as the game reads them: the Japanese strongpoints hold to the last on their own dug-in hexes,
 * and the `noRetreat` order survives parsing (and nothing but `true` is accepted for it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioGame } from '../../src/game/node';
import { parseScenario } from '../../src/scenario';

const text = readFileSync(fileURLToPath(new URL('../../scenarios/august-offensive.json', import.meta.url)), 'utf8');

describe('the August plan', () => {
  it('orders the Japanese regiments north and south of the Holsten to hold their own positions to the last', () => {
    const l = loadScenarioGame('august-offensive');
    if (!l.ok) throw new Error(l.message);
    const s = l.start(1, {});
    if (!s.ok) throw new Error(s.message);
    for (const id of ['north-of-holsten', 'south-of-holsten']) {
      const f = l.plan.japanese.formations.find((x) => x.id === id)!;
      expect(f.task.kind).toBe('hold');
      expect(f.task.noRetreat).toBe(true);
      expect(f.task.radius).toBe(0);
      // Every unit of the formation starts on one of the hexes it is told to hold.
      for (const uid of f.units) {
        const u = s.state.units.find((x) => x.id === uid)!;
        expect(f.task.hexes.some((h) => h.q === u.hex!.q && h.r === u.hex!.r), uid).toBe(true);
      }
    }
  });

  it('rejects a noRetreat that is not true', () => {
    const raw = JSON.parse(text);
    raw.aiPlan.japanese.formations[0].task.noRetreat = false;
    const r = parseScenario(JSON.stringify(raw));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).join(' ')).toContain('noRetreat');
  });

  it('rejects noRetreat on a task that is not a hold', () => {
    const raw = JSON.parse(text);
    const f = raw.aiPlan.soviet.formations[0];
    f.task.noRetreat = true;
    const r = parseScenario(JSON.stringify(raw));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toContain('aiPlan.soviet.formations[0].task.noRetreat: noRetreat goes with a hold task');
  });
});

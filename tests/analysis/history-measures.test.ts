import { describe, expect, it } from 'vitest';
import { groupLossPercent, HISTORY_MEASURES, measureHistory, tankLossPercent } from '../../src/analysis/history-measures';
import { createInitialState } from '../../src/engine/game';
import { updateUnit } from '../../src/engine/state-update';
import { SCENARIO_IDS } from '../scenario/bundled-scenarios';
import { testSetup, testUnit } from '../helpers/test-setup';

const setup = (scenarioId = 'test') => ({
  ...testSetup({
    units: [
      testUnit({ id: 'jp-azuma-cav', side: 'japanese', kind: 'cavalry', men: 150, equipment: { LMG: 6 }, at: [3, 3] }),
      testUnit({ id: 'jp-azuma-ac', side: 'japanese', kind: 'armoured-car', men: 70, equipment: { LMG: 2 }, at: [3, 4] }),
      testUnit({ id: 'jp-tanks', side: 'japanese', kind: 'tank', men: 80, equipment: { Type89: 10, 'Type94-tankette': 6, truck: 4 }, at: [4, 3] }),
      testUnit({ id: 's-inf', side: 'soviet', men: 600, equipment: { LMG: 27 }, at: [9, 3] }),
    ],
  }),
  scenarioId,
});

describe('history measures', () => {
  it("group losses count casualties and every man of a unit that surrendered or was destroyed (Azuma's 63 %)", () => {
    let s = createInitialState(setup(), { seed: 1 });
    const azuma = (u: { id: string }) => u.id.startsWith('jp-azuma');
    expect(groupLossPercent(s, azuma)).toBe(0);
    // 139 of 220, as on 28–29 May: the cavalry down to 61 men, the armoured cars surrendered.
    s = updateUnit(s, 'jp-azuma-cav', { men: 81 });
    s = updateUnit(s, 'jp-azuma-ac', { status: 'surrendered', hex: null, men: 0 });
    expect(groupLossPercent(s, azuma)).toBeCloseTo((139 * 100) / 220, 5);
  });

  it('tank losses count tanks knocked out (tankettes apart, as the sources do), not lorries, and all of a lost unit', () => {
    let s = createInitialState(setup(), { seed: 1 });
    s = updateUnit(s, 'jp-tanks', { equipment: { Type89: 6, 'Type94-tankette': 6, truck: 1 } });
    expect(tankLossPercent(s, 'japanese')).toBe(40);
    expect(tankLossPercent(s, 'japanese', new Set(['tankette']))).toBe(0);
    expect(tankLossPercent(s, 'japanese', new Set(['tank', 'tankette']))).toBe(25);
    s = updateUnit(s, 'jp-tanks', { status: 'destroyed', hex: null });
    expect(tankLossPercent(s, 'japanese')).toBe(100);
    expect(tankLossPercent(s, 'soviet')).toBe(0);
  });

  it('milestone figures read the turn the milestone happened, and yes/no whether it did', () => {
    const s = { ...createInitialState(setup('august-offensive'), { seed: 1 }), milestones: { 'nomonhan-linkup': 19 } };
    expect(measureHistory(s)).toMatchObject({ 'linkup-turn': 19, 'pocket-destroyed': false });
    expect(measureHistory({ ...s, milestones: {} })).toMatchObject({ 'linkup-turn': null });
  });

  it('every bundled historical battle has measures, and they name milestones the scenario has', async () => {
    const { readFileSync } = await import('node:fs');
    let reads = 0;
    for (const id of SCENARIO_IDS) {
      expect(HISTORY_MEASURES[id]?.length, id).toBeGreaterThan(0);
      const text = readFileSync(`scenarios/${id}.json`, 'utf8');
      const scenario = JSON.parse(text) as { milestones: { id: string }[]; objectives: { id: string }[] };
      const known = new Set([...scenario.milestones, ...scenario.objectives].map((m) => m.id));
      for (const m of HISTORY_MEASURES[id]!) for (const ref of m.reads ?? []) {
        expect(known.has(ref), `${id}: ${ref}`).toBe(true);
        reads++;
      }
    }
    expect(reads).toBeGreaterThanOrEqual(6);
  });
});

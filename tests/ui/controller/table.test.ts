import { describe, expect, it } from 'vitest';
import { oddsText } from '../../../src/ui/engine-rules';
import { lightLook } from '../../../src/ui/render/light';
import { rosterRows } from '../../../src/ui/controller/roster';
import type { Unit } from '../../../src/engine/types';

describe('the odds', () => {
  it('are always written attacker to defender as "x : 1"', () => {
    expect(oddsText(40, 10)).toBe('4.0 : 1');
    expect(oddsText(10, 10)).toBe('1.0 : 1');
    expect(oddsText(5, 10)).toBe('0.50 : 1');
    expect(oddsText(10, 40)).toBe('0.25 : 1');
    for (const t of [oddsText(3, 7), oddsText(7, 3), oddsText(120, 3)]) expect(t).toMatch(/^\d+(\.\d+)? : 1$/);
  });
});

describe('the light', () => {
  it('tells day, dusk, night and a storm apart', () => {
    const day = lightLook('day', null);
    const night = lightLook('night', null);
    const storm = lightLook('night', 'Thunderstorm, low cloud over the moon');
    expect(day.alpha).toBe(0);
    expect(night.alpha).toBeGreaterThanOrEqual(0.45);
    // Night is blue-dominant; the storm is greyish green (green channel highest) and not the night's colour.
    const rgb = (c: number) => [(c >> 16) & 255, (c >> 8) & 255, c & 255] as const;
    expect(rgb(night.colour)[2]).toBeGreaterThan(rgb(night.colour)[0]);
    expect(rgb(storm.colour)[1]).toBeGreaterThan(rgb(storm.colour)[2]);
    expect(storm.colour).not.toBe(night.colour);
    expect(lightLook('dusk', null).alpha).toBeGreaterThan(0);
    expect(lightLook('dusk', null).alpha).toBeLessThan(night.alpha);
  });
});

describe('the roster', () => {
  const unit = (id: string, label: string, kind: string, extra: Partial<Unit> = {}): Unit =>
    ({ id, label, name: label, kind, side: 'soviet', hex: { q: 0, r: 0 }, status: 'active', men: 100, start: { men: 100, equipment: {} }, mp: 4, acted: { moved: false, attacked: false, fired: false, dug: false, rallied: false }, ...extra }) as unknown as Unit;
  const units = [
    unit('b', '2/A', 'tank'),
    unit('a', '1/A', 'infantry'),
    unit('c', '3/A', 'infantry', { mp: 0, acted: { moved: true, attacked: true, fired: false, dug: false, rallied: false } as Unit['acted'] }),
    unit('j', 'J', 'infantry', { side: 'japanese' }),
  ];
  it('lists the side’s units, sorts by type and filters those that can still act', () => {
    const all = rosterRows(units, 'soviet', { onlyCanAct: false, sort: 'type' });
    expect(all.map((r) => r.label)).toEqual(['1/A', '3/A', '2/A']);
    expect(all.find((r) => r.label === '3/A')!.state).toBe('done');
    const ready = rosterRows(units, 'soviet', { onlyCanAct: true, sort: 'label' });
    expect(ready.map((r) => r.label)).toEqual(['1/A', '2/A']);
  });
});

describe('the preview’s modifiers', () => {
  it('say whose they are when a stacked defence lists the same one twice', async () => {
    const { previewView } = await import('../../../src/ui/engine-rules');
    const m = (unitId: string | undefined, name: string) => ({ name, percent: 60, side: 'defender' as const, on: 'cover' as const, why: '', unitId });
    const p = {
      ok: true as const,
      kind: 'assault' as const,
      attackers: ['a'],
      defenders: ['x', 'y'],
      target: { q: 0, r: 0 },
      modifiers: [m('x', 'Sand dunes'), m('y', 'Sand dunes'), m('y', 'Firing uphill (Y)'), m(undefined, 'Surprise')],
      attackerFire: 10,
      defenderFire: 20,
      outcomes: [],
      hexTakenProbability: 0,
      attackerBreakProbability: 0,
      expected: { attacker: { men: 0, vehicles: 0 }, defender: { men: 0, vehicles: 0 } },
    };
    const labels: Record<string, string> = { x: 'X', y: 'Y', a: 'A' };
    const v = previewView(p as never, 0, { type: 'end-turn' }, (id) => labels[id]);
    expect(v.modifiers.map((x) => x.name)).toEqual([
      'Sand dunes (X) (defender losses taken)',
      'Sand dunes (Y) (defender losses taken)',
      'Firing uphill (Y) (defender losses taken)',
      'Surprise (defender losses taken)',
    ]);
    expect(v.odds).toBe('0.50 : 1');
  });
});

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

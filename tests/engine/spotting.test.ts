import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/engine/map';
import { findUnit, updateUnit } from '../../src/engine/state-update';
import { canSpot, spottingRangeMetres, visibleHexes } from '../../src/engine/vision';
import type { UnitKind } from '../../src/engine/vocabulary';
import { at, LEGEND, testUnit, type TestMapOptions } from '../helpers/test-setup';
import { DAY, game, NIGHT, pair, sees } from '../helpers/vision-setup';

describe('spotting ranges (500 m hexes, open steppe)', () => {
  it.each<[string, UnitKind, string, number, number]>([
    // light, observer, start time, farthest hex seen, first hex not seen
    ['day', 'infantry', DAY, 6, 7], // 3,000 m
    ['day', 'reconnaissance', DAY, 9, 10], // 4,500 m
    ['day', 'tank', DAY, 4, 5], // buttoned up: 2,250 m
    ['dusk', 'infantry', '1939-07-03T19:30', 1, 2], // 800 m: neighbours only
    ['night', 'infantry', NIGHT, 1, 2],
    ['night', 'reconnaissance', NIGHT, 1, 2],
  ])('%s: %s sees %i hexes out, not %i', (_light, kind, start, farthest, hidden) => {
    expect(sees(pair(farthest, { kind, start }))).toBe(true);
    expect(sees(pair(hidden, { kind, start }))).toBe(false);
  });

  it('falls sharply at night: a rifle company sees ten times as many hexes by day', () => {
    const count = (v: Uint8Array) => v.reduce((s, x) => s + x, 0);
    const day = count(visibleHexes(pair(3, { start: DAY }), 'soviet'));
    const night = count(visibleHexes(pair(3, { start: NIGHT }), 'soviet'));
    expect(night).toBe(7); // its own hex and the six around it
    expect(day).toBeGreaterThanOrEqual(10 * night);
  });

  it('in the storm night of 2–3 July only the next hex is seen, even by day light', () => {
    expect(sees(pair(1, { start: DAY, storm: true }))).toBe(true);
    expect(sees(pair(2, { start: DAY, storm: true }))).toBe(false);
  });

  it('an observer on heights or well above the target sees further', () => {
    const map: TestMapOptions = { rows: Array.from({ length: 15 }, (_, r) => (r === 7 ? '..H.................' : '....................')) };
    expect(sees(pair(9, { map, start: DAY }))).toBe(true); // 4,500 m from the height
    expect(sees(pair(10, { map, start: DAY }))).toBe(false);
    const raised: TestMapOptions = { width: 20, height: 15, elevation: (c) => (c <= 2 ? 630 : 600) };
    expect(sees(pair(9, { map: raised, start: DAY }))).toBe(true);
  });

  it('dunes, hollows and villages conceal what is in them', () => {
    for (const [ch, farthest] of [
      ['d', 3],
      ['v', 3],
      ['f', 4],
    ] as const) {
      const map: TestMapOptions = { rows: Array.from({ length: 15 }, (_, r) => (r === 7 ? '.'.repeat(2 + farthest) + ch + ch + '.'.repeat(16 - farthest) : '.'.repeat(20))) };
      expect(sees(pair(farthest, { map, start: DAY })), `${LEGEND[ch]} at ${farthest}`).toBe(true);
      expect(sees(pair(farthest + 1, { map, start: DAY })), `${LEGEND[ch]} at ${farthest + 1}`).toBe(false);
    }
  });

  it('firing gives a unit away; moving does a little; digging in hides it', () => {
    const base = pair(8, { start: DAY });
    const tgt = findUnit(base, 'tgt')!;
    expect(sees(base)).toBe(false);
    expect(sees(updateUnit(base, 'tgt', { acted: { ...tgt.acted, fired: true } }))).toBe(true); // 6,000 m
    expect(sees(updateUnit(base, 'tgt', { acted: { ...tgt.acted, attacked: true } }))).toBe(true);
    const near = pair(7, { start: DAY });
    expect(sees(near)).toBe(false);
    expect(sees(updateUnit(near, 'tgt', { acted: { ...tgt.acted, moved: true } }))).toBe(true); // 3,750 m
    const dug = pair(5, { start: DAY });
    expect(sees(dug)).toBe(true);
    expect(sees(updateUnit(dug, 'tgt', { entrenchment: 2 }))).toBe(false); // 2,250 m
    expect(spottingRangeMetres(dug, findUnit(dug, 'obs')!, indexOf(dug.setup.map, at(7, 7)))).toBe(3000);
  });

  it('sees no further than the line of sight: a dune ridge hides a firing unit behind it', () => {
    const map: TestMapOptions = { rows: Array.from({ length: 15 }, (_, r) => (r === 7 ? '....d...............' : '....................')) };
    const s = pair(3, { map, start: DAY });
    expect(sees(updateUnit(s, 'tgt', { acted: { ...findUnit(s, 'tgt')!.acted, fired: true } }))).toBe(false);
  });

  it('adjacent enemies are always seen: at night, in a storm, in a hollow', () => {
    const hollow: TestMapOptions = { rows: Array.from({ length: 15 }, (_, r) => (r === 7 ? '...h................' : '....................')) };
    expect(sees(pair(1, { start: NIGHT, storm: true, map: hollow }))).toBe(true);
  });

  it('the dead do not see', () => {
    const s = pair(3, { start: DAY });
    const dead = updateUnit(s, 'obs', { status: 'destroyed', hex: null });
    expect(visibleHexes(dead, 'soviet').every((x) => x === 0)).toBe(true);
  });
});

describe('the high west bank', () => {
  // Columns 0–3: the tableland at 650 m (heights at the edge); east of it the bank at 600 m with dune fields.
  const map: TestMapOptions = {
    rows: Array.from({ length: 15 }, (_, r) => (r % 4 === 1 ? '...H......d.........' : '...H................')),
    elevation: (c) => (c <= 3 ? 650 : 600),
  };
  it('an artillery observer on the edge sees far over the east bank; the same battery on the low bank does not', () => {
    const high = game([testUnit({ id: 'obs', side: 'soviet', kind: 'artillery', at: [3, 7] }), testUnit({ id: 'tgt', side: 'japanese', at: [14, 7] })], { map });
    expect(sees(high)).toBe(true); // 11 hexes = 5,500 m ≤ 3,000 × 125% × 150%
    const low = game([testUnit({ id: 'obs', side: 'soviet', kind: 'artillery', at: [5, 7] }), testUnit({ id: 'tgt', side: 'japanese', at: [14, 7] })], { map });
    expect(sees(low)).toBe(false);
    // The Japanese on the low bank cannot see the observer back at that range: no overlook for them.
    expect(canSpot(high, findUnit(high, 'tgt')!, at(3, 7))).toBe(false);
  });
});


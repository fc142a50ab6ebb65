import { describe, expect, it } from 'vitest';
import { describeEvent, visibleToSide } from '../../../src/ui/controller/event-text';
import { parseSeed, parseStartUrl, startUrl } from '../../../src/ui/controller/url-params';

describe('start URL', () => {
  it('reads scenario, seed, side, mode, difficulty and levers', () => {
    const { request, problems } = parseStartUrl('?scenario=yasuoka-night-attack&seed=42&side=japanese&japanese-trucks=150&mode=hotseat', () => 7);
    expect(problems).toEqual([]);
    expect(request).toEqual({
      scenarioId: 'yasuoka-night-attack',
      seed: 42,
      side: 'japanese',
      mode: 'hotseat',
      difficulty: 'regular',
      levers: { 'japanese-trucks': 150 },
    });
  });

  it('shows the menu without a scenario, and reports bad parameters instead of failing', () => {
    expect(parseStartUrl('', () => 1).request).toBeNull();
    const { request, problems } = parseStartUrl('?scenario=x&seed=-3&side=mongol&lever=abc', () => 99);
    expect(request?.seed).toBe(99);
    expect(request?.side).toBe('soviet');
    expect(request?.levers).toEqual({});
    expect(problems).toHaveLength(3);
  });

  it('round-trips through startUrl', () => {
    const r = { scenarioId: 'august-offensive', seed: 123, side: 'soviet' as const, mode: 'ai' as const, difficulty: 'veteran' as const, levers: { b: 2, a: 1 } };
    expect(startUrl(r)).toBe('?scenario=august-offensive&seed=123&side=soviet&difficulty=veteran&a=1&b=2');
    expect(parseStartUrl(startUrl(r), () => 0).request).toEqual(r);
  });

  it('accepts only unsigned 32-bit seeds', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('4294967295')).toBe(4294967295);
    expect(parseSeed('4294967296')).toBeNull();
    expect(parseSeed('1.5')).toBeNull();
    expect(parseSeed(null)).toBeNull();
  });
});

describe('event log text', () => {
  const labelOf = (id: string) => id.toUpperCase();
  it('writes combat results in men and vehicles', () => {
    const text = describeEvent(
      {
        type: 'combat',
        kind: 'assault',
        attackers: ['a'],
        target: { q: 1, r: 1 },
        hexTaken: false,
        summary: 'A assaulted.',
        losses: [{ unitId: 'x', killed: 5, wounded: 12, missing: 6, destroyed: { 'BT-7': 2 }, damaged: {}, cohesionLost: 10, suppression: 20, outcome: 'retreats' }],
      },
      labelOf,
    );
    expect(text).toBe('A assaulted. X lost 23 men (5 killed, 12 wounded, 6 missing), 2 BT-7 destroyed — retreats.');
  });

  it('hides an unseen enemy move and shows a seen one', () => {
    const sideOf = (id: string) => (id.startsWith('j') ? ('japanese' as const) : ('soviet' as const));
    const move = { type: 'moved' as const, unitId: 'j1', path: [], cost: 2 };
    expect(visibleToSide(move, 'soviet', sideOf, () => false)).toBe(false);
    expect(visibleToSide(move, 'soviet', sideOf, () => true)).toBe(true);
    expect(visibleToSide(move, 'japanese', sideOf, () => false)).toBe(true);
  });
});

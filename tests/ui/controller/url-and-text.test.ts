import { describe, expect, it } from 'vitest';
import { describeEvent, describeLoss, visibleToSide } from '../../../src/ui/controller/event-text';
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

  it('names a wrong difficulty or mode and says what it uses instead', () => {
    const { request, problems } = parseStartUrl('?scenario=x&seed=3&difficulty=godlike&mode=solo', () => 99);
    expect(request?.difficulty).toBe('regular');
    expect(request?.mode).toBe('ai');
    expect(problems).toEqual([
      'Unknown mode "solo"; playing against the computer (mode=hotseat is two players at one screen).',
      'Unknown difficulty "godlike"; playing at regular (the levels are recruit, regular, veteran).',
    ]);
  });

  it('takes the page\'s renderer choice for what it is, not for a lever', () => {
    const { request, problems } = parseStartUrl('?scenario=tutorial&seed=5&renderer=webgl', () => 1);
    expect(problems).toEqual([]);
    expect(request?.levers).toEqual({});
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
  const loss = { unitId: 'x', killed: 5, wounded: 12, missing: 6, destroyed: { 'BT-7': 2 }, damaged: {}, cohesionLost: 10, suppression: 20, outcome: 'retreats' as const };
  it('tells a combat once, in men and named vehicles, per unit', () => {
    const text = describeEvent(
      { type: 'combat', kind: 'assault', attackers: ['a'], target: { q: 1, r: 1 }, hexTaken: false, summary: 'A assaulted X: Japanese forces lost 5 killed, 12 wounded.', losses: [loss] },
      labelOf,
    );
    expect(text).toBe('A assaulted X: X lost 23 men (5 killed, 12 wounded, 6 missing), 2 BT-7 fast tank destroyed — retreats.');
    // The engine's summary (which repeats the losses per side) is not written beside it.
    expect(text).not.toContain('Japanese forces lost');
    const taken = describeEvent({ type: 'combat', kind: 'assault', attackers: ['a', 'b'], target: { q: 1, r: 1 }, hexTaken: true, summary: '', losses: [loss, { ...loss, unitId: 'a', killed: 1, wounded: 0, missing: 0, destroyed: {}, outcome: 'holds' }] }, labelOf);
    expect(taken).toBe('A, B assaulted X: X lost 23 men (5 killed, 12 wounded, 6 missing), 2 BT-7 fast tank destroyed — retreats; A lost 1 man (1 killed, 0 wounded, 0 missing); the hex is taken.');
  });

  it('counts in the singular and plural', () => {
    expect(describeEvent({ type: 'moved', unitId: 'a', path: [{ q: 0, r: 0 }, { q: 1, r: 0 }], cost: 1 }, labelOf)).toBe('A moved 1 hex (1 MP).');
    expect(describeEvent({ type: 'moved', unitId: 'a', path: [{ q: 0, r: 0 }, { q: 1, r: 0 }, { q: 2, r: 0 }], cost: 2 }, labelOf)).toBe('A moved 2 hexes (2 MP).');
    expect(describeLoss({ ...loss, killed: 1, wounded: 0, missing: 0, destroyed: {} }, labelOf)).toBe('X lost 1 man (1 killed, 0 wounded, 0 missing) — retreats');
  });

  it('names objectives by their names, never their ids', () => {
    const e = { type: 'objective' as const, id: 'tut-sov-take-village', side: 'soviet' as const, achieved: true, turn: 2 };
    expect(describeEvent(e, labelOf, (id) => (id === 'tut-sov-take-village' ? 'Take the village' : '?'))).toBe('✔ Soviet objective achieved: Take the village.');
    expect(describeEvent(e, labelOf)).not.toMatch(/tut-/);
  });

  it('hides an unseen enemy move and shows a seen one', () => {
    const sideOf = (id: string) => (id.startsWith('j') ? ('japanese' as const) : ('soviet' as const));
    const move = { type: 'moved' as const, unitId: 'j1', path: [], cost: 2 };
    expect(visibleToSide(move, 'soviet', sideOf, () => false)).toBe(false);
    expect(visibleToSide(move, 'soviet', sideOf, () => true)).toBe(true);
    expect(visibleToSide(move, 'japanese', sideOf, () => false)).toBe(true);
  });
});

/** The tutorial teaches the controls on a small map: it must be small, cross a river at a bridge and teach each step. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/engine/map';
import { offsetToAxial } from '../../src/engine/hex';
import { buildSetup } from '../../src/scenario/build-setup';
import { parseScenario } from '../../src/scenario/parse';

const parsed = parseScenario(readFileSync('scenarios/tutorial.json', 'utf8'), { fileName: 'tutorial.json' });

describe('tutorial scenario', () => {
  it('is valid', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });
  if (!parsed.ok) return;
  const s = parsed.scenario;
  const setup = buildSetup(s);

  it('is small: about ten units on a 16×12 map with a short clock', () => {
    expect(s.units.length).toBeGreaterThanOrEqual(8);
    expect(s.units.length).toBeLessThanOrEqual(12);
    expect([s.map.width, s.map.height]).toEqual([16, 12]);
    expect(s.clock.turns).toBeLessThanOrEqual(10);
    expect(new Set(s.units.map((u) => u.side))).toEqual(new Set(['soviet', 'japanese']));
  });

  it('has a bridge and a ford over a major river, and the track runs over the bridge', () => {
    const kinds = s.map.crossings.map((c) => c.kind).sort();
    expect(kinds).toEqual(['bridge', 'ford']);
    const bridge = s.map.crossings.find((c) => c.kind === 'bridge')!;
    const i = indexOf(setup.map, offsetToAxial({ col: bridge.side[0], row: bridge.side[1] }));
    expect(setup.map.river[i * 6 + 0]).toBe('major');
    expect(setup.map.road[i * 6 + 0]).toBe('track');
  });

  it('teaches each control in the briefing', () => {
    const text = s.briefings.soviet.text.toLowerCase();
    for (const word of ['move', 'bridge', 'ford', 'artillery', 'bombard', 'attack', 'odds', 'end turn']) expect(text).toContain(word);
  });

  it('has artillery, tanks, infantry and a reinforcement for the lessons', () => {
    const kinds = new Set(s.units.map((u) => u.kind));
    for (const k of ['artillery', 'tank', 'infantry', 'anti-tank'] as const) expect(kinds).toContain(k);
    expect(s.units.filter((u) => u.arrives).length).toBe(1);
  });

  it('has objectives for both sides and a lever to show what levers do', () => {
    expect(new Set(s.objectives.map((o) => o.side))).toEqual(new Set(['soviet', 'japanese']));
    expect(s.levers.length).toBeGreaterThanOrEqual(1);
    const weaker = buildSetup(s, { 'tutorial-japanese-strength': 50 });
    const men = (st: typeof setup) => st.units.filter((u) => u.side === 'japanese').reduce((a, u) => a + u.men, 0);
    expect(men(weaker)).toBeLessThan(men(setup));
  });
});

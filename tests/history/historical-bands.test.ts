/**
 * Is it history? Under historical levers the AI-against-AI games (regular against regular) should usually end the way
 * the battles did (facts.md §B, §F), measured by `src/analysis/history-measures.ts`. Wide bands over fixed seeds: a
 * failure here means the balance moved, which must be deliberate. The 50-seed distributions come from
 * `npx tsx scripts/history-report.ts SCENARIO 50` and are reported with the AI's work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureHistory, type HistoryFigure } from '../../src/analysis/history-measures';
import { loadScenarioGame, runGame } from '../../src/game/node';

interface Played {
  readonly winner: string | null;
  readonly figures: Record<string, HistoryFigure>;
}

const games = (id: string, seeds: readonly number[]): Played[] => {
  const l = loadScenarioGame(id);
  if (!l.ok) throw new Error(l.message);
  return seeds.map((seed) => {
    const s = l.start(seed, {});
    if (!s.ok) throw new Error(s.message);
    const out = runGame({ state: s.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: 'test' });
    return { winner: out.game.state.result?.winner ?? null, figures: measureHistory(out.game.state) };
  });
};

const share = (played: readonly Played[], id: string): number => played.filter((g) => g.figures[id] === true).length / played.length;
const numbers = (played: readonly Played[], id: string): number[] => played.map((g) => g.figures[id]).filter((x): x is number => typeof x === 'number');
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const seeds = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('Azuma encirclement, 28–29 May', () => {
  let played: Played[] = [];
  beforeAll(() => {
    played = games('azuma-encirclement', seeds(12));
  }, 900_000);

  it('Azuma is usually destroyed or broken, the bridgehead holds and the Soviets win', () => {
    expect(share(played, 'azuma-broken')).toBeGreaterThanOrEqual(0.6);
    expect(share(played, 'bridge-held')).toBeGreaterThanOrEqual(0.6);
    expect(played.filter((g) => g.winner === 'soviet').length / played.length).toBeGreaterThanOrEqual(0.6);
  });

  it("Azuma's casualties are near history's 63 % (median inside 40–95 %)", () => {
    const m = median(numbers(played, 'azuma-loss-percent'));
    expect(m).toBeGreaterThanOrEqual(40);
    expect(m).toBeLessThanOrEqual(95);
  });
});

describe("Yasuoka's night attack, 2–5 July", () => {
  let played: Played[] = [];
  beforeAll(() => {
    played = games('yasuoka-night-attack', seeds(12));
  }, 900_000);

  it('the attack usually fails to take the Kawatama bridge', () => {
    expect(share(played, 'bridge-held')).toBeGreaterThanOrEqual(0.5);
  });

  it('the Japanese lose a large share of their tanks (median at least 15 %; history 62 %)', () => {
    expect(median(numbers(played, 'japanese-tank-loss-percent'))).toBeGreaterThanOrEqual(15);
  });
});

describe('August offensive, 20–31 August', () => {
  let played: Played[] = [];
  beforeAll(() => {
    played = games('august-offensive', seeds(4));
  }, 900_000);

  it('the wings link up at Nomonhan, usually between 23 and 28 August (turns 13–36)', () => {
    const turns = numbers(played, 'linkup-turn');
    expect(turns.length).toBeGreaterThanOrEqual(3);
    expect(median(turns)).toBeGreaterThanOrEqual(13);
    expect(median(turns)).toBeLessThanOrEqual(36);
  });

  it('the pocket is usually destroyed by the last turn, and the Soviets win', () => {
    expect(share(played, 'pocket-destroyed')).toBeGreaterThanOrEqual(0.5);
    expect(played.filter((g) => g.winner === 'soviet').length / played.length).toBeGreaterThanOrEqual(0.75);
  });
});

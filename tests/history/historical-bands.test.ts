/**
 * Is it history? Under historical levers the AI-against-AI games (regular against regular) should end the way the
 * battles did (facts.md §B, §F), measured by `src/analysis/history-measures.ts` over seeds 1–50. The bands are issue
 * 14's; a failure here means the balance moved, which must be deliberate. Never loosen a band to make it pass.
 *
 * A band the game does not meet yet is written with `it.fails` and the measured figure in its name: it documents the
 * gap without breaking the slow tier, and turns red the day the game comes into the band (then make it an `it`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureHistory, type HistoryFigure } from '../../src/analysis/history-measures';
import { loadScenarioGame, runGame } from '../../src/game/node';

interface Played {
  readonly winner: string | null;
  readonly figures: Record<string, HistoryFigure>;
  /** Pontoons the AI finished in play (the scenario's own crossings are in the map, not here). */
  readonly pontoonsBuilt: number;
}

const games = (id: string, seeds: readonly number[]): Played[] => {
  const l = loadScenarioGame(id);
  if (!l.ok) throw new Error(l.message);
  return seeds.map((seed) => {
    const s = l.start(seed, {});
    if (!s.ok) throw new Error(s.message);
    const out = runGame({ state: s.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: 'test' });
    const pontoonsBuilt = out.game.state.pontoons.filter((p) => p.progress >= p.needed).length;
    return { winner: out.game.state.result?.winner ?? null, figures: measureHistory(out.game.state), pontoonsBuilt };
  });
};

const share = (played: readonly Played[], id: string): number => played.filter((g) => g.figures[id] === true).length / played.length;
const numbers = (played: readonly Played[], id: string): number[] => played.map((g) => g.figures[id]).filter((x): x is number => typeof x === 'number');
/** Turns, with "never" counted as after the last turn (so a median over all games, not only those where it happened). */
const turns = (played: readonly Played[], id: string, last: number): number[] => played.map((g) => (typeof g.figures[id] === 'number' ? (g.figures[id] as number) : last + 1));
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const wins = (played: readonly Played[]): number => played.filter((g) => g.winner === 'soviet').length / played.length;
const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

/** Every scenario: men missing or captured at most 15 % of each side's men lost (median). */
const fewPrisoners = (played: () => readonly Played[]): void => {
  it('men missing or captured are at most 15 % of each side\'s men lost (median)', () => {
    expect(median(numbers(played(), 'soviet-missing-percent'))).toBeLessThanOrEqual(15);
    expect(median(numbers(played(), 'japanese-missing-percent'))).toBeLessThanOrEqual(15);
  });
};

describe('Azuma encirclement, 28–29 May', () => {
  let played: Played[] = [];
  beforeAll(() => {
    played = games('azuma-encirclement', SEEDS);
  }, 900_000);

  it('Azuma is destroyed or broken in ≥ 85 %, the bridge held in ≥ 85 %, the Soviets win ≥ 85 %', () => {
    expect(share(played, 'azuma-broken')).toBeGreaterThanOrEqual(0.85);
    expect(share(played, 'bridge-held')).toBeGreaterThanOrEqual(0.85);
    expect(wins(played)).toBeGreaterThanOrEqual(0.85);
  });

  it("Azuma's own men out of action: median 45–80 % (history 63 %)", () => {
    const m = median(numbers(played, 'azuma-loss-percent'));
    expect(m).toBeGreaterThanOrEqual(45);
    expect(m).toBeLessThanOrEqual(80);
  });

  fewPrisoners(() => played);
});

describe("Yasuoka's night attack, 2–5 July", () => {
  let played: Played[] = [];
  beforeAll(() => {
    played = games('yasuoka-night-attack', SEEDS);
  }, 1_800_000);

  it('no Japanese unit on the Kawatama bridge in ≥ 85 % of games (measured 92 %, 46 of 50)', () => {
    expect(share(played, 'bridge-held')).toBeGreaterThanOrEqual(0.85);
  });

  it('Baintsagan in Soviet hands at the end in ≥ 80 % (measured 100 %, 50 of 50)', () => {
    expect(share(played, 'baintsagan-soviet-at-end')).toBeGreaterThanOrEqual(0.8);
  });

  it('the Soviets win ≥ 65 %', () => {
    expect(wins(played)).toBeGreaterThanOrEqual(0.65);
  });

  it('Japanese tanks (tankettes apart) knocked out: median ≥ 45 % (history 62 %)', () => {
    expect(median(numbers(played, 'japanese-tank-loss-percent'))).toBeGreaterThanOrEqual(45);
  });

  it("the 11th Tank Brigade's tank losses are measured (history: about half)", () => {
    const xs = numbers(played, 'soviet-11tb-tank-loss-percent');
    expect(xs).toHaveLength(played.length);
    expect(median(xs)).toBeGreaterThan(0);
  });

  fewPrisoners(() => played);
});

describe('August offensive, 20–31 August', () => {
  let played: Played[] = [];
  beforeAll(() => {
    played = games('august-offensive', SEEDS);
  }, 3_600_000);

  it('the wings link up at Nomonhan: median turn 19–26 (history turn 22)', () => {
    const m = median(turns(played, 'linkup-turn', 48));
    expect(m).toBeGreaterThanOrEqual(19);
    expect(m).toBeLessThanOrEqual(26);
  });

  it('the Fui Heights fall: median turn 15–24 (history 19–20; measured 16.5)', () => {
    const m = median(turns(played, 'fui-heights-turn', 48));
    expect(m).toBeGreaterThanOrEqual(15);
    expect(m).toBeLessThanOrEqual(24);
  });

  it('the ground south of the Holsten is cleared: median turn 24–36 (history 29–31; measured 33, never in 6 of 50)', () => {
    const m = median(turns(played, 'south-of-holsten-turn', 48));
    expect(m).toBeGreaterThanOrEqual(24);
    expect(m).toBeLessThanOrEqual(36);
  });

  it('the pocket is destroyed by the last turn in ≥ 60 % of games, median turn ≥ 36 (history 45; measured 32 of 50, median turn 37.5)', () => {
    expect(share(played, 'pocket-destroyed')).toBeGreaterThanOrEqual(0.6);
    // The median over the games where it happened: games where it never did cannot make it late.
    const xs = numbers(played, 'pocket-destroyed-turn');
    expect(xs.length).toBeGreaterThan(0);
    expect(median(xs)).toBeGreaterThanOrEqual(36);
  });

  // It ran low (about 5,300) until issue 14's calibration: measured from the combat events, three fifths of the Soviet
  // killed and wounded came from Japanese shelling and only a fifth from about 30 assaults a game, which went in on
  // strongpoints the guns had already broken. Now the Japanese line holds prepared positions (a side rule: sited fire
  // against an assault, deep holes against shock — the probes of 3 and 7/8 August cost about 1,000 Soviet dead against
  // 85 Japanese casualties [SEED]; Fui held to a quarter of its men [GOLDMAN p.22]), the Central Group attacks from the
  // first day [DREA-RU libcat-36; ZHUKOV-PORTRAIT], and the pocketed regiments break out only when bled to 65 %.
  it('Soviet killed and wounded: median 6,500–12,500 (history 9,284; measured 6,846)', () => {
    const m = median(numbers(played, 'soviet-killed-wounded'));
    expect(m).toBeGreaterThanOrEqual(6500);
    expect(m).toBeLessThanOrEqual(12500);
  });

  it('the Soviets win ≥ 90 %', () => {
    expect(wins(played)).toBeGreaterThanOrEqual(0.9);
  });

  it('the engineers bridge the river where the advance needs another crossing (a pontoon finished in play in some games)', () => {
    const games = played.filter((g) => g.pontoonsBuilt > 0).length;
    console.log(`August: a pontoon built in play in ${games} of ${played.length} games`);
    expect(games).toBeGreaterThan(0);
  });

  fewPrisoners(() => played);
});

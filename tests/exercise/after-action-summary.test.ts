/** The after-action summary of a real game: a whole AI game of Azuma's battle, and the same record cut short. */
import { describe, expect, it } from 'vitest';
import { amongComputer, buildAfterAction, gameOutcome, shortDate, withAmongComputer, ResultSchema } from '../../src/exercise';
import { headlessRecord, loadedScenario, loadScenarioGame, runGame } from '../../src/game/node';
import type { GameRecord } from '../../src/replay';

const loaded = loadScenarioGame('azuma-encirclement');
if (!loaded.ok) throw new Error(loaded.message);
const started = loaded.start(3, {});
if (!started.ok) throw new Error(started.message);
const difficulty = { soviet: 'regular', japanese: 'regular' } as const;
const { game, summary } = runGame({ state: started.state, plan: loaded.plan, difficulty, seed: 3, levers: started.levers, engineVersion: 'test' });
const record: GameRecord = headlessRecord(game, { engineVersion: 'test', seed: 3, difficulty }, started.state.setup);

describe('buildAfterAction', () => {
  const built = buildAfterAction(loaded.scenario, record, { player: 'japanese' });
  if (!built.ok) throw new Error(built.reason);
  const aar = built.summary;

  it('leads with the outcome against history, the decisive moment and the losses against the record', () => {
    expect(aar.outcome).toEqual(gameOutcome(game.state));
    expect(aar.outcome).toMatchObject({ winner: summary.winner, margin: summary.margin, finished: true });
    expect(aar.summary[0]).toContain(summary.winner === 'soviet' ? 'A Soviet' : summary.winner === 'japanese' ? 'A Japanese' : 'A draw');
    expect(aar.summary[0]).toMatch(/as in 1939|against history/);
    expect(aar.summary[1]).toMatch(/^The decisive moment: turn \d+ \(\d+ May/);
    expect(aar.summary[2]).toMatch(/^Losses against the record: .*\(1939: /);
    expect(aar.historicalWinner).toBe('soviet');
  });

  it('sets every objective and milestone beside history and the losses beside the record', () => {
    const ids = [...loaded.scenario.objectives, ...loaded.scenario.milestones].map((e) => e.id).sort();
    expect(aar.timeline.map((t) => t.id).sort()).toEqual(ids);
    for (const t of aar.timeline) expect(t.gameTurn).toBe(summary.events[t.id] ?? null);
    const withHistory = aar.timeline.filter((t) => t.historicalTurn !== null);
    expect(withHistory.length).toBeGreaterThan(0);
    // Azuma's losses in the record cover his group only, so the game's figure is his group's too.
    const azuma = aar.losses.find((l) => l.side === 'japanese' && l.figure === 'killed')!;
    expect(azuma).toMatchObject({ historical: 105 });
    expect(azuma.covers).toBeTruthy();
  });

  it('finds the decisive moments from the turns: swings that add up to the game', () => {
    expect(aar.decisiveMoments.length).toBeGreaterThan(0);
    expect(aar.decisiveMoments.length).toBeLessThanOrEqual(8);
    const turns = aar.decisiveMoments.map((m) => m.turn);
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
    const pointSwings = aar.decisiveMoments.filter((m) => m.measure === 'points');
    // No single turn can swing the margin by more than the points in the game.
    const total = loaded.scenario.objectives.reduce((s, o) => s + o.points, 0);
    for (const m of pointSwings) expect(m.swing).toBeLessThanOrEqual(total);
    const men = aar.decisiveMoments.filter((m) => m.measure === 'men');
    const lost = (side: 'soviet' | 'japanese') => summary.losses[side].killed + summary.losses[side].wounded + summary.losses[side].missing;
    for (const m of men) expect(m.swing).toBeLessThanOrEqual(lost(m.side!));
  });

  it('reports a game handed in unfinished as it stood', () => {
    const half = Math.floor(record.commands.length / 2);
    const cut: GameRecord = { ...record, commands: record.commands.slice(0, half), turnHashes: [] };
    const r = buildAfterAction(loaded.scenario, cut, { player: 'soviet' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.outcome.finished).toBe(false);
    expect(r.summary.outcome.turn).toBeLessThan(aar.outcome.turn + 1);
    expect(r.summary.summary[0]).toMatch(/^Handed in unfinished on turn \d+ of \d+/);
    for (const t of r.summary.timeline) if (t.gameTurn !== null) expect(t.gameTurn).toBeLessThanOrEqual(r.summary.outcome.turn);
  });

  it('fills in the computer comparison and fits the result file schema', () => {
    const runs = [
      { winner: 'soviet' as const, margin: aar.outcome.margin - 10 },
      { winner: 'soviet' as const, margin: aar.outcome.margin },
      { winner: 'japanese' as const, margin: aar.outcome.margin + 10 },
      { winner: 'soviet' as const, margin: aar.outcome.margin + 20 },
    ];
    const among = amongComputer(aar.outcome, runs, 'japanese')!;
    expect(among).toMatchObject({ runs: 4, marginPercentile: 25 });
    expect(among.text).toContain('Of 4 computer games with the same levers');
    expect(among.text).toContain('better for your side than in 2, the same as in 1 and worse than in 1');
    expect(amongComputer(aar.outcome, [runs[1]!], 'soviet')!.text).toContain('was the same in all of them');
    const filled = withAmongComputer(aar, among);
    expect(filled.summary.at(-1)).toBe(among.text);
    expect(withAmongComputer(filled, among).summary).toEqual(filled.summary);
    const body = ResultSchema.shape.afterAction.safeParse(filled);
    expect(body.success, JSON.stringify(body.error?.issues)).toBe(true);
  });

  it('refuses a record of another scenario in a sentence', () => {
    const r = buildAfterAction(loaded.scenario, { ...record, scenarioId: 'tutorial' }, { player: null });
    expect(r).toEqual({ ok: false, reason: "the record is a game of 'tutorial', not of 'azuma-encirclement'" });
  });

  it('adds up killed and wounded where the source gives them only together', () => {
    const h = loaded.scenario.historical!;
    const scenario = { ...loaded.scenario, historical: { ...h, losses: { ...h.losses, soviet: { ...h.losses.soviet, killedAndWounded: 1234 } } } };
    const other = loadedScenario(scenario);
    const s2 = other.start(3, {});
    if (!s2.ok) throw new Error(s2.message);
    const out = runGame({ state: s2.state, plan: other.plan, difficulty, seed: 3, levers: s2.levers, engineVersion: 'test' });
    const r = buildAfterAction(scenario, headlessRecord(out.game, { engineVersion: 'test', seed: 3, difficulty }, s2.state.setup), { player: null });
    if (!r.ok) throw new Error(r.reason);
    const lost = out.summary.losses.soviet.killed + out.summary.losses.soviet.wounded;
    expect(r.summary.summary[2]).toContain(`Soviet ${lost.toLocaleString('en-GB')} killed and wounded (1939: 1,234)`);
  });

  it('writes dates short', () => {
    expect([shortDate('1939-08-24T23:00'), shortDate('1939-08-25'), shortDate('soon')]).toEqual(['24 Aug 23:00', '25 Aug', 'soon']);
  });
});

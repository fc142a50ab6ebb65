import { describe, expect, it } from 'vitest';
import { compareWithHistory, historyRowGameText, percentileOf } from '../../src/analysis/history-compare';
import { azumaLabels, summary } from '../helpers/result-summary';

// Ten games of a cut-down Azuma: the group's losses 10 %, 20 % … 100 %; broken in the last seven; the MPR command post
// overrun on turns 2, 3, 3, 4, 5, 6 and never in four games; the Soviet side winning eight.
const games = Array.from({ length: 10 }, (_, i) =>
  summary({
    seed: i + 1,
    winner: i < 8 ? 'soviet' : 'japanese',
    history: { 'azuma-loss-percent': (i + 1) * 10, 'azuma-broken': i >= 3, 'bridge-held': true },
    events: { 'mpr-command-post-overrun': [2, 3, 3, 4, 5, 6][i] ?? null },
  }),
);
const rows = compareWithHistory(games, azumaLabels);
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('compareWithHistory', () => {
  it('has a row per benchmark: winner, each history measure, each historical milestone no measure reads', () => {
    expect(rows.map((r) => r.id)).toEqual(['winner', 'azuma-loss-percent', 'azuma-broken', 'bridge-held', 'soviet-missing-percent', 'japanese-missing-percent', 'turn:mpr-command-post-overrun']);
    expect(row('turn:mpr-command-post-overrun').measure).toBe('Turn: MPR command post overrun');
  });

  it('counts the games that went as history did for yes/no figures, leading with counts', () => {
    expect(row('winner').matches).toMatchObject({ count: 8, runs: 10 });
    expect(row('winner').historyText).toBe('Soviet victory');
    expect(row('azuma-broken').matches).toMatchObject({ count: 7, runs: 10 });
    expect(row('azuma-broken').verdict).toBe("as in history in 7 of 10 games: the game's usual outcome");
    expect(historyRowGameText(row('azuma-broken'))).toBe('7 of 10 games as in history');
  });

  it("places history's number among the games: median, 10–90 % range and percentile", () => {
    const r = row('azuma-loss-percent');
    expect(r.median).toBe(55);
    expect(r.p10).toBeCloseTo(19, 10);
    expect(r.p90).toBeCloseTo(91, 10);
    expect(r.historyValue).toBeCloseTo(63.18, 2);
    expect(r.percentile).toBe(60);
    expect(r.verdict).toBe("history is at percentile 60 of the games: among the game's usual outcomes (strictly between percentiles 10 and 90)");
  });

  it('ranks a turn that never happened after every turn, and says when history is early', () => {
    const r = row('turn:mpr-command-post-overrun');
    expect(r.never).toBe(4);
    expect(r.median).toBe(3.5);
    // Turn 3 in history: one game earlier, two equal → (1 + 2/2) of 10.
    expect(r.percentile).toBe(20);
    expect(historyRowGameText(r)).toBe('median turn 3.5 (10–90 %: 2.5–5.5); never in 4 of 10');
    const early = compareWithHistory(games.map((g) => ({ ...g, events: { 'mpr-command-post-overrun': 9 } })), azumaLabels).find((x) => x.id === 'turn:mpr-command-post-overrun')!;
    expect(early.percentile).toBe(0);
    expect(early.verdict).toBe('history came earlier than 100 % of games: the game is slow here');
  });

  it('uses the loss figures of the historical block for a scenario without history measures', () => {
    const labels = { ...azumaLabels, id: 'custom' };
    const custom = compareWithHistory(games.map((g, i) => ({ ...g, losses: { ...g.losses, japanese: { ...g.losses.japanese, killed: i * 20, wounded: 30 } } })), labels);
    expect(custom.map((r) => r.id)).toEqual(['winner', 'turn:mpr-command-post-overrun', 'turn:azuma-destroyed', 'losses:japanese.killed', 'losses:japanese.wounded']);
    expect(custom.find((r) => r.id === 'losses:japanese.killed')!.percentile).toBe(60);
    expect(custom.find((r) => r.id === 'losses:japanese.wounded')!.verdict).toBe('history is higher than 100 % of games: the game runs low here');
  });

  it('percentileOf: mid-rank, nulls above every number', () => {
    expect(percentileOf(5, [1, 5, 9, null])).toBe(37.5);
  });
});

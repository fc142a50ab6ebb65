import { describe, expect, it } from 'vitest';
import { afterActionReport, formatAfterAction } from '../../src/analysis/after-action';
import { casualtyPercent, eventTurns, initialForces, lossesSoFar, summarizeGame } from '../../src/analysis/game-result';
import { createInitialState } from '../../src/engine/game';
import { updateUnit } from '../../src/engine/state-update';
import { testSetup, testUnit } from '../helpers/test-setup';

const setup = {
  ...testSetup({
    units: [
      testUnit({ id: 'j-tanks', side: 'japanese', kind: 'tank', men: 100, equipment: { Type89: 10, Type95: 5 }, at: [3, 3] }),
      testUnit({ id: 'j-inf', side: 'japanese', men: 220, equipment: { LMG: 9, '37mm-Type94': 2 }, at: [4, 3] }),
      testUnit({ id: 's-cars', side: 'soviet', kind: 'armoured-car', men: 60, equipment: { 'BA-6': 16 }, at: [9, 3] }),
      testUnit({ id: 's-late', side: 'soviet', men: 500, equipment: { '76mm-M1902': 4 }, arrives: { turn: 3, hex: { q: 10, r: 3 } } }),
    ],
    objectives: [{ id: 'hold-bridge', side: 'soviet', kind: 'hold-hex', name: 'Hold', description: '', points: 10, hexes: [{ q: 9, r: 3 }] }],
  }),
  milestones: [{ id: 'azuma-destroyed', name: 'Azuma destroyed', when: { kind: 'units-broken' as const, units: ['j-inf'], percent: 60 } }],
};

describe('game result summary', () => {
  const start = createInitialState(setup, { seed: 1 });

  it('counts each side at the start, reinforcements included', () => {
    const f = initialForces(start);
    expect(f.japanese).toEqual({ men: 320, tanks: 15, armouredCars: 0, guns: 2, aircraft: 0, units: 2 });
    expect(f.soviet).toEqual({ men: 560, tanks: 0, armouredCars: 16, guns: 4, aircraft: 0, units: 2 });
  });

  it('counts knocked-out equipment and the men of a surrendered unit as lost', () => {
    let s = updateUnit(start, 'j-tanks', {
      men: 80,
      casualties: { killed: 12, wounded: 8, missing: 0 },
      equipment: { Type89: 6, Type95: 5 },
      damaged: { Type89: 2 },
      destroyed: { Type89: 2 },
    });
    s = updateUnit(s, 'j-inf', { status: 'surrendered', hex: null, men: 81, casualties: { killed: 105, wounded: 34, missing: 0 } });
    s = { ...s, milestones: { 'azuma-destroyed': 7 } };
    const l = lossesSoFar(s);
    // No unit lists aircraft: the game does not model them, and says so with null rather than a 0 that looks like a result.
    expect(l.japanese).toEqual({ killed: 117, wounded: 42, missing: 81, tanks: 4, armouredCars: 0, guns: 2, aircraft: null });
    expect(l.soviet).toEqual({ killed: 0, wounded: 0, missing: 0, tanks: 0, armouredCars: 0, guns: 0, aircraft: null });
    expect(eventTurns(s)).toEqual({ 'azuma-destroyed': 7, 'hold-bridge': null });
    expect(casualtyPercent(initialForces(s).japanese, l.japanese)).toBe(75);

    const report = afterActionReport(
      {
        scenario: 'test', seed: 1, levers: {}, engineVersion: 'x', winner: 'soviet', victoryLevel: 'decisive', turnsPlayed: 10,
        finalHash: 'h', initial: initialForces(s), losses: l, events: eventTurns(s),
        points: { soviet: 10, japanese: 0 }, margin: 10, scenarioHash: 'c0ffee',
      },
      {
        winner: 'soviet',
        result: 'Azuma destroyed.',
        losses: { japanese: { killed: 105, wounded: 34, missing: null } },
        milestones: { 'azuma-destroyed': { date: '1939-05-29T12:00', turn: 13 } },
      },
      { 'azuma-destroyed': 'Azuma destroyed' },
    );
    const killed = report.losses.find((r) => r.side === 'japanese' && r.figure === 'killed')!;
    expect(killed).toEqual({ side: 'japanese', figure: 'killed', game: 117, historical: 105 });
    expect(report.losses.find((r) => r.side === 'japanese' && r.figure === 'missing')!.historical).toBeNull();
    expect(report.milestones[0]).toEqual({ id: 'azuma-destroyed', name: 'Azuma destroyed', game: 7, historicalTurn: 13, historicalDate: '1939-05-29T12:00' });
    expect(report.notes).toEqual(['Azuma destroyed: turn 7 against turn 13 in history.']);
    const text = formatAfterAction(report).join('\n');
    expect(text).toContain('117 men killed (hist. 105)');
    expect(text).toContain('Azuma destroyed: turn 7 (hist. turn 13, 1939-05-29T12:00)');
    expect(report.losses.find((r) => r.side === 'japanese' && r.figure === 'aircraft')!.game).toBeNull();
  });

  it('sets a figure that covers named units beside those units only (like with like), and a destroyed unit\'s escaped men are not lost', () => {
    let s = updateUnit(start, 'j-tanks', { status: 'destroyed', hex: null, men: 40, casualties: { killed: 20, wounded: 40, missing: 0 } });
    s = updateUnit(s, 'j-inf', { men: 100, casualties: { killed: 90, wounded: 30, missing: 0 } });
    expect(lossesSoFar(s).japanese).toMatchObject({ killed: 110, wounded: 70, missing: 0 });
    const covered = lossesSoFar(s, { japanese: ['j-inf'] });
    expect(covered.japanese).toMatchObject({ killed: 90, wounded: 30, missing: 0, tanks: 0 });
    const historical = { winner: 'soviet' as const, result: 'x', losses: { japanese: { killed: 105, wounded: 34, units: ['j-inf'], covers: "Azuma's group only" } } };
    const summary = {
      scenario: 'test', seed: 1, levers: {}, engineVersion: 'x', winner: 'soviet' as const, victoryLevel: 'decisive' as const, turnsPlayed: 10,
      finalHash: 'h', initial: initialForces(s), losses: lossesSoFar(s), events: eventTurns(s),
      points: { soviet: 0, japanese: 0 }, margin: 0, scenarioHash: 'x',
    };
    const report = afterActionReport(summary, historical, {}, covered);
    expect(report.losses.find((r) => r.side === 'japanese' && r.figure === 'killed')).toEqual({ side: 'japanese', figure: 'killed', game: 90, historical: 105, covers: "Azuma's group only" });
    // Without the covered losses the partial figure is not set beside the whole force's.
    expect(afterActionReport(summary, historical).losses.find((r) => r.side === 'japanese' && r.figure === 'killed')!.historical).toBeNull();
    expect(formatAfterAction(report).join('\n')).toContain("Japanese losses (Azuma's group only): 90 men killed (hist. 105)");
  });

  it('gives the points per side, the margin (Soviet minus Japanese) and the scenario content hash', () => {
    const s = { ...start, milestones: { 'hold-bridge': 9 } };
    const meta = { scenario: 'test', seed: 1, levers: {}, engineVersion: 'x', finalHash: 'h' };
    const summary = summarizeGame(s, meta);
    expect(summary.points).toEqual({ soviet: 10, japanese: 0 });
    expect(summary.margin).toBe(10);
    expect(summary.scenarioHash).toBe(start.setup.contentHash);
    // A finished game's result carries its points; the summary takes them from there.
    const ended = summarizeGame({ ...s, result: { winner: 'japanese', level: 'marginal', points: { soviet: 3, japanese: 12 }, turn: 9, reason: '' } }, meta);
    expect([ended.points, ended.margin]).toEqual([{ soviet: 3, japanese: 12 }, -9]);
  });
});

import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../../src/engine/game';
import type { Command, GameState } from '../../../src/engine/types';
import { AiTurnPlayer, describeAiCommand, type AiBrain } from '../../../src/ui/controller/ai-turn';
import { resolveLevers, type ScenarioEntry } from '../../../src/ui/controller/catalog';
import { clampLeverValue } from '../../../src/scenario/levers';
import { GameSession } from '../../../src/ui/controller/game-session';
import { requestFromRecord } from '../../../src/ui/controller/session-record';
import type { StartRequest } from '../../../src/ui/controller/url-params';
import { at, testSetup, testUnit } from '../../helpers/test-setup';
import { fakeRules } from './fake-rules';

const setup = testSetup({ units: [testUnit({ id: 'a', side: 'soviet', at: [2, 2] }), testUnit({ id: 'x', side: 'japanese', at: [8, 8] })] });
const initial = (): GameState => ({ ...createInitialState(setup, { seed: 9 }), units: createInitialState(setup, { seed: 9 }).units.map((u) => ({ ...u, mp: 3 })) });
const request: StartRequest = { scenarioId: 'test', seed: 9, side: 'soviet', mode: 'ai', difficulty: 'regular', levers: {} };

/** A rules double whose end-turn passes the move to the other side. */
const turnRules = () => {
  const rules = fakeRules();
  const apply = rules.apply;
  rules.apply = (state, command) => {
    if (command.type === 'end-turn') {
      const next = state.activeSide === 'soviet' ? 'japanese' : 'soviet';
      return { ok: true, state: { ...state, activeSide: next, turn: next === 'soviet' ? state.turn + 1 : state.turn }, events: [{ type: 'turn-started', side: next, turn: state.turn, time: '1939-07-03T09:00' }] };
    }
    if (command.type === 'rally') return { ok: false, code: 'not-needed', reason: 'The a is not shaken.' };
    return apply(state, command);
  };
  return rules;
};

describe('game session', () => {
  it('logs accepted commands, refuses with the engine reason, and knows whose turn it is', () => {
    const s = new GameSession(turnRules(), initial(), request);
    expect(s.isHumanTurn()).toBe(true);
    expect(s.submit({ type: 'rally', unitId: 'a' })).toEqual({ ok: false, code: 'not-needed', reason: 'The a is not shaken.' });
    expect(s.commands).toEqual([]);
    expect(s.submit({ type: 'move', unitId: 'a', to: at(3, 2) }).ok).toBe(true);
    expect(s.submit({ type: 'end-turn' }).ok).toBe(true);
    expect(s.isHumanTurn()).toBe(false);
    expect(s.perspective()).toBe('soviet');
    expect(s.commands).toHaveLength(2);
    expect(s.logFor('soviet').map((l) => l.text)).toEqual(['— Turn 1, Japanese move, 1939-07-03 09:00 —']);
  });

  it('in hotseat shows the side to move and counts both sides as human', () => {
    const s = new GameSession(turnRules(), initial(), { ...request, mode: 'hotseat' });
    expect(s.humanSides()).toEqual(['soviet', 'japanese']);
    s.submit({ type: 'end-turn' });
    expect(s.perspective()).toBe('japanese');
    expect(s.isHumanTurn()).toBe(true);
  });

  it('keeps its game record as it goes, and restores from it to the same state', () => {
    const rules = turnRules();
    const s = new GameSession(rules, initial(), request, { name: 'Practice' });
    s.submit({ type: 'move', unitId: 'a', to: at(4, 2) });
    s.submit({ type: 'end-turn' });
    const record = s.record();
    expect(record.commands.map((c) => c.command.type)).toEqual(['move', 'end-turn']);
    expect(record.commands[0]).toMatchObject({ turn: 1, side: 'soviet' });
    expect(record.sides).toEqual({ soviet: { player: 'human' }, japanese: { player: 'ai', difficulty: 'regular' } });
    expect(record.name).toBe('Practice');
    expect(record.seed).toBe(9);
    const { session, problem } = GameSession.restore(rules, initial(), request, record);
    expect(problem).toBeNull();
    expect(session.state).toEqual(s.state);
    expect(session.record()).toEqual(record);
  });

  it('names the command where a record stops agreeing with the rules', () => {
    const rules = turnRules();
    const s = new GameSession(rules, initial(), request);
    s.submit({ type: 'end-turn' });
    const record = { ...s.record(), commands: [...s.record().commands, { turn: 1, side: 'japanese' as const, command: { type: 'rally' as const, unitId: 'a' } }] };
    const { problem } = GameSession.restore(rules, initial(), request, record);
    expect(problem).toBe('The saved game stops at command 2: The a is not shaken.');
  });
});

describe('records and start requests', () => {
  it('map both ways: the player’s side is human, the other the computer at its level; both human is hotseat', () => {
    for (const r of [request, { ...request, side: 'japanese' as const, difficulty: 'veteran' as const }, { ...request, mode: 'hotseat' as const }]) {
      const s = new GameSession(fakeRules(), initial(), r);
      const back = requestFromRecord(s.record());
      expect(back).toEqual({ ok: true, request: r });
    }
  });

  it('opens a computer-against-computer record on the Soviet side, and refuses a seed a browser cannot use', () => {
    const s = new GameSession(fakeRules(), initial(), request);
    const aiOnly = { ...s.record(), sides: { soviet: { player: 'ai' as const, difficulty: 'veteran' }, japanese: { player: 'ai' as const, difficulty: 'regular' } } };
    expect(requestFromRecord(aiOnly)).toMatchObject({ ok: true, request: { side: 'soviet', mode: 'ai', difficulty: 'veteran' } });
    expect(requestFromRecord({ ...aiOnly, seed: 'abc' })).toMatchObject({ ok: false });
    expect(requestFromRecord({ ...aiOnly, seed: 2 ** 40 })).toMatchObject({ ok: false });
  });

  it('follows a change of command recorded in a branch', () => {
    const s = new GameSession(fakeRules(), initial(), request);
    const taken = { ...s.record(), control: [{ commandIndex: 0, side: 'japanese' as const, player: 'human' as const }, { commandIndex: 0, side: 'soviet' as const, player: 'ai' as const, difficulty: 'recruit' }] };
    expect(requestFromRecord(taken)).toMatchObject({ ok: true, request: { side: 'japanese', mode: 'ai', difficulty: 'recruit' } });
  });
});

describe('the computer’s turn on screen', () => {
  const brain = (commands: Command[]): AiBrain & { asked: number } => {
    const b = {
      asked: 0,
      async *planTurn() {
        b.asked++;
        yield* commands;
      },
    };
    return b;
  };
  const noWait = { stepMs: 0, wait: async () => {}, maxRefusals: 3, maxCommands: 100 };

  it('applies the commands in order and stops at the end of its turn', async () => {
    const s = new GameSession(turnRules(), { ...initial(), activeSide: 'japanese' }, request);
    const b = brain([{ type: 'move', unitId: 'x', to: at(7, 8) }, { type: 'end-turn' }]);
    const r = await new AiTurnPlayer(b, noWait).play(s);
    expect(r).toEqual({ applied: 2, refused: [] });
    expect(s.state.activeSide).toBe('soviet');
    expect(s.state.units.find((u) => u.id === 'x')!.hex).toEqual(at(7, 8));
  });

  it('ends the turn for a computer whose every command is refused', async () => {
    const s = new GameSession(turnRules(), { ...initial(), activeSide: 'japanese' }, request);
    const b = brain(Array.from({ length: 10 }, () => ({ type: 'rally', unitId: 'x' }) as Command));
    const r = await new AiTurnPlayer(b, noWait).play(s);
    expect(r.refused).toHaveLength(3);
    expect(s.state.activeSide).toBe('soviet');
  });

  it('plans the whole side-turn in one question, and plans afresh after a command the game refuses', async () => {
    const s = new GameSession(turnRules(), { ...initial(), activeSide: 'japanese' }, request);
    const plans: Command[][] = [
      [{ type: 'move', unitId: 'x', to: at(7, 8) }, { type: 'rally', unitId: 'x' }, { type: 'move', unitId: 'x', to: at(5, 8) }],
      [{ type: 'move', unitId: 'x', to: at(6, 8) }, { type: 'end-turn' }],
    ];
    let asked = 0;
    const heard: Command['type'][] = [];
    const b: AiBrain = {
      async *planTurn() {
        yield* plans[asked++] ?? [];
      },
    };
    const r = await new AiTurnPlayer(b, noWait).play(s, (c) => heard.push(c.type));
    expect(asked).toBe(2);
    expect(r.applied).toBe(3);
    expect(r.refused).toHaveLength(1);
    expect(heard).toEqual(['move', 'move', 'end-turn']);
    expect(s.state.activeSide).toBe('soviet');
    expect(s.state.units.find((u) => u.id === 'x')!.hex).toEqual(at(6, 8));
  });

  it('tells the watching side who acts only when it sees the unit', () => {
    const seen = initial();
    expect(describeAiCommand({ type: 'move', unitId: 'x', to: at(7, 8) }, 'japanese', seen)).toMatchObject({ unitId: 'x', text: 'Japanese: x moves' });
    expect(describeAiCommand({ type: 'attack', unitIds: ['x', 'y'], target: at(2, 2) }, 'japanese', seen).text).toBe('Japanese: x with 1 more assaults');
    const hidden = { ...seen, units: seen.units.filter((u) => u.id !== 'x') };
    expect(describeAiCommand({ type: 'move', unitId: 'x', to: at(7, 8) }, 'japanese', hidden)).toEqual({ unitId: null, hex: -1, text: 'Japanese: the computer is moving…' });
    expect(describeAiCommand({ type: 'air-strike', side: 'japanese', target: at(2, 2) }, 'japanese', hidden).text).toBe('Japanese: air strike');
  });

  it('waits between commands unless skipped', async () => {
    const s = new GameSession(turnRules(), { ...initial(), activeSide: 'japanese' }, request);
    const waits: number[] = [];
    const player = new AiTurnPlayer(brain([{ type: 'move', unitId: 'x', to: at(7, 8) }, { type: 'move', unitId: 'x', to: at(6, 8) }]), {
      ...noWait,
      stepMs: 50,
      wait: async (ms) => {
        waits.push(ms);
        player.skip();
      },
    });
    await player.play(s);
    expect(waits).toEqual([50]);
  });
});

describe('levers from a URL or the menu', () => {
  const entry = {
    levers: [{ id: 'trucks', name: 'Trucks', description: '', default: 100, min: 50, max: 400, step: 25, unit: '%' }],
  } as unknown as ScenarioEntry;
  it('fills defaults, clamps to range and step, and reports unknown names', () => {
    expect(resolveLevers(entry, {}).levers).toEqual({ trucks: 100 });
    const r = resolveLevers(entry, { trucks: 990, nonsense: 1 });
    expect(r.levers).toEqual({ trucks: 400 });
    expect(r.problems).toHaveLength(2);
    expect(clampLeverValue(entry.levers[0]!, 137)).toBe(125);
    expect(clampLeverValue(entry.levers[0]!, 0)).toBe(50);
    expect(clampLeverValue(entry.levers[0]!, Number.NaN)).toBe(100);
  });
});

/**
 * Undo: a player may take back commands that taught them nothing — a move that revealed no enemy — but not an attack
 * (it drew on the dice), a move that spotted an enemy, or the end of a turn. Undo replays to the state without the
 * command, so the record and the hash are as if it had never been given.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine/hash';
import { legalCommands } from '../../src/engine/legal-commands';
import { applyCommand } from '../../src/engine/apply-command';
import { viewFor } from '../../src/engine/vision';
import type { Command, GameState } from '../../src/engine/types';
import { undoBarrier } from '../../src/replay/undo';
import { createGame } from '../../src/scenario/create-game';
import { parseScenario } from '../../src/scenario/parse';
import { GameSession } from '../../src/ui/controller/game-session';
import type { StartRequest } from '../../src/ui/controller/url-params';
import { engineRules } from '../../src/ui/engine-rules';

const parsed = parseScenario(readFileSync('scenarios/tutorial.json', 'utf8'));
if (!parsed.ok) throw new Error('tutorial');
const start = (): GameState => createGame(parsed.scenario, { seed: 8, levers: {} });
const request: StartRequest = { scenarioId: 'tutorial', seed: 8, side: 'soviet', mode: 'ai', difficulty: 'regular', levers: {} };

/** A move of the side to move that spots no new enemy, and one that does (if the map allows). */
const moves = (state: GameState): { quiet: Command | null; revealing: Command | null } => {
  const seen = new Set(viewFor(state, state.activeSide).seen);
  let quiet: Command | null = null;
  let revealing: Command | null = null;
  for (const c of legalCommands(state, state.activeSide)) {
    if (c.type !== 'move') continue;
    const r = applyCommand(state, c);
    if (!r.ok) continue;
    const spotted = viewFor(r.state, state.activeSide).seen.some((id) => !seen.has(id));
    if (spotted) revealing ??= c;
    else if (JSON.stringify(r.state.rng) === JSON.stringify(state.rng)) quiet ??= c;
    if (quiet && revealing) break;
  }
  return { quiet, revealing };
};

describe('the undo barrier', () => {
  it('lets a quiet move be taken back, not the end of a turn', () => {
    const s = start();
    const { quiet } = moves(s);
    expect(quiet).not.toBeNull();
    const r = applyCommand(s, quiet!);
    expect(r.ok && undoBarrier(s, quiet!, r.state, 'soviet')).toBeNull();
    const end = applyCommand(s, { type: 'end-turn' });
    expect(end.ok && undoBarrier(s, { type: 'end-turn' }, end.state, 'soviet')).toBe('the turn has ended');
  });

  it('refuses a move that revealed an enemy', () => {
    // Walk the Soviet units forward quietly until some move would reveal an enemy.
    let s = start();
    for (let k = 0; k < 30; k++) {
      const { quiet, revealing } = moves(s);
      if (revealing) {
        const r = applyCommand(s, revealing);
        expect(r.ok && undoBarrier(s, revealing, r.state, 'soviet')).toMatch(/^it revealed/);
        return;
      }
      if (!quiet) break;
      const r = applyCommand(s, quiet);
      if (!r.ok) break;
      s = r.state;
    }
    throw new Error('no revealing move found in the tutorial');
  });
});

describe('undo in a live game', () => {
  it('takes back a quiet move: the same state, record and log as before it', () => {
    const session = new GameSession(engineRules, start(), request);
    const hashBefore = hashState(session.state);
    const recordBefore = session.record();
    const logBefore = session.logFor('soviet').length;
    const { quiet } = moves(session.state);
    expect(session.submit(quiet!).ok).toBe(true);
    expect(session.canUndo()).toBe(true);
    expect(session.undo()).toBe(true);
    expect(hashState(session.state)).toBe(hashBefore);
    expect(session.record()).toEqual(recordBefore);
    expect(session.logFor('soviet')).toHaveLength(logBefore);
    expect(session.canUndo()).toBe(false);
  });

  it('cannot take back an attack', () => {
    const session = new GameSession(engineRules, start(), request);
    // The battery on the heights bombards whatever it can reach.
    const fire = legalCommands(session.state, 'soviet').find((c) => c.type === 'bombard' || c.type === 'fire' || c.type === 'attack');
    if (!fire) throw new Error('the tutorial offers no attack on turn 1');
    const { quiet } = moves(session.state);
    session.submit(quiet!);
    expect(session.canUndo()).toBe(true);
    expect(session.submit(fire).ok).toBe(true);
    expect(session.canUndo()).toBe(false);
    expect(session.undo()).toBe(false);
  });
});

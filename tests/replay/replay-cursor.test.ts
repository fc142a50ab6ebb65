/** The replay cursor: any position reached by seeking equals the state reached by playing the log straight through. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { hashState } from '../../src/engine/hash';
import type { GameState } from '../../src/engine/types';
import { recordHash } from '../../src/replay/record';
import { verifyRecord } from '../../src/replay/replay';
import { ReplayCursor } from '../../src/replay/replay-cursor';
import { branchRelations } from '../../src/replay/branches';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { createGame } from '../../src/scenario/create-game';
import { playRandomGame } from './play-random';

const load = (path: string): Scenario => {
  const r = parseScenario(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
};
const tutorial = load('scenarios/tutorial.json');
const { record, state: final } = playRandomGame(tutorial, 5);

/** Every state along the log, played straight through: the reference the cursor must match. */
const straight: GameState[] = (() => {
  let s = createGame(tutorial, { seed: record.seed, levers: record.levers });
  const out = [s];
  for (const e of record.commands) {
    const r = applyCommand(s, e.command);
    if (!r.ok) throw new Error(r.reason);
    s = r.state;
    out.push(s);
  }
  return out;
})();

const open = (keyframeEvery = 7): ReplayCursor => {
  const r = ReplayCursor.open(tutorial, record, { keyframeEvery });
  if (!r.ok) throw new Error(r.reason);
  return r.cursor;
};

describe('a replay cursor over a whole game', () => {
  it('opens a verified record with every command and no divergence', () => {
    const c = open();
    expect(c.divergence).toBeNull();
    expect(c.length).toBe(record.commands.length);
    expect(hashState(c.last)).toBe(hashState(final));
    expect(c.keyframeCount).toBe(Math.floor(record.commands.length / 7) + 1);
  });

  it('reaches the same state at any position, in any order of seeks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: record.commands.length + 3 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 40 }), (targets, every) => {
        const c = open(every);
        for (const t of targets) {
          const p = Math.min(record.commands.length, Math.max(0, t));
          expect(hashState(c.seek(t))).toBe(hashState(straight[p]!));
          expect(c.position).toBe(p);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('steps back and forward one command at a time', () => {
    const c = open();
    c.seek(30);
    expect(hashState(c.back())).toBe(hashState(straight[29]!));
    expect(hashState(c.forward())).toBe(hashState(straight[30]!));
    c.seek(0);
    expect(c.back()).toBe(c.state);
    expect(c.position).toBe(0);
  });

  it('knows where each turn starts and which turn a position is in', () => {
    const c = open();
    for (let t = 1; t <= c.lastTurn; t++) {
      const p = c.turnStart(t);
      expect(straight[p]!.turn).toBe(t);
      if (p > 0) expect(straight[p - 1]!.turn).toBe(t - 1);
      expect(c.turnAt(p)).toBe(t);
    }
    expect(c.turnStart(999)).toBe(c.turnStart(c.lastTurn));
  });

  it('keeps each command’s events for the log and the timeline', () => {
    const c = open();
    const ends = c.steps.filter((s) => s.command.type === 'end-turn');
    expect(ends.length).toBeGreaterThan(5);
    expect(c.steps.some((s) => s.events.some((e) => e.type === 'turn-started'))).toBe(true);
    expect(c.steps.every((s, i) => s.index === i)).toBe(true);
  });
});

describe('a branch: take command from here', () => {
  it('keeps the parent’s commands up to the branch point, verifies, and names its parent', () => {
    const c = open();
    const p = c.turnStart(4) + 2;
    const b = c.branch(p, [{ commandIndex: 0, side: 'japanese', player: 'human' }]);
    expect(b.commands).toEqual(record.commands.slice(0, p));
    expect(b.parent).toEqual({ recordHash: recordHash(record), commandIndex: p });
    expect(b.control).toEqual([{ commandIndex: p, side: 'japanese', player: 'human' }]);
    expect(b.turnHashes).toEqual(record.turnHashes.slice(0, 3));
    expect(verifyRecord(tutorial, b)).toMatchObject({ ok: true });
    // The branch's prefix is the parent's: the same content hash up to the branch point.
    expect(recordHash(b)).toBe(recordHash(record, p));
  });

  it('continues with the same dice the parent had: the same next command gives the same state', () => {
    const c = open();
    const p = c.turnStart(3) + 1;
    const b = c.branch(p);
    const r = ReplayCursor.open(tutorial, { ...b, commands: [...b.commands, record.commands[p]!], finalHash: hashState(straight[p + 1]!) });
    expect(r.ok && r.cursor.divergence).toBeNull();
  });
});

describe('a record that does not agree with the rules', () => {
  it('stops at the turn whose hash differs', () => {
    const turnHashes = record.turnHashes.slice();
    turnHashes[3] = '0123456789abcdef';
    const r = ReplayCursor.open(tutorial, { ...record, turnHashes });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cursor.divergence).toMatchObject({ turn: 4, commandIndex: null });
    expect(r.cursor.lastTurn).toBe(5);
    expect(r.cursor.length).toBeLessThan(record.commands.length);
  });

  it('stops before a command the rules refuse', () => {
    const i = record.commands.findIndex((c) => c.turn === 3 && c.command.type === 'move');
    const commands = record.commands.slice();
    const e = commands[i]!;
    commands[i] = { ...e, command: { type: 'move', unitId: 'no-such-unit', to: { q: 0, r: 0 } } };
    const r = ReplayCursor.open(tutorial, { ...record, commands });
    expect(r.ok && r.cursor.divergence).toMatchObject({ turn: 3, commandIndex: i });
    expect(r.ok && r.cursor.length).toBe(i);
  });

  it('refuses a record of another scenario', () => {
    const r = ReplayCursor.open(tutorial, { ...record, scenarioId: 'august-offensive' });
    expect(r.ok).toBe(false);
  });
});

describe('a game’s family among saved games', () => {
  it('finds a branch’s parent and the parent’s branches, even after the parent was played on', () => {
    const c = open();
    const early = c.branch(20);
    const late = c.branch(c.turnStart(5));
    // The parent as saved at the time of the branches was shorter: the family holds by the shared prefix.
    const parentThen = { ...record, commands: record.commands.slice(0, c.turnStart(5) + 3) };
    const others = [
      { id: 'parent', record: parentThen },
      { id: 'early', record: early },
      { id: 'late', record: late },
      { id: 'stranger', record: playRandomGame(tutorial, 99).record },
    ];
    expect(branchRelations(record, 'parent', others)).toEqual({ parents: [], children: [{ id: 'early', commandIndex: 20 }, { id: 'late', commandIndex: c.turnStart(5) }] });
    expect(branchRelations(early, 'early', others).parents).toEqual([{ id: 'parent', commandIndex: 20 }]);
    expect(branchRelations(early, 'early', others).children).toEqual([]);
    // A sibling branched later is no child of the earlier one, nor its parent.
    expect(branchRelations(late, 'late', others)).toEqual({ parents: [{ id: 'parent', commandIndex: c.turnStart(5) }], children: [] });
  });
});

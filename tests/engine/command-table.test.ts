/**
 * The command table: one entry per kind of command (a missing one is a compile error; this checks the runtime side),
 * each parsing a well-formed example back to itself and naming the units it acts with.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, parseCommand } from '../../src/engine/command-shape';
import { commandLabel, commandTitle, commandUnitIds, COMMANDS, unitOrderCandidates } from '../../src/engine/command-table';
import type { CommandOf, CommandType } from '../../src/engine/types';

/** A well-formed command of every kind (a mapped type: a kind without an example does not compile). */
const EXAMPLES: { readonly [K in CommandType]: CommandOf<K> } = {
  move: { type: 'move', unitId: 'a', to: { q: 3, r: -1 } },
  attack: { type: 'attack', unitIds: ['a', 'b'], target: { q: 4, r: 0 } },
  fire: { type: 'fire', unitId: 'a', target: { q: 5, r: 0 } },
  bombard: { type: 'bombard', unitId: 'g', target: { q: 8, r: 2 } },
  'air-strike': { type: 'air-strike', side: 'japanese', target: { q: 1, r: 1 } },
  entrench: { type: 'entrench', unitId: 'a' },
  rally: { type: 'rally', unitId: 'a' },
  'build-bridge': { type: 'build-bridge', unitId: 'e', direction: 3 },
  exit: { type: 'exit', unitId: 'a' },
  'end-turn': { type: 'end-turn' },
};

const ACTORS: Readonly<Record<CommandType, readonly string[]>> = {
  move: ['a'],
  attack: ['a', 'b'],
  fire: ['a'],
  bombard: ['g'],
  'air-strike': [],
  entrench: ['a'],
  rally: ['a'],
  'build-bridge': ['e'],
  exit: ['a'],
  'end-turn': [],
};

describe('the command table', () => {
  it('has an entry for every command type, and COMMAND_TYPES is its keys', () => {
    expect([...COMMAND_TYPES].sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(COMMAND_TYPES).toEqual(Object.keys(COMMANDS));
    for (const type of COMMAND_TYPES) expect(typeof COMMANDS[type].apply).toBe('function');
  });

  it.each(COMMAND_TYPES.map((t) => [t] as const))('parses a well-formed %s back to itself, as a fresh object', (type) => {
    const example = EXAMPLES[type];
    const r = parseCommand({ ...JSON.parse(JSON.stringify(example)), extra: 'dropped' });
    expect(r).toEqual({ ok: true, command: example });
    if (r.ok) expect(r.command).not.toBe(example);
  });

  it.each(COMMAND_TYPES.map((t) => [t] as const))('names the units a %s acts with, and has words for players', (type) => {
    const example = EXAMPLES[type];
    expect(commandUnitIds(example)).toEqual(ACTORS[type]);
    expect(commandLabel(example)).toMatch(/^[A-Z]/);
    expect(commandTitle(example).length).toBeGreaterThan(5);
  });

  it('keeps the order words the UI shows', () => {
    expect(commandLabel(EXAMPLES.entrench)).toBe('Dig in');
    expect(commandLabel(EXAMPLES['build-bridge'])).toBe('Bridge west');
    expect(commandLabel(EXAMPLES.exit)).toBe('Leave the map');
  });

  it('lists the orders without a target a unit might give, bridges for engineers only', () => {
    expect(unitOrderCandidates({ id: 'a', kind: 'infantry' }).map((c) => c.type)).toEqual(['entrench', 'rally', 'exit']);
    const engineer = unitOrderCandidates({ id: 'e', kind: 'engineer' });
    expect(engineer.filter((c) => c.type === 'build-bridge').map((c) => (c.type === 'build-bridge' ? c.direction : -1))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('refuses a malformed command of each kind with bad-shape', () => {
    for (const type of COMMAND_TYPES) {
      if (type === 'end-turn') continue;
      const r = parseCommand({ type });
      expect(r.ok === false && r.code, type).toBe('bad-shape');
    }
  });
});

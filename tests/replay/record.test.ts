/** Game records: round trip, verification, the first divergent turn of a tampered record, and refused files. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine/hash';
import { parseRecord, recordHash, serializeRecord, type GameRecord } from '../../src/replay/record';
import { replayRecord, verifyRecord } from '../../src/replay/replay';
import { contentHash } from '../../src/scenario/content-hash';
import { formatFileError, parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { playRandomGame } from './play-random';

const load = (path: string): Scenario => {
  const r = parseScenario(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
};
const tutorial = load('scenarios/tutorial.json');
const game = playRandomGame(tutorial, 11, { 'tutorial-japanese-strength': 75 });
const record = game.record;
const text = serializeRecord(record);
const errorsOf = (t: string, s?: Scenario) => {
  const r = parseRecord(t, s ? { id: s.id, contentHash: contentHash(s) } : undefined);
  return r.ok ? [] : r.errors.map(formatFileError);
};

describe('a recorded game', () => {
  it('is a whole game with a hash per turn', () => {
    expect(game.state.result).not.toBeNull();
    expect(record.turnHashes).toHaveLength(tutorial.clock.turns);
    expect(record.finalHash).toBe(hashState(game.state));
    expect(record.levers['tutorial-japanese-strength']).toBe(75);
    expect(record.commands.filter((c) => c.command.type !== 'end-turn').length).toBeGreaterThan(10);
    expect(record.commands[0]).toMatchObject({ turn: 1, side: 'soviet' });
  });

  it('round-trips through its file text', () => {
    const parsed = parseRecord(text, { id: 'tutorial', contentHash: contentHash(tutorial) });
    expect(parsed.ok && parsed.record).toEqual(record);
    expect(serializeRecord(parsed.ok ? parsed.record : record)).toBe(text);
  });

  it('replays to the same final state and verifies turn by turn', () => {
    const replay = replayRecord(tutorial, record);
    expect(replay.ok && hashState(replay.state)).toBe(hashState(game.state));
    expect(verifyRecord(tutorial, record)).toEqual({ ok: true, turns: tutorial.clock.turns, finalHash: record.finalHash });
  });

  it('replays a log of bare commands (without turn and side) the same way', () => {
    const bare = { ...record, commands: record.commands.map((c) => ({ command: c.command })) };
    const parsed = parseRecord(JSON.stringify({ ...bare, commands: bare.commands.map((c) => c.command) }));
    expect(parsed.ok && verifyRecord(tutorial, parsed.record).ok).toBe(true);
  });
});

describe('a tampered record names the first turn that differs', () => {
  const firstOfTurn = (r: GameRecord, turn: number) => r.commands.findIndex((c) => c.turn === turn && c.command.type !== 'end-turn');

  it('a changed turn hash', () => {
    const turnHashes = record.turnHashes.slice();
    turnHashes[4] = '0123456789abcdef';
    const v = verifyRecord(tutorial, { ...record, turnHashes });
    expect(v).toEqual({ ok: false, turn: 5, message: `turn 5: the replayed state (hash ${record.turnHashes[4]}) differs from the record (hash 0123456789abcdef) (the record was made by test)` });
  });

  it('a command removed from turn 3', () => {
    const i = firstOfTurn(record, 3);
    expect(i).toBeGreaterThan(0);
    const commands = record.commands.filter((_, k) => k !== i);
    const v = verifyRecord(tutorial, { ...record, commands });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.turn).toBe(3);
    expect(!v.ok && v.message).toMatch(/^turn 3: /);
  });

  it('a different seed diverges in turn 1', () => {
    const v = verifyRecord(tutorial, { ...record, seed: 12 });
    expect(!v.ok && v.turn).toBe(1);
  });

  it('a truncated log', () => {
    const cut = record.commands.findIndex((c) => c.turn === 6);
    const v = verifyRecord(tutorial, { ...record, commands: record.commands.slice(0, cut) });
    expect(v).toEqual({ ok: false, turn: 6, message: 'turn 6: the record has a hash for this turn but its commands do not finish it (the record was made by test)' });
  });
});

describe('record versions', () => {
  it('reads a version 1 record as version 2', () => {
    const parsed = parseRecord(text.replace('"recordVersion": 2', '"recordVersion": 1'));
    expect(parsed.ok && parsed.record).toEqual(record);
  });

  it('keeps a branch’s parent, its name and who took command', () => {
    const branch = { ...record, name: 'What if the tanks waited', parent: { recordHash: recordHash(record), commandIndex: 12 }, control: [{ commandIndex: 12, side: 'japanese' as const, player: 'human' as const }] };
    const parsed = parseRecord(serializeRecord(branch));
    expect(parsed.ok && parsed.record).toEqual(branch);
  });

  it('hashes a record’s game, not its name, and a prefix of it on request', () => {
    const named: GameRecord = { ...record, name: 'x' };
    expect(recordHash(named)).toBe(recordHash(record));
    expect(recordHash(record, 10)).toBe(recordHash({ ...record, commands: record.commands.slice(0, 10) }));
    expect(recordHash(record, 10)).not.toBe(recordHash(record));
  });
});

describe('records that are refused, with a clear message', () => {
  it.each<[string, () => string, string[]]>([
    ['corrupt JSON', () => text.slice(0, 200), [/^not a game record: not valid JSON: line \d+, column \d+: /.source]],
    ['not an object', () => '"hello"', ['not a game record: a record is one JSON object ({ … })']],
    ['a newer version', () => text.replace('"recordVersion": 2', '"recordVersion": 7'), ['recordVersion: this record is of recordVersion 7 (it was made by a newer version of the game); this game reads records of versions 1 and 2']],
    ['no version', () => text.replace('"recordVersion": 2,', ''), ['recordVersion: this record has no recordVersion; this game reads records of versions 1 and 2']],
    ['a version 1 record with a version 2 field', () => text.replace('"recordVersion": 2,', '"recordVersion": 1, "name": "x",'), ["name: 'name' came in recordVersion 2; this record says it is version 1"]],
    ['a control change past the log', () => text.replace('"recordVersion": 2,', '"recordVersion": 2, "control": [{"commandIndex": 999999, "side": "soviet", "player": "human"}],'), [/^control\[0\]\.commandIndex: the record has only \d+ commands$/.source]],
    ['a malformed command', () => text.replace('"type":"end-turn"', '"type":"teleport"'), [/^commands\[\d+\]\.command: Unknown command "teleport"; expected one of move, /.source]],
    ['a malformed log entry', () => text.replace('{"turn":1,', '{"turn":0,'), ['commands[0].turn: expected a turn number (1 or more), found the number 0']],
    ['an unknown key in a log entry', () => text.replace('{"turn":1,', '{"when":1,"turn":1,'), ["commands[0].when: unknown key 'when' (allowed: turn, side, command)"]],
    ['a bad hash', () => text.replace(`"finalHash": "${record.finalHash}"`, '"finalHash": "xyz"'), ['finalHash: a state hash of 16 hex digits expected, found the text "xyz"']],
  ])('%s', (_, make, expected) => {
    const errors = errorsOf(make());
    expect(errors).toHaveLength(expected.length);
    errors.forEach((e, k) => expect(e).toMatch(new RegExp(expected[k]!.startsWith('^') ? expected[k]! : `^${escape(expected[k]!)}$`)));
  });

  it('over 20 MB, before reading it', () => {
    expect(errorsOf(' '.repeat(20 * 1024 * 1024 + 1))).toEqual(['the file is over 20.0 MB; game records may be at most 20 MB']);
  });

  it('a record of another scenario, or of different content of the same one', () => {
    const other = load('tests/fixtures/scenarios/valid-small.json');
    expect(errorsOf(text, other)).toEqual(["scenarioId: this record is a game of 'tutorial', not of 'valid-small'"]);
    const doc = JSON.parse(readFileSync('scenarios/tutorial.json', 'utf8')) as { units: { men: number }[] };
    doc.units[0]!.men += 1;
    const edited = parseScenario(JSON.stringify(doc));
    if (!edited.ok) throw new Error('edited tutorial should parse');
    expect(errorsOf(text, edited.scenario)).toEqual([
      `scenarioHash: this record was played on different content of 'tutorial' (content hash ${record.scenarioHash}, this file has ${contentHash(edited.scenario)}); it cannot be replayed on this version`,
    ]);
    expect(verifyRecord(edited.scenario, record)).toMatchObject({ ok: false, turn: null });
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A game record: everything needed to play a game again move by move and to prove it came out the same. Save and
 * replay are the same file. It holds the scenario's id and content hash, the levers and the seed, who played each side,
 * the command log (each command with the turn and side it was issued in), the state hash after every turn and at the
 * end. `parseRecord`/`serializeRecord` are the pair that read and write it (ARCHITECTURE.md, "Game records").
 */
import { z } from 'zod';
import { hashValue, MAX_SEED, MAX_SEED_TEXT, parseCommand, SEED_RANGE_TEXT, type Command, type Side } from '../engine';
import { describeValue, forbiddenKeys, formatPath, parseJsonText, textTooLarge, zodErrors, type FileError } from '../format';

/**
 * Version 2 added `name`, `parent` (where a branch left its parent game) and `control` (who took command of a side,
 * from which command on). Version 1 records are read as version 2 records without them.
 */
export const RECORD_VERSION = 2;
/** The versions this game reads. */
export const READABLE_RECORD_VERSIONS: readonly number[] = [1, 2];
/** Records larger than this are refused before they are read as JSON. */
export const RECORD_MAX_BYTES = 20 * 1024 * 1024;

/** One entry of the log. */
export interface RecordedCommand {
  /** The turn and side the command was issued in (absent in logs written without them; replay does not need them). */
  readonly turn?: number;
  readonly side?: Side;
  readonly command: Command;
}

const hash = z.string().regex(/^[0-9a-f]{16}$/, { error: 'a state hash of 16 hex digits expected' });
const PlayerSchema = z.strictObject({
  player: z.enum(['ai', 'human']),
  /** The AI's difficulty when the AI played the side (e.g. "regular"). */
  difficulty: z.string().min(1).optional(),
});

/** Where a branch left its parent game: the parent's content hash then, and how many of its commands it kept. */
const ParentSchema = z.strictObject({
  recordHash: hash,
  commandIndex: z.int().min(0),
});

/** From command `commandIndex` on, `side` was commanded by `player` (a branch's "take command from here"). */
const ControlChangeSchema = z.strictObject({
  commandIndex: z.int().min(0),
  side: z.enum(['soviet', 'japanese']),
  player: z.enum(['ai', 'human']),
  difficulty: z.string().min(1).optional(),
});

const GameRecordSchema = z.strictObject({
  recordVersion: z.union([z.literal(1), z.literal(2)]),
  engineVersion: z.string().min(1),
  scenarioId: z.string().min(1),
  scenarioHash: z.string().min(1),
  levers: z.record(z.string(), z.int()),
  /** A player's seed (0 to 2^32 − 1, as sim, batch and the browser take it) or a string derived inside the game. */
  seed: z.union([z.int().min(0).max(MAX_SEED), z.string().min(1).max(MAX_SEED_TEXT)], {
    error: `a seed is ${SEED_RANGE_TEXT} (or a text of at most ${MAX_SEED_TEXT} characters)`,
  }),
  sides: z.strictObject({ soviet: PlayerSchema, japanese: PlayerSchema }).optional(),
  /** A name the player gave the game (the saved-games list shows it). */
  name: z.string().min(1).max(120).optional(),
  parent: ParentSchema.optional(),
  control: z.array(ControlChangeSchema).max(10_000).optional(),
  /** Each entry `{ turn, side, command }`, or a bare command. */
  commands: z.array(z.unknown()),
  /** `turnHashes[t - 1]`: the state hash when turn t was over (both sides' parts), or when the game ended in it. */
  turnHashes: z.array(hash),
  finalHash: hash,
});

export type PlayerSetting = z.infer<typeof PlayerSchema>;
export type RecordParent = z.infer<typeof ParentSchema>;
export type ControlChange = z.infer<typeof ControlChangeSchema>;

export interface GameRecord extends Omit<z.infer<typeof GameRecordSchema>, 'commands' | 'recordVersion' | 'control'> {
  readonly recordVersion: typeof RECORD_VERSION;
  readonly control?: readonly ControlChange[];
  readonly commands: readonly RecordedCommand[];
}

export type ParseRecordResult = { readonly ok: true; readonly record: GameRecord } | { readonly ok: false; readonly errors: readonly FileError[] };

/** What a record must match: the scenario it will be replayed with. */
export interface RecordScenario {
  readonly id: string;
  readonly contentHash: string;
}

const ENTRY_KEYS = new Set(['turn', 'side', 'command']);

/** Why a `{ turn, side, command }` entry is malformed (path suffix and message), or undefined. Hand-checked: logs are long. */
const entryProblem = (e: Record<string, unknown>): { key: string; message: string } | undefined => {
  for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) return { key: k, message: `unknown key '${k}' (allowed: turn, side, command)` };
  const turn = e.turn;
  if (!Number.isInteger(turn) || (turn as number) < 1) return { key: 'turn', message: `expected a turn number (1 or more), found ${describeValue(turn)}` };
  if (e.side !== 'soviet' && e.side !== 'japanese') return { key: 'side', message: `expected 'soviet' or 'japanese', found ${describeValue(e.side)}` };
  return undefined;
};

/** Each log entry as a well-formed command (the engine's own shape check), with its path on error. */
const parseCommands = (items: readonly unknown[], errors: FileError[]): RecordedCommand[] => {
  const out: RecordedCommand[] = [];
  items.forEach((item, i) => {
    const isEntry = item !== null && typeof item === 'object' && !Array.isArray(item) && 'command' in item;
    let entry: { turn?: number; side?: Side; command: unknown } = { command: item };
    if (isEntry) {
      const e = item as Record<string, unknown>;
      const problem = entryProblem(e);
      if (problem) {
        errors.push({ path: formatPath(['commands', i, problem.key]), message: problem.message });
        return;
      }
      entry = { turn: e.turn as number, side: e.side as Side, command: e.command };
    }
    const c = parseCommand(entry.command);
    if (!c.ok) {
      errors.push({ path: formatPath(isEntry ? ['commands', i, 'command'] : ['commands', i]), message: c.reason });
      return;
    }
    out.push({ ...(entry.turn !== undefined ? { turn: entry.turn } : {}), ...(entry.side ? { side: entry.side } : {}), command: c.command });
  });
  return out;
};

/**
 * Reads a record's text. With `scenario`, also refuses a record made for another scenario or for different content
 * of the same scenario. Never throws; every problem is an error with its JSON path.
 */
export const parseRecord = (text: string, scenario?: RecordScenario): ParseRecordResult => {
  const big = textTooLarge(text, RECORD_MAX_BYTES, 'game records');
  if (big) return { ok: false, errors: [big] };
  const json = parseJsonText(text);
  if (!json.ok) {
    return { ok: false, errors: [{ path: '', message: `not a game record: not valid JSON: line ${json.line}, column ${json.column}: ${json.message}` }] };
  }
  const raw = json.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '', message: 'not a game record: a record is one JSON object ({ … })' }] };
  }
  const forbidden = forbiddenKeys(raw);
  if (forbidden.length) return { ok: false, errors: forbidden.map((e) => ({ path: e.path, message: `not a game record: ${e.message}` })) };
  const version = (raw as Record<string, unknown>).recordVersion;
  if (typeof version !== 'number' || !READABLE_RECORD_VERSIONS.includes(version)) {
    const what = version === undefined ? 'has no recordVersion' : `is of recordVersion ${JSON.stringify(version)}`;
    const newer = typeof version === 'number' && version > RECORD_VERSION ? ' (it was made by a newer version of the game)' : '';
    return { ok: false, errors: [{ path: 'recordVersion', message: `this record ${what}${newer}; this game reads records of versions ${READABLE_RECORD_VERSIONS.join(' and ')}` }] };
  }
  if (version === 1) {
    for (const key of ['name', 'parent', 'control']) {
      if (key in raw) return { ok: false, errors: [{ path: key, message: `'${key}' came in recordVersion 2; this record says it is version 1` }] };
    }
  }
  const parsed = GameRecordSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error, GameRecordSchema, raw) };
  const errors: FileError[] = [];
  const commands = parseCommands(parsed.data.commands, errors);
  const r = parsed.data;
  if (scenario && r.scenarioId !== scenario.id) {
    errors.push({ path: 'scenarioId', message: `this record is a game of '${r.scenarioId}', not of '${scenario.id}'` });
  } else if (scenario && r.scenarioHash !== scenario.contentHash) {
    errors.push({
      path: 'scenarioHash',
      message: `this record was played on different content of '${r.scenarioId}' (content hash ${r.scenarioHash}, this file has ${scenario.contentHash}); it cannot be replayed on this version`,
    });
  }
  r.control?.forEach((c, i) => {
    if (c.commandIndex > commands.length) errors.push({ path: formatPath(['control', i, 'commandIndex']), message: `the record has only ${commands.length} commands` });
  });
  if (errors.length) return { ok: false, errors };
  // A version 1 record is read as a version 2 record without the fields version 2 added.
  const { control, ...rest } = r;
  return { ok: true, record: { ...rest, ...(control ? { control } : {}), recordVersion: RECORD_VERSION, commands } };
};

/**
 * A record's content hash: which game it is (the scenario's content, levers, seed and the first `upTo` commands), not
 * what it is called or who played. A branch keeps its parent's hash at the branch point in `parent.recordHash`.
 */
export const recordHash = (record: Pick<GameRecord, 'scenarioId' | 'scenarioHash' | 'levers' | 'seed' | 'commands'>, upTo = record.commands.length): string =>
  hashValue({
    scenarioId: record.scenarioId,
    scenarioHash: record.scenarioHash,
    levers: record.levers,
    seed: record.seed,
    commands: record.commands.slice(0, upTo).map((c) => c.command),
  });

/** The record as file text: one log entry per line, so a record stays readable and diffs well. */
export const serializeRecord = (record: GameRecord): string => {
  const { commands, ...head } = record;
  const headText = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  const log = commands.map((c) => `  ${JSON.stringify(c)}`).join(',\n');
  return `${headText},\n "commands": [${commands.length ? `\n${log}\n ` : ''}]\n}\n`;
};

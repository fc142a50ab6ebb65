/**
 * The saved games in IndexedDB (through idb-keyval): each one a game record's file text — the same file `sim --record`
 * writes and `replay --verify` checks — with a few words for the saved-games list beside it. The game is saved after
 * every command; a damaged entry is listed as damaged and the others still load; failures (private browsing, a full
 * disk) are reported as values and never stop the game.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { cappedErrors } from '../format';
import { parseRecord, READABLE_RECORD_VERSIONS, serializeRecord, type GameRecord } from '../replay';
import type { ParentOutcome } from './hud/overlays';

/** What the saved-games list shows of a game without reading its whole record. */
export interface SaveSummary {
  readonly id: string;
  /** The player's name for the game, or the scenario's title. */
  readonly name: string;
  readonly scenarioId: string;
  readonly scenarioTitle: string;
  /** The side the player commands, or null in hotseat and for games the computer played alone. */
  readonly side: 'soviet' | 'japanese' | null;
  readonly turn: number;
  readonly turns: number;
  readonly commands: number;
  /** When it was last saved (ISO 8601). */
  readonly savedAt: string;
  /** The result in words when the game is over. */
  readonly result: string | null;
  /** The branch point, when the game is a branch of another. */
  readonly parent?: { readonly recordHash: string; readonly commandIndex: number };
  /** For a branch: how the game it branched from ended, for its end screen to compare with. */
  readonly parentOutcome?: ParentOutcome;
}

interface StoredGame {
  readonly summary: SaveSummary;
  /** The game record's file text. */
  readonly text: string;
}

export type ListedSave = { readonly ok: true; readonly summary: SaveSummary } | { readonly ok: false; readonly id: string; readonly problem: string };

export type LoadedSave = { readonly ok: true; readonly summary: SaveSummary; readonly record: GameRecord } | { readonly ok: false; readonly problem: string };

let storeHandle: UseStore | null = null;
const store = (): UseStore => (storeHandle ??= createStore('khalkhin-gol-1939-games', 'games'));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a stored value is not a saved game, or null. Entries come from an earlier version or a damaged disk. */
const storedProblem = (v: unknown): string | null => {
  if (!isRecord(v)) return 'it is not a saved game';
  if (typeof v.text !== 'string') return 'it holds no game record';
  // Cheap signs of a damaged record, so the list can say so without reading every record in full (loading still
  // checks the whole file): a cut-off text, or a version this game does not read.
  if (!/\}\s*$/.test(v.text.slice(-16))) return 'its game record is cut off';
  const head = v.text.slice(0, Math.max(0, v.text.indexOf('"commands"')) || 4096);
  const version = /"recordVersion"\s*:\s*(\d+)/.exec(head)?.[1];
  if (version === undefined || !READABLE_RECORD_VERSIONS.includes(Number(version))) {
    return `its game record is of ${version === undefined ? 'no known' : `version ${version}, not a`} version this game reads`;
  }
  const s = v.summary;
  if (!isRecord(s) || typeof s.name !== 'string' || typeof s.scenarioId !== 'string' || typeof s.turn !== 'number' || typeof s.savedAt !== 'string') {
    return 'its description is damaged';
  }
  return null;
};

const describeError = (e: unknown): string => {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage is full';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'this browser does not allow saving here (private browsing?)';
  return e instanceof Error ? e.message : String(e);
};

/** Every saved game, newest first, damaged entries included (so they can be deleted); or why none could be read. */
export const listSaves = async (): Promise<{ saves: ListedSave[]; problem: string | null }> => {
  try {
    const all = await entries<IDBValidKey, unknown>(store());
    const saves: ListedSave[] = all.map(([key, value]) => {
      const id = String(key);
      const problem = storedProblem(value);
      return problem ? { ok: false, id, problem } : { ok: true, summary: { ...(value as unknown as StoredGame).summary, id } };
    });
    const time = (s: ListedSave) => (s.ok ? s.summary.savedAt : '');
    saves.sort((a, b) => (time(a) < time(b) ? 1 : time(a) > time(b) ? -1 : 0));
    return { saves, problem: null };
  } catch (e) {
    return { saves: [], problem: `Saved games cannot be read: ${describeError(e)}.` };
  }
};

/** One saved game with its record read and checked. */
export const loadSave = async (id: string): Promise<LoadedSave> => {
  try {
    const value = await get<unknown>(id, store());
    if (value === undefined) return { ok: false, problem: 'There is no such saved game.' };
    const problem = storedProblem(value);
    if (problem) return { ok: false, problem: `The saved game is damaged: ${problem}.` };
    const stored = value as unknown as StoredGame;
    const parsed = parseRecord(stored.text);
    if (!parsed.ok) return { ok: false, problem: `The saved game is damaged: ${cappedErrors(parsed.errors, 5).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}.` };
    return { ok: true, summary: { ...stored.summary, id }, record: parsed.record };
  } catch (e) {
    return { ok: false, problem: `The saved game cannot be read: ${describeError(e)}.` };
  }
};

/**
 * Saves coalesce per game: while one write is in flight only the newest version waits for the next, so a burst of the
 * computer's commands costs two writes, not one per command, and the last state always lands.
 */
const waiting = new Map<string, StoredGame>();
let inFlight: Promise<string | null> | null = null;

const drain = async (): Promise<string | null> => {
  let problem: string | null = null;
  while (waiting.size > 0) {
    const [id, next] = waiting.entries().next().value as [string, StoredGame];
    waiting.delete(id);
    try {
      await set(id, next, store());
    } catch (e) {
      problem = `The game could not be saved: ${describeError(e)}. Download the game record to keep it.`;
    }
  }
  inFlight = null;
  return problem;
};

/** Saves a game under `id` (replacing the earlier version of the same game); resolves to a problem or null. */
export const writeSave = (summary: SaveSummary, record: GameRecord): Promise<string | null> => {
  waiting.set(summary.id, { summary, text: serializeRecord(record) });
  inFlight ??= drain();
  return inFlight;
};

/** Resolves when every save asked for so far is written. */
export const savesSettled = async (): Promise<void> => {
  while (inFlight) await inFlight;
};

export const renameSave = async (id: string, name: string): Promise<string | null> => {
  const loaded = await loadSave(id);
  if (!loaded.ok) return loaded.problem;
  const record = { ...loaded.record, name };
  return writeSave({ ...loaded.summary, name }, record);
};

export const deleteSave = async (id: string): Promise<string | null> => {
  waiting.delete(id);
  try {
    await del(id, store());
    return null;
  } catch (e) {
    return `The saved game could not be deleted: ${describeError(e)}.`;
  }
};

/** A fresh id for a new saved game. */
export const newSaveId = (): string => crypto.randomUUID();

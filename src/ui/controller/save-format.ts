/**
 * Checking an autosave read back from the browser's storage before trusting it: an old, damaged or foreign entry is
 * refused with a reason and the menu simply starts fresh.
 */
import { COMMAND_TYPES } from '../../engine/command-shape';
import { SIDES } from '../../engine/vocabulary';
import type { SavedGame } from './game-session';
import { DIFFICULTIES, parseSeed } from './url-params';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const parseSavedGame = (data: unknown): { ok: true; saved: SavedGame } | { ok: false; reason: string } => {
  if (!isRecord(data)) return { ok: false, reason: 'The save is not an object.' };
  if (data.saveVersion !== 1) return { ok: false, reason: `Unknown save version ${String(data.saveVersion)}.` };
  const r = data.request;
  if (!isRecord(r)) return { ok: false, reason: 'The save has no game settings.' };
  if (typeof r.scenarioId !== 'string' || r.scenarioId === '') return { ok: false, reason: 'The save names no scenario.' };
  if (typeof r.seed !== 'number' || parseSeed(String(r.seed)) === null) return { ok: false, reason: 'The save has a bad seed.' };
  if (!(SIDES as readonly unknown[]).includes(r.side)) return { ok: false, reason: 'The save has a bad side.' };
  if (r.mode !== 'ai' && r.mode !== 'hotseat') return { ok: false, reason: 'The save has a bad mode.' };
  if (!(DIFFICULTIES as readonly unknown[]).includes(r.difficulty)) return { ok: false, reason: 'The save has a bad difficulty.' };
  if (!isRecord(r.levers) || Object.values(r.levers).some((v) => typeof v !== 'number')) return { ok: false, reason: 'The save has bad levers.' };
  if (!Array.isArray(data.commands)) return { ok: false, reason: 'The save has no command list.' };
  for (const [k, c] of data.commands.entries()) {
    if (!isRecord(c) || typeof c.type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(c.type)) return { ok: false, reason: `Command ${k + 1} in the save is not a command.` };
  }
  return { ok: true, saved: data as unknown as SavedGame };
};

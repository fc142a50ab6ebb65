/**
 * Reading a batch's stats.json back (for `compare` and `merge`): size-limited, JSON checked, and the fields a batch
 * report must have checked by shape — a problem is one line naming the file, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import type { BatchReport } from '../analysis';

const MAX_BYTES = 200 * 1024 * 1024;

export type StatsFile = { readonly ok: true; readonly report: BatchReport } | { readonly ok: false; readonly message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShare = (v: unknown): boolean => isObject(v) && typeof v['count'] === 'number' && typeof v['runs'] === 'number';

/** Reads `path` as a batch report; `full` also requires what `merge` needs (games, plan, labels). */
export const readStatsFile = (path: string, full = false): StatsFile => {
  let text: string;
  try {
    if (statSync(path).size > MAX_BYTES) return { ok: false, message: `${path}: larger than 200 MB; not a batch's stats.json` };
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, message: `${path}: cannot read the file: no such file` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${path}: not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!isObject(data) || typeof data['runs'] !== 'number' || !isObject(data['wins']) || !['soviet', 'japanese', 'draw'].every((k) => isShare((data as { wins: Record<string, unknown> }).wins[k]))) {
    return { ok: false, message: `${path}: not a batch's stats.json (no runs and wins); write one with npm run -s batch -- … --out FILE` };
  }
  for (const k of ['losses', 'casualtyPercent', 'events', 'turnsPlayed', 'decisive']) if (!isObject(data[k])) return { ok: false, message: `${path}: not a batch's stats.json (no ${k})` };
  if (full) {
    if (!Array.isArray(data['games']) || !isObject(data['plan']) || !isObject(data['labels']) || typeof data['scenarioHash'] !== 'string') {
      return { ok: false, message: `${path}: has no games, seed plan or labels; only stats.json written by this version of batch can be merged` };
    }
  }
  return { ok: true, report: data as unknown as BatchReport };
};

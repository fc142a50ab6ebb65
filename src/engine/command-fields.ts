/**
 * Reading the fields of a command that arrived as JSON from anywhere: small checks that never throw, shared by the
 * command table's parsers.
 */
import { refuse } from './acting-unit';
import type { Axial } from './hex';
import type { Refusal } from './types';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isCoordinate = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 10_000;
/** A fresh `{q, r}` from a value that looks like a hex, or null. */
export const asHex = (v: unknown): Axial | null => (isRecord(v) && isCoordinate(v['q']) && isCoordinate(v['r']) ? { q: v['q'], r: v['r'] } : null);

/** The refusal of a malformed command. */
export const badShape = (reason: string): Refusal => refuse('bad-shape', reason);

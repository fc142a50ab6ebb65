/**
 * Checking a command's shape before any rule sees it. Commands arrive from the UI, the AI and replay files (JSON
 * from anywhere), so anything may come in: this turns an unknown value into a well-formed `Command` or a sentence
 * saying what is wrong with it. It never throws, whatever it is given.
 */
import type { Axial, Direction } from './hex';
import type { Command, CommandType } from './types';
import { SIDES, type Side } from './vocabulary';

export const COMMAND_TYPES: readonly CommandType[] = [
  'move',
  'attack',
  'fire',
  'bombard',
  'air-strike',
  'entrench',
  'rally',
  'build-bridge',
  'exit',
  'end-turn',
];

export type ShapeResult = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isCoordinate = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 10_000;
const asHex = (v: unknown): Axial | null => (isRecord(v) && isCoordinate(v['q']) && isCoordinate(v['r']) ? { q: v['q'], r: v['r'] } : null);

const bad = (reason: string): ShapeResult => ({ ok: false, reason });

/** A well-formed command (a fresh plain object with only the known fields), or why the input is not one. */
export const parseCommand = (input: unknown): ShapeResult => {
  if (!isRecord(input)) return bad('A command must be an object with a "type".');
  const type = input['type'];
  if (typeof type !== 'string') return bad('A command needs a "type".');
  if (!(COMMAND_TYPES as readonly string[]).includes(type)) {
    return bad(`Unknown command "${type.slice(0, 40)}"; expected one of ${COMMAND_TYPES.join(', ')}.`);
  }
  const unitId = input['unitId'];
  const needUnit = (): string | null => (isId(unitId) ? unitId : null);
  const target = asHex(input['target']);
  switch (type as CommandType) {
    case 'end-turn':
      return { ok: true, command: { type: 'end-turn' } };
    case 'entrench':
    case 'rally':
    case 'exit': {
      const id = needUnit();
      if (!id) return bad(`A ${type} command needs the "unitId" of the unit.`);
      return { ok: true, command: { type: type as 'entrench' | 'rally' | 'exit', unitId: id } };
    }
    case 'move': {
      const id = needUnit();
      if (!id) return bad('A move command needs the "unitId" of the unit to move.');
      const to = asHex(input['to']);
      if (!to) return bad('A move command needs a destination "to" as a hex {q, r}.');
      return { ok: true, command: { type: 'move', unitId: id, to } };
    }
    case 'fire':
    case 'bombard': {
      const id = needUnit();
      if (!id) return bad(`A ${type} command needs the "unitId" of the firing unit.`);
      if (!target) return bad(`A ${type} command needs a "target" hex {q, r}.`);
      return { ok: true, command: { type: type as 'fire' | 'bombard', unitId: id, target } };
    }
    case 'attack': {
      const ids = input['unitIds'];
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isId)) {
        return bad('An attack command needs "unitIds": the ids of one or more attacking units.');
      }
      if (ids.length > 50) return bad('An attack can combine at most 50 units.');
      if (new Set(ids).size !== ids.length) return bad('An attack lists the same unit twice.');
      if (!target) return bad('An attack command needs a "target" hex {q, r}.');
      return { ok: true, command: { type: 'attack', unitIds: ids.slice() as string[], target } };
    }
    case 'air-strike': {
      const side = input['side'];
      if (typeof side !== 'string' || !(SIDES as readonly string[]).includes(side)) {
        return bad('An air strike needs the "side" that flies it: soviet or japanese.');
      }
      if (!target) return bad('An air strike needs a "target" hex {q, r}.');
      return { ok: true, command: { type: 'air-strike', side: side as Side, target } };
    }
    case 'build-bridge': {
      const id = needUnit();
      if (!id) return bad('A build-bridge command needs the "unitId" of the engineers.');
      const d = input['direction'];
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 5) {
        return bad('A build-bridge command needs a "direction" from 0 (east) to 5 (north-east).');
      }
      return { ok: true, command: { type: 'build-bridge', unitId: id, direction: d as Direction } };
    }
  }
};

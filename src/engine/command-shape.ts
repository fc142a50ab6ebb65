/**
 * Checking a command's shape before any rule sees it. Commands arrive from the UI, the AI and replay files (JSON
 * from anywhere), so anything may come in: this turns an unknown value into a well-formed `Command` or a refusal
 * with code 'bad-shape' and a sentence saying what is wrong with it. It never throws, whatever it is given. Each
 * kind's fields are read by its entry in the command table (command-table.ts).
 */
import { COMMAND_TYPES, COMMANDS } from './command-table';
import { badShape, isRecord } from './command-fields';
import type { Command, CommandType, Refusal } from './types';

export { COMMAND_TYPES };

export type ShapeResult = { readonly ok: true; readonly command: Command } | Refusal;

const parseKind = <K extends CommandType>(kind: K, input: Readonly<Record<string, unknown>>): ShapeResult => COMMANDS[kind].parse(input);

const isCommandType = (type: string): type is CommandType => Object.prototype.hasOwnProperty.call(COMMANDS, type);

/** A well-formed command (a fresh plain object with only the known fields), or why the input is not one. */
export const parseCommand = (input: unknown): ShapeResult => {
  if (!isRecord(input)) return badShape('A command must be an object with a "type".');
  const type = input['type'];
  if (typeof type !== 'string') return badShape('A command needs a "type".');
  if (!isCommandType(type)) return badShape(`Unknown command "${type.slice(0, 40)}"; expected one of ${COMMAND_TYPES.join(', ')}.`);
  return parseKind(type, input);
};

/**
 * The command table: for every kind of command, how to read it from JSON (`parse`), which units it acts with
 * (`actors`, checked by `applyCommand` before the rule runs), the rule that carries it out (`apply`), and its words for
 * players (`label`, `title`). The table is typed as a mapped type over `CommandType`, so a kind without an entry, or an
 * entry whose functions take the wrong command, does not compile: adding a command is the `Command` union
 * (types.ts) plus one entry here. `COMMAND_TYPES` is the table's keys, in its order.
 *
 * The rule modules do not import this file (the table imports them).
 */
import { applyBuildBridge } from './bridging';
import { applyAirStrike, applyAttack, applyBombard, applyFire } from './combat';
import { asHex, badShape, isId } from './command-fields';
import { applyExit } from './exit';
import { KIND_RULES } from './unit-kinds';
import type { Direction } from './hex';
import { applyMove } from './movement';
import { endTurn } from './turn';
import type { Command, CommandOf, CommandResult, CommandType, GameState, Refusal, Unit } from './types';
import { applyEntrench, applyRally } from './unit-actions';
import { SIDES, type Side } from './vocabulary';

/** A well-formed command of kind K, or why the input is not one (code 'bad-shape'). */
export type Parsed<K extends CommandType> = { readonly ok: true; readonly command: CommandOf<K> } | Refusal;

/** Everything the game needs to know about one kind of command. */
export interface CommandSpec<K extends CommandType> {
  /** The command from an input record whose `type` is K: a fresh plain object with only the known fields. Never throws. */
  readonly parse: (input: Readonly<Record<string, unknown>>) => Parsed<K>;
  /** The ids of the units the command acts with; each must exist, be the active side's and be on the map. */
  readonly actors: (c: CommandOf<K>) => readonly string[];
  /** The rule: the new state and its events, or a refusal. Gets a well-formed command whose actors passed. */
  readonly apply: (state: GameState, c: CommandOf<K>) => CommandResult;
  /** The order's short name for a button or a log ("Dig in", "Bridge east"). */
  readonly label: (c: CommandOf<K>) => string;
  /** What the order does, in a sentence (a button's tooltip). */
  readonly title: string;
  /** The orders of this kind a unit may give without choosing a target hex (order buttons, legal commands). */
  readonly unitOrders?: (unit: Pick<Unit, 'id' | 'kind'>) => readonly CommandOf<K>[];
}

export type CommandTable = { readonly [K in CommandType]: CommandSpec<K> };

const DIRECTION_WORDS = ['east', 'south-east', 'south-west', 'west', 'north-west', 'north-east'] as const;

/** The `unitId` field, or null. */
const unitIdOf = (input: Readonly<Record<string, unknown>>): string | null => {
  const id = input['unitId'];
  return isId(id) ? id : null;
};

/** A command of one unit and a target hex (fire, bombard). */
const parseUnitAtTarget =
  <K extends 'fire' | 'bombard'>(type: K) =>
  (input: Readonly<Record<string, unknown>>): Parsed<K> => {
    const unitId = unitIdOf(input);
    if (!unitId) return badShape(`A ${type} command needs the "unitId" of the firing unit.`);
    const target = asHex(input['target']);
    if (!target) return badShape(`A ${type} command needs a "target" hex {q, r}.`);
    return { ok: true, command: { type, unitId, target } as CommandOf<K> };
  };

/** A command of one unit and nothing else (entrench, rally, exit). */
const parseUnitOnly =
  <K extends 'entrench' | 'rally' | 'exit'>(type: K) =>
  (input: Readonly<Record<string, unknown>>): Parsed<K> => {
    const unitId = unitIdOf(input);
    if (!unitId) return badShape(`A ${type} command needs the "unitId" of the unit.`);
    return { ok: true, command: { type, unitId } as CommandOf<K> };
  };

const oneUnit = (c: { readonly unitId: string }): readonly string[] => [c.unitId];
const noUnits = (): readonly string[] => [];

export const COMMANDS: CommandTable = {
  move: {
    parse(input) {
      const unitId = unitIdOf(input);
      if (!unitId) return badShape('A move command needs the "unitId" of the unit to move.');
      const to = asHex(input['to']);
      if (!to) return badShape('A move command needs a destination "to" as a hex {q, r}.');
      return { ok: true, command: { type: 'move', unitId, to } };
    },
    actors: oneUnit,
    apply: applyMove,
    label: () => 'Move',
    title: 'Move the unit along its cheapest path',
  },
  attack: {
    parse(input) {
      const ids = input['unitIds'];
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isId)) {
        return badShape('An attack command needs "unitIds": the ids of one or more attacking units.');
      }
      if (ids.length > 50) return badShape('An attack can combine at most 50 units.');
      if (new Set(ids).size !== ids.length) return badShape('An attack lists the same unit twice.');
      const target = asHex(input['target']);
      if (!target) return badShape('An attack command needs a "target" hex {q, r}.');
      return { ok: true, command: { type: 'attack', unitIds: ids.slice(), target } };
    },
    actors: (c) => c.unitIds,
    apply: applyAttack,
    label: () => 'Attack',
    title: 'Assault the adjacent hex with one or more units',
  },
  fire: {
    parse: parseUnitAtTarget('fire'),
    actors: oneUnit,
    apply: applyFire,
    label: () => 'Fire',
    title: 'Direct fire at a seen enemy within range',
  },
  bombard: {
    parse: parseUnitAtTarget('bombard'),
    actors: oneUnit,
    apply: applyBombard,
    label: () => 'Bombard',
    title: 'Indirect fire by artillery or mortars',
  },
  'air-strike': {
    parse(input) {
      const side = input['side'];
      if (typeof side !== 'string' || !(SIDES as readonly string[]).includes(side)) {
        return badShape('An air strike needs the "side" that flies it: soviet or japanese.');
      }
      const target = asHex(input['target']);
      if (!target) return badShape('An air strike needs a "target" hex {q, r}.');
      return { ok: true, command: { type: 'air-strike', side: side as Side, target } };
    },
    // Flown by the side, not by units on the map: the rule checks that the side is the one to move.
    actors: noUnits,
    apply: applyAirStrike,
    label: () => 'Air strike',
    title: "Air support on a hex (uses one of the side's sorties)",
  },
  entrench: {
    parse: parseUnitOnly('entrench'),
    actors: oneUnit,
    apply: (state, c) => applyEntrench(state, c.unitId),
    label: () => 'Dig in',
    title: 'Dig in: better protection; the unit does nothing else this turn',
    unitOrders: (unit) => [{ type: 'entrench', unitId: unit.id }],
  },
  rally: {
    parse: parseUnitOnly('rally'),
    actors: oneUnit,
    apply: (state, c) => applyRally(state, c.unitId),
    label: () => 'Rally',
    title: 'Rally: restore cohesion instead of acting',
    unitOrders: (unit) => [{ type: 'rally', unitId: unit.id }],
  },
  'build-bridge': {
    parse(input) {
      const unitId = unitIdOf(input);
      if (!unitId) return badShape('A build-bridge command needs the "unitId" of the engineers.');
      const d = input['direction'];
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 5) {
        return badShape('A build-bridge command needs a "direction" from 0 (east) to 5 (north-east).');
      }
      return { ok: true, command: { type: 'build-bridge', unitId, direction: d as Direction } };
    },
    actors: oneUnit,
    apply: applyBuildBridge,
    label: (c) => `Bridge ${DIRECTION_WORDS[c.direction]}`,
    title: 'Engineers work on a pontoon bridge over the river on that side (several turns)',
    unitOrders: (unit) =>
      KIND_RULES[unit.kind].buildsBridges ? DIRECTION_WORDS.map((_, d) => ({ type: 'build-bridge', unitId: unit.id, direction: d as Direction })) : [],
  },
  exit: {
    parse: parseUnitOnly('exit'),
    actors: oneUnit,
    apply: applyExit,
    label: () => 'Leave the map',
    title: 'Extract the unit here (it counts for extraction objectives)',
    unitOrders: (unit) => [{ type: 'exit', unitId: unit.id }],
  },
  'end-turn': {
    parse: () => ({ ok: true, command: { type: 'end-turn' } }),
    actors: noUnits,
    apply: (state) => endTurn(state),
    label: () => 'End turn',
    title: "End the side's part of the turn",
  },
};

/** Every kind of command, in the table's order. */
export const COMMAND_TYPES = Object.keys(COMMANDS) as readonly CommandType[];

/** The command's rule, from the table; `kind` is `c.type` (passed apart so the entry and the command agree in type). */
const runRule = <K extends CommandType>(state: GameState, kind: K, c: CommandOf<K>): CommandResult => COMMANDS[kind].apply(state, c);

/** Carries out a well-formed command whose actors have been checked (see `applyCommand`). */
export const dispatch = (state: GameState, c: Command): CommandResult => runRule(state, c.type, c);

const actorsOf = <K extends CommandType>(kind: K, c: CommandOf<K>): readonly string[] => COMMANDS[kind].actors(c);
const labelOf = <K extends CommandType>(kind: K, c: CommandOf<K>): string => COMMANDS[kind].label(c);

/** The ids of the units a command acts with. */
export const commandUnitIds = (c: Command): readonly string[] => actorsOf(c.type, c);

/** The command's short name for players ("Dig in", "Bridge east"). */
export const commandLabel = (c: Command): string => labelOf(c.type, c);

/** What the command does, in a sentence. */
export const commandTitle = (c: Command): string => COMMANDS[c.type].title;

/** Every order without a target hex the unit might give (dig in, rally, bridge, leave), in the table's order; untested. */
export const unitOrderCandidates = (unit: Pick<Unit, 'id' | 'kind'>): Command[] => {
  const out: Command[] = [];
  for (const kind of COMMAND_TYPES) out.push(...(COMMANDS[kind].unitOrders?.(unit) ?? []));
  return out;
};

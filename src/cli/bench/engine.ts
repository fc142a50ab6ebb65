/**
 * Core engine benchmarks: the state hash, commands through applyCommand (a move, a dig), a whole turn's end, and the
 * list of legal commands — on the August offensive as it starts (the biggest bundled battle) and on a synthetic
 * 300-unit battle.
 */
import { readFileSync } from 'node:fs';
import { applyCommand, hashState, hexAt, legalCommands, reachable, type Command, type GameState } from '../../engine';
import { createGame, parseScenario } from '../../scenario';
import type { BenchCase } from '../bench-case';
import { syntheticState } from './synthetic-battle';

let battle: GameState | null = null;
const synthetic = (): GameState => (battle ??= syntheticState());

let august: GameState | null = null;
const augustState = (): GameState => {
  if (!august) {
    const parsed = parseScenario(readFileSync('scenarios/august-offensive.json', 'utf8'));
    if (!parsed.ok) throw new Error(`bench: august-offensive does not parse: ${parsed.errors[0]?.message}`);
    august = createGame(parsed.scenario, { seed: 1 });
  }
  return august;
};

/** The longest move of the first unit of the side to move that can move at all. */
let longMove: Command | null = null;
const augustMove = (): Command => {
  if (longMove) return longMove;
  const s = augustState();
  for (const u of s.units) {
    if (u.side !== s.activeSide || !u.hex) continue;
    const reach = reachable(s, u.id);
    const far = reach?.destinations.at(-1);
    if (far === undefined) continue;
    const cmd: Command = { type: 'move', unitId: u.id, to: hexAt(s.setup.map, far) };
    if (applyCommand(s, cmd).ok) return (longMove = cmd);
  }
  throw new Error('bench: no unit can move in the August offensive');
};

const mustApply = (s: GameState, command: unknown): GameState => {
  const r = applyCommand(s, command);
  if (!r.ok) throw new Error(`bench: ${JSON.stringify(command)} refused: ${r.reason}`);
  return r.state;
};

export const cases: BenchCase[] = [
  { name: 'hashState, 300 units', unit: 'ms', target: '≤ 0.5 ms', setup: () => void synthetic(), run: () => hashState(synthetic()) },
  { name: 'applyCommand move, August offensive', unit: 'µs', target: '≤ 200 µs', setup: () => void augustMove(), run: () => applyCommand(augustState(), augustMove()) },
  {
    name: 'applyCommand entrench, 300 units',
    unit: 'µs',
    target: '≤ 50 µs',
    setup: () => void synthetic(),
    run: () => applyCommand(synthetic(), { type: 'entrench', unitId: 'sov-000' }),
  },
  {
    name: 'whole turn end (both parts), 300 units',
    unit: 'ms',
    target: '≤ 2 ms',
    setup: () => void synthetic(),
    run: () => mustApply(mustApply(synthetic(), { type: 'end-turn' }), { type: 'end-turn' }),
  },
  {
    name: 'whole turn end (both parts), August offensive',
    unit: 'ms',
    target: '≤ 2 ms',
    setup: () => void augustState(),
    run: () => mustApply(mustApply(augustState(), { type: 'end-turn' }), { type: 'end-turn' }),
  },
  {
    name: 'legalCommands, August offensive side to move',
    unit: 'ms',
    target: '≤ 20 ms',
    budgetMs: 3000,
    setup: () => void augustState(),
    run: () => legalCommands(augustState(), augustState().activeSide),
  },
];

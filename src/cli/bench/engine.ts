/** Core engine benchmarks: the state hash, a command through applyCommand, and a whole turn's end. */
import { applyCommand } from '../../engine/apply-command';
import { hashState } from '../../engine/hash';
import type { GameState } from '../../engine/types';
import type { BenchCase } from '../bench-case';
import { syntheticState } from './synthetic-battle';

let battle: GameState | null = null;
const state = (): GameState => (battle ??= syntheticState());

const mustApply = (s: GameState, command: unknown): GameState => {
  const r = applyCommand(s, command);
  if (!r.ok) throw new Error(`bench: ${JSON.stringify(command)} refused: ${r.reason}`);
  return r.state;
};

export const cases: BenchCase[] = [
  {
    name: 'hashState, 300 units',
    unit: 'ms',
    target: '≤ 0.5 ms',
    setup: () => void state(),
    run: () => hashState(state()),
  },
  {
    name: 'applyCommand entrench, 300 units',
    unit: 'µs',
    target: '≤ 50 µs',
    setup: () => void state(),
    run: () => applyCommand(state(), { type: 'entrench', unitId: 'sov-000' }),
  },
  {
    name: 'whole turn end (both parts), 300 units',
    unit: 'ms',
    target: '≤ 2 ms',
    setup: () => void state(),
    run: () => mustApply(mustApply(state(), { type: 'end-turn' }), { type: 'end-turn' }),
  },
];

/**
 * A whole game of random legal commands (a seeded choice among `legalCommands`), written to a record as it goes:
 * the game records are tested on these, so they need no AI.
 */
import { applyCommand } from '../../src/engine/apply-command';
import { legalCommands } from '../../src/engine/legal-commands';
import { Rng, seedRng } from '../../src/engine/rng';
import type { Command, GameState } from '../../src/engine/types';
import type { GameRecord } from '../../src/replay/record';
import { RecordWriter } from '../../src/replay/replay';
import { createGame } from '../../src/scenario/create-game';
import type { Scenario } from '../../src/scenario/schema';

export const playRandomGame = (
  scenario: Scenario,
  seed: number,
  levers: Record<string, number> = {},
  commandsPerSide = 4,
): { record: GameRecord; state: GameState } => {
  let state = createGame(scenario, { seed, levers });
  const writer = new RecordWriter(state, { engineVersion: 'test', seed, sides: { soviet: { player: 'ai', difficulty: 'regular' }, japanese: { player: 'human' } } });
  const chooser = new Rng(seedRng(`chooser:${seed}`));
  const apply = (c: Command): boolean => {
    const r = applyCommand(state, c);
    if (!r.ok) return false;
    writer.push(state, c, r.state);
    state = r.state;
    return true;
  };
  for (let guard = 0; guard < 1000 && state.result === null; guard++) {
    for (let k = 0; k < commandsPerSide; k++) {
      const options = legalCommands(state, state.activeSide).filter((c) => c.type !== 'end-turn');
      if (options.length === 0) break;
      apply(options[chooser.int(options.length)]!);
      if (state.result) break;
    }
    if (state.result === null && !apply({ type: 'end-turn' })) throw new Error('end-turn refused');
  }
  return { record: writer.record(), state };
};

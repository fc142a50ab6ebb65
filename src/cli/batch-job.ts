/**
 * What a batch run plays: a scenario (id or path), levers and the AI level per side — and a function that plays one
 * seed of it. Shared by the main thread (single-threaded runs) and the workers.
 */
import type { Difficulty } from '../ai';
import type { GameResultSummary } from '../analysis';
import { loadScenarioGame, runGame } from '../game/node';

export interface BatchJob {
  readonly scenario: string;
  readonly levers: Readonly<Record<string, number>>;
  readonly soviet: Difficulty;
  readonly japanese: Difficulty;
}

export interface PreparedScenario {
  play(seed: number): GameResultSummary;
}

export const prepareScenario = (job: BatchJob): PreparedScenario => {
  const loaded = loadScenarioGame(job.scenario);
  if (!loaded.ok) throw new Error(loaded.message);
  return {
    play(seed) {
      const start = loaded.start(seed, job.levers);
      if (!start.ok) throw new Error(start.message);
      return runGame({
        state: start.state,
        plan: loaded.plan,
        difficulty: { soviet: job.soviet, japanese: job.japanese },
        seed,
        levers: start.levers,
        engineVersion: loaded.engineVersion,
      }).summary;
    },
  };
};

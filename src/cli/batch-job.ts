/**
 * What a batch run plays: a scenario (its file's text, read once by the main thread), levers and the AI level per
 * side — and a function that plays one seed of it. Shared by the main thread (single-threaded runs) and the workers,
 * which are bundled into one JavaScript file (src/cli/worker-bundle.ts): so this module uses the browser-safe door of
 * src/game, not src/game/node.
 */
import type { Difficulty } from '../ai';
import type { GameResultSummary } from '../analysis';
import { loadScenarioText, runGame } from '../game';

export interface BatchJob {
  readonly scenarioText: string;
  readonly fileName: string;
  readonly levers: Readonly<Record<string, number>>;
  readonly soviet: Difficulty;
  readonly japanese: Difficulty;
}

export interface PreparedScenario {
  play(seed: number): GameResultSummary;
}

export const prepareScenario = (job: BatchJob): PreparedScenario => {
  const loaded = loadScenarioText(job.scenarioText, job.fileName);
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

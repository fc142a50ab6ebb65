/**
 * Which games a lab plays, in what order: both arms play the same seeds, interleaved (A1, B1, A2, B2 …), so the
 * comparison is paired run by run and a batch stopped early stays balanced — at any moment the finished games are
 * whole pairs but for the few in flight. `pairedRuns` keeps only the runs both arms finished.
 *
 * From a position of a saved game or replay ("run N games from here") there are no seeds to start from: the state
 * there already holds the engine's dice (its RNG state). Run k re-seeds that RNG with the string
 * `fromHereSeed(record seed, command index, seedStart + k)`; the computer's play is deterministic given the state, so
 * the run is reproducible from the record, the index and its seed, and runs differ only in the dice.
 */
import { seedRng, type GameState } from '../../engine';

export type Arm = 'a' | 'b';

export interface LabJob {
  /** Its place in the playing order (0, 1, 2 …). */
  readonly order: number;
  readonly arm: Arm;
  /** The run number, from 0; the same in both arms for the same seed. */
  readonly run: number;
  readonly seed: number;
}

/** The games of `runs` runs from `seedStart`, interleaved across the arms given. */
export const labJobs = (runs: number, seedStart: number, arms: readonly Arm[]): LabJob[] => {
  const jobs: LabJob[] = [];
  for (let run = 0; run < runs; run++) for (const arm of arms) jobs.push({ order: jobs.length, arm, run, seed: seedStart + run });
  return jobs;
};

/** The run numbers every arm has finished, in order (a cancelled lab compares these only). */
export const pairedRuns = <T>(results: Readonly<Record<Arm, ReadonlyMap<number, T>>>, arms: readonly Arm[]): number[] => {
  const first = results[arms[0] ?? 'a'];
  return [...first.keys()].filter((run) => arms.every((arm) => results[arm].has(run))).sort((x, y) => x - y);
};

/** The RNG seed string of a run from a position (see the module comment). */
export const fromHereSeed = (recordSeed: number | string, commandIndex: number, seed: number): string => `${String(recordSeed)}/from-command-${commandIndex}/run-seed-${seed}`;

/** The state a run from a position starts in: the position with its dice re-seeded for this run. */
export const reseeded = (state: GameState, recordSeed: number | string, commandIndex: number, seed: number): GameState => ({
  ...state,
  rng: seedRng(fromHereSeed(recordSeed, commandIndex, seed)),
});

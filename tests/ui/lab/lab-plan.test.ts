import { describe, expect, it } from 'vitest';
import { fromHereSeed, labJobs, pairedRuns, reseeded } from '../../../src/ui/lab/lab-plan';
import { seedRng, type GameState } from '../../../src/engine';

describe('the lab plan', () => {
  it('interleaves the arms over the same seeds: A1, B1, A2, B2 …', () => {
    expect(labJobs(3, 7, ['a', 'b']).map((j) => `${j.arm}${j.run}:${j.seed}@${j.order}`)).toEqual(['a0:7@0', 'b0:7@1', 'a1:8@2', 'b1:8@3', 'a2:9@4', 'b2:9@5']);
    expect(labJobs(2, 1, ['a']).map((j) => j.seed)).toEqual([1, 2]);
  });

  it('compares only the runs both arms finished', () => {
    const a = new Map([[0, 'x'], [1, 'x'], [2, 'x']]);
    const b = new Map([[0, 'y'], [2, 'y']]);
    expect(pairedRuns({ a, b }, ['a', 'b'])).toEqual([0, 2]);
    expect(pairedRuns({ a, b: new Map() }, ['a'])).toEqual([0, 1, 2]);
  });

  it('re-seeds a position’s dice from the record seed, the command index and the run seed', () => {
    expect(fromHereSeed(42, 130, 3)).toBe('42/from-command-130/run-seed-3');
    const state = { turn: 4, rng: seedRng(42) } as unknown as GameState;
    const one = reseeded(state, 42, 130, 3);
    expect(one.rng).toEqual(seedRng('42/from-command-130/run-seed-3'));
    expect(one.rng).not.toEqual(reseeded(state, 42, 130, 4).rng);
    expect(state.rng).toEqual(seedRng(42));
  });
});

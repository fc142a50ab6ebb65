import { describe, expect, it } from 'vitest';
import { labUrl, parseLabUrl, parseLeverList } from '../../../src/ui/lab/lab-url';

describe('the lab URL', () => {
  it('reads scenario, runs, arms, levels and start', () => {
    const { request, problems } = parseLabUrl('?lab=azuma-encirclement&runs=10&a=japanese-trucks:100&b=japanese-trucks:400,rifle-battalion-149-arrival:-2&japanese=veteran&start=1');
    expect(problems).toEqual([]);
    expect(request).toEqual({
      scenarioId: 'azuma-encirclement',
      runs: 10,
      seedStart: 1,
      a: { 'japanese-trucks': 100 },
      b: { 'japanese-trucks': 400, 'rifle-battalion-149-arrival': -2 },
      difficulty: { soviet: 'regular', japanese: 'veteran' },
      start: true,
    });
  });

  it('has defaults: 100 runs, seeds from 1, A historical, no B, waits for Run', () => {
    expect(parseLabUrl('?lab=tutorial')).toEqual({
      request: { scenarioId: 'tutorial', runs: 100, seedStart: 1, a: {}, b: null, difficulty: { soviet: 'regular', japanese: 'regular' }, start: false },
      problems: [],
    });
    expect(parseLabUrl('?scenario=tutorial').request).toBeNull();
  });

  it('names every bad parameter and what is used instead', () => {
    const { request, problems } = parseLabUrl('?lab=tutorial&runs=ten&seed=-4&a=trucks&b=x:1,:3,y:big&soviet=general&start=yes&colour=red');
    expect(request?.runs).toBe(100);
    expect(request?.b).toEqual({ x: 1 });
    expect(problems).toEqual([
      'runs=ten is not a whole number of games from 1 to 1000; 100 games are played.',
      'seed=-4 is not a whole number from 0 to 4294967295; the seeds start at 1.',
      'A: "trucks" is not LEVER:VALUE (for example japanese-trucks:300); it is left out.',
      'B: ":3" is not LEVER:VALUE (for example japanese-trucks:300); it is left out.',
      'B: "y:big" is not LEVER:VALUE (for example japanese-trucks:300); it is left out.',
      'start=yes is not 1 or 0; the lab waits for Run.',
      'Unknown level "general" for the Soviet side; the computer plays it at regular (the levels are recruit, regular, veteran).',
      'The lab has no parameter "colour"; it is ignored (the lab reads lab, runs, seed, a, b, soviet, japanese and start).',
    ]);
    expect(parseLabUrl('?lab=tutorial&runs=5000')).toMatchObject({ request: { runs: 1000 }, problems: ['runs=5000 is more than the lab plays at once; 1000 games are played.'] });
  });

  it('round-trips through labUrl', () => {
    const { request } = parseLabUrl('?lab=azuma-encirclement&runs=10&seed=7&a=japanese-trucks:100&b=japanese-trucks:400&soviet=recruit');
    const url = labUrl(request!, true);
    expect(url).toBe('?lab=azuma-encirclement&runs=10&seed=7&a=japanese-trucks:100&b=japanese-trucks:400&soviet=recruit&start=1');
    expect(parseLabUrl(url)).toEqual({ request: { ...request, start: true }, problems: [] });
  });

  it('lever lists take negative and decimal values', () => {
    expect(parseLeverList(' a:-6 , b:1.5,', 'A')).toEqual({ levers: { a: -6, b: 1.5 }, problems: [] });
  });
});

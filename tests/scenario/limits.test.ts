/**
 * The file limits are what plays (src/scenario/limits.ts): the benchmark's battle at the limits is a valid file within
 * them, and one more August battle on the same map (765 units, whose side-turns took 2.5 s) is refused.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS_BATTLE } from '../../src/cli/bench/limits';
import { tiledAugust } from '../../src/cli/bench/large-scenario';
import { formatFileError, parseScenario, SCENARIO_LIMITS } from '../../src/scenario';

describe('scenario limits', () => {
  it('the benchmark battle at the limits is a valid file within them', () => {
    const text = JSON.stringify(tiledAugust(LIMITS_BATTLE.across, LIMITS_BATTLE.down, LIMITS_BATTLE.battles));
    const r = parseScenario(text);
    expect(r.ok ? [] : r.errors.slice(0, 3).map(formatFileError)).toEqual([]);
    if (!r.ok) return;
    expect(r.scenario.units).toHaveLength(612);
    expect([r.scenario.map.width, r.scenario.map.height]).toEqual([190, 198]);
    expect(r.scenario.units.length).toBeLessThanOrEqual(SCENARIO_LIMITS.units);
    expect(Math.max(r.scenario.map.width, r.scenario.map.height)).toBeLessThanOrEqual(SCENARIO_LIMITS.mapSide);
    expect(text.length).toBeLessThan(SCENARIO_LIMITS.bytes);
  });

  it('a fifth battle on the same map is past the unit limit', () => {
    const r = parseScenario(JSON.stringify(tiledAugust(5, 3, 5)));
    expect(r.ok ? [] : r.errors.map(formatFileError)).toEqual(['units: 765 units; a scenario may have at most 650']);
  });
});

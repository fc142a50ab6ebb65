/**
 * A scenario in one line, for `validate` and logs: units and men per side, reinforcements included.
 * `azuma-encirclement: ok — soviet 14 units 2,480 men; japanese 9 units 1,960 men`
 */
import { SIDES, type Side } from '../engine';
import type { Scenario } from './schema';

export interface SideStrength {
  readonly units: number;
  readonly men: number;
}

export const sideStrength = (scenario: Scenario, side: Side): SideStrength => {
  const units = scenario.units.filter((u) => u.side === side);
  return { units: units.length, men: units.reduce((sum, u) => sum + u.men, 0) };
};

const thousands = (n: number): string => n.toLocaleString('en-US');

export const scenarioSummary = (scenario: Scenario): string =>
  `${scenario.id}: ok — ${SIDES.map((side) => {
    const s = sideStrength(scenario, side);
    return `${side} ${thousands(s.units)} unit${s.units === 1 ? '' : 's'} ${thousands(s.men)} men`;
  }).join('; ')}`;

/** A minimal game setup for benchmark states built by hand: no objectives, supply sources or milestones. */
import { DEFAULT_SIDE_RULES, type ClockSetup, type GameSetup, type MapData, type UnitSetup } from '../../engine';

export const benchSetup = (
  title: string,
  map: MapData,
  units: readonly UnitSetup[],
  clock: Pick<ClockSetup, 'start' | 'sunrise' | 'sunset'>,
): GameSetup => ({
  scenarioId: 'bench',
  contentHash: 'bench',
  title,
  levers: {},
  map,
  clock: { ...clock, minutesPerTurn: 60, turns: 10, weather: [], firstSide: 'soviet' },
  units,
  supplySources: [],
  rules: { soviet: DEFAULT_SIDE_RULES, japanese: DEFAULT_SIDE_RULES },
  objectives: [],
  milestones: [],
  victory: { decisiveMargin: 20, marginalMargin: 5 },
});

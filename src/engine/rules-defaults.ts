/** Baseline per-side rules before a scenario's overrides and levers. */
import type { SideRules } from './types';

export const DEFAULT_SIDE_RULES: SideRules = {
  supplyRangeMp: 120,
  trucks: 100,
  menPerTruck: 50,
  artilleryAmmoPercent: 100,
  airSorties: 0,
  airStrikesOnBases: false,
  tankFireVulnerabilityPercent: 100,
  combinedArmsPercent: 125,
  alertFromTurn: 0,
  qualityPercent: 100,
  preparedPositions: false,
};

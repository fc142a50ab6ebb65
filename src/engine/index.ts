/**
 * The engine's public API: what the scenario, AI, replay, analysis, CLI and UI layers import. Everything here is
 * pure and deterministic; see docs/engine-contracts.md for who owns which module.
 */
export * from './vocabulary';
export * from './types';
export * from './hex';
export * from './map';
export * from './equipment';
export { seedRng, Rng, type RngState } from './rng';
export { DEFAULT_SIDE_RULES } from './rules-defaults';
export { createInitialState, unitFromSetup, NO_ACTIONS, type GameOptions } from './game';
export { findUnit, unitIndex, updateUnit, updateUnits, addCounts } from './state-update';
export { clockAt, turnTime, turnOfTurns, type TurnClock, type Light } from './time';
export { hasLineOfSight, sightBlocker } from './line-of-sight';
export { viewFor, visibleHexes, canSpot, sideSees, spottingRangeMetres, fogUnit, estimateMen, FOG_RNG, type SideView } from './vision';
export { applyCommand, tryCommand, commandUnitIds } from './apply-command';
export { parseCommand, COMMAND_TYPES } from './command-shape';
export { legalCommands, weaponReachHexes } from './legal-commands';
export { hashState, hashValue } from './hash';
export { endTurn, startSideTurn } from './turn';
export { beginSidePart, endSidePart, isOnMap } from './side-part';
export { applyEntrench, applyRally, entrenchmentCap, inContact, rallyChancePercent, MAX_ENTRENCHMENT, SHAKEN_COHESION } from './unit-actions';
export { computeSupply, applySupplyPhase, supplyDistances, markSupply } from './supply';
export { arriveReinforcements } from './reinforcements';
export { updateControl, controller, trackedHexes } from './hex-control';
export { checkMilestones, milestoneReached } from './milestones';
export { scoreObjectives, finalResult, objectiveMet, checkAchievements, judgeDeadlines, endGame, checkGameEnd, sideInPlay } from './victory';
export { brokenPercent, equipmentLostPercent, sideLossPercent, linkedUp, menLost, menOutOfAction } from './battle-conditions';
export { unitMobility, movementAllowance, fullAllowance, scaledAllowance, allowancePercent, BASE_MP, MEN_PER_TRUCK } from './mobility';
export { TERRAIN_COSTS, ROAD_COSTS, RIVER_COSTS, SLOPE_COSTS, SLOPE_THRESHOLDS, IMPASSABLE, stepCost, slopeCost, stateStepCosts, mapStepCosts } from './movement-costs';
export { reachable, pathTo, costTo, moveCost, applyMove, Reachability, type ReachableHex } from './movement';
export { zoneOfControl, exertsZoneOfControl } from './zone-of-control';
export { occupancy, stackingProblem, stackLimitPoints, MAX_UNITS_PER_HEX, STACK_POINTS, type Occupancy } from './stacking';
export { crossingAt, edgeKey, parseEdgeKey, changedCrossingEdges } from './crossings';
export { applyBuildBridge, PONTOON_TURNS } from './bridging';
export { applyExit, isEdgeHex } from './exit';

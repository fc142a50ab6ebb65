/**
 * The engine's front door: the names the scenario, AI, replay, analysis, game, CLI and UI layers use — create a game,
 * apply a command, ask what is legal, reachable and what an attack would do, a side's view, the hash, the clock, the
 * types and the vocabulary. Nothing outside src/engine imports the files behind it (oxlint refuses such an import).
 * Everything here is pure and deterministic; see docs/engine-contracts.md for who owns which module.
 */
export { applyCommand, tryCommand } from './apply-command';
export { applyAttack, type AttackPreview, previewAttack } from './combat';
export { PONTOON_TURNS } from './bridging';
export { buildEngagement, type Engagement } from './combat-engagement';
export { crossingAt, edgeKey, parseEdgeKey } from './crossings';
export { resolveCombat } from './combat-resolve';
export { parseCommand } from './command-shape';
export { commandLabel, commandTitle, unitOrderCandidates } from './command-table';
export { EQUIPMENT, EQUIPMENT_IDS, GUN_CLASSES, TANK_CLASSES } from './equipment';
export { createInitialState } from './game';
export { hashState, hashValue } from './hash';
export { type Axial, axialToOffset, type Direction, type DirectionName, DIRECTIONS, distance, fastDistance, hexKey, hexLine, neighbour, offsetToAxial } from './hex';
export { legalCommands } from './legal-commands';
export { hasLineOfSight } from './line-of-sight';
export { buildMap, hexAt, type HexsideSpec, indexOf, type MapData, type MapSpec, offsetOfIndex, type Place, PLACE_KINDS, type RoadSpec } from './map';
export { unitMobility } from './mobility';
export { applyMove, pathTo, reachable } from './movement';
export { RIVER_COSTS, ROAD_COSTS, TERRAIN_COSTS } from './movement-costs';
export { objectiveDeadline, objectiveHexes } from './objectives';
export { isPlayerSeed, MAX_SEED, MAX_SEED_TEXT, Rng, SEED_RANGE_TEXT, seedRng } from './rng';
export { DEFAULT_SIDE_RULES } from './rules-defaults';
export { makeSetup, makeSideRules, patchState } from './state-shape';
export { makeUnitSetup } from './unit-shape';
export { findUnit, isOnMap, updateUnits } from './state-update';
export { supplyDistances } from './supply';
export { clockAt, type Light, parseLocalDateTime } from './time';
export { type ClockSetup, type Command, type CommandResult, type EquipmentCounts, type GameEvent, type GameResult, type GameSetup, type GameState, type Milestone, type Objective, type SideRules, type SupplySource, type Unit, type UnitLoss, type UnitSetup } from './types';
export { entrenchmentCap } from './unit-actions';
export { KIND_RULES, type NatoSymbol } from './unit-kinds';
export { scoreObjectives } from './victory';
export { sideSees, viewFor, visibleHexes } from './vision';
export { type BySide, EQUIPMENT_CLASSES, SIDE_NAMES, type MobilityClass, type SupplyState, otherSide, type RefusalCode, type Side, SIDES, type Terrain, TERRAINS, UNIT_KINDS, UNIT_SIZES, type UnitKind, type UnitSize, type VictoryLevel, type Winner } from './vocabulary';
export { zoneOfControl } from './zone-of-control';

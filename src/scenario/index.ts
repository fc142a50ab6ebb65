/**
 * The scenario layer's front door: parsing and checking scenario files (`parseScenario`, every error with its path),
 * starting a game from one (`createGame`, `buildSetup`), levers, the content hash, the registry of bundled scenarios
 * and the AI plan's vocabulary. Other layers import these names from here, never from the files behind them.
 */
export { type AiPlan, type SidePlan, type Task, type TaskKind, type TriggerCondition } from './ai-plan';
export { buildSetup, scenarioAiPlan } from './build-setup';
export { canonicalJson, contentHash, hashText } from './content-hash';
export { createGame } from './create-game';
export { clampLevers, leverDefaults, leverValueProblem, resolveLevers } from './levers';
export { SCENARIO_LIMITS } from './limits';
export { type FileError, formatFileError, parseScenario } from './parse';
export { createRegistry, type ScenarioRegistry, type ScenarioSource } from './registry';
export { type Scenario } from './schema';
export { scenarioSummary } from './summary';

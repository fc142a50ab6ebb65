/**
 * src/game: running whole games headless, above the engine, scenario, AI, replay and analysis layers and below the
 * command line (src/cli), the scripts and, later, the browser lab. This door is browser-safe (no Node modules);
 * loading scenarios from files is in `src/game/node`.
 */
export { loadedScenario, loadScenarioText, type LoadedScenario, type LoadResult, type StartResult } from './load-scenario';
export { headlessRecord, serializeHeadlessRecord } from './record';
export { runGame, type RunGameInput, type RunGameOutput } from './run-game';
export { ENGINE_VERSION } from './version';

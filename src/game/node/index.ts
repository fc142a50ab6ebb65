/**
 * src/game's Node-only door: scenarios read from disk (a bundled id or a path) and the bundled registry. Everything
 * else is in `src/game` (browser-safe), re-exported here so Node callers need one import.
 */
export * from '../index';
export { bundledScenarios, SCENARIOS_DIR } from './bundled-scenarios';
export { PROJECT_ROOT } from './project-root';
export { loadScenarioGame, scenarioFile } from './scenario-file';

/**
 * The computer opponent's front door: difficulty levels, the side-turn planner that chooses commands from a side's
 * fog-of-war view, and the headless game loop. Other layers import these names from here, never from the files
 * behind them.
 */
export { DIFFICULTIES, type Difficulty, DIFFICULTY_PROFILES, isDifficulty } from './difficulty';
export { type AiRules } from './engine-port';
export { engineDriver, engineRules } from './engine-rules';
export { type HeadlessGame, playHeadlessGame } from './headless-game';
export { type AiMemory, createMemory } from './memory';
export { chooseCommands, playSideTurn } from './play-side-turn';
export { createSideTurnPlanner, type SideTurnPlanner } from './side-turn';

/**
 * The URL that starts a game directly: `?scenario=ID&seed=N&side=soviet|japanese` plus optional `mode=hotseat`,
 * `difficulty=…` and one parameter per lever (`japanese-trucks=150`). Parsed at the edge into a typed request;
 * anything unusable is reported, never thrown.
 */
import { MAX_SEED, SIDES, type Side } from '../../engine';
import { DIFFICULTIES, isDifficulty, type Difficulty } from '../../ai';

export { DIFFICULTIES, type Difficulty };

export interface StartRequest {
  readonly scenarioId: string;
  readonly seed: number;
  readonly side: Side;
  readonly mode: 'ai' | 'hotseat';
  readonly difficulty: Difficulty;
  readonly levers: Readonly<Record<string, number>>;
}

// Parameters that are not levers: the game's own, and the page's (`renderer`: render-choice.ts's override).
const RESERVED = new Set(['scenario', 'seed', 'side', 'mode', 'difficulty', 'map', 'game', 'renderer']);

/** Seeds are unsigned 32-bit integers so they fit a URL and every RNG: the engine's one range (MAX_SEED). */
export { MAX_SEED };

export const parseSeed = (text: string | null | undefined): number | null => {
  if (text === null || text === undefined || !/^\d{1,10}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n <= MAX_SEED ? n : null;
};

/**
 * The game a URL asks for, or null when it names no scenario (show the menu). `randomSeed` supplies the seed when the
 * URL has none; `problems` lists parameters that were ignored and why.
 */
export const parseStartUrl = (
  search: string,
  randomSeed: () => number,
): { request: StartRequest | null; problems: string[] } => {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const scenarioId = params.get('scenario');
  if (!scenarioId) return { request: null, problems };
  const seedText = params.get('seed');
  let seed = parseSeed(seedText);
  if (seed === null) {
    if (seedText !== null) problems.push(`The seed "${seedText}" is not a whole number from 0 to ${MAX_SEED}; a random seed is used.`);
    seed = randomSeed();
  }
  const sideText = params.get('side');
  const side = (SIDES as readonly string[]).includes(sideText ?? '') ? (sideText as Side) : 'soviet';
  if (sideText !== null && side !== sideText) problems.push(`Unknown side "${sideText}"; playing the Soviet side.`);
  const modeText = params.get('mode');
  const mode = modeText === 'hotseat' ? 'hotseat' : 'ai';
  if (modeText !== null && modeText !== 'hotseat' && modeText !== 'ai') problems.push(`Unknown mode "${modeText}"; playing against the computer (mode=hotseat is two players at one screen).`);
  const diffText = params.get('difficulty');
  const difficulty = diffText !== null && isDifficulty(diffText) ? diffText : 'regular';
  if (diffText !== null && difficulty !== diffText) problems.push(`Unknown difficulty "${diffText}"; playing at regular (the levels are ${DIFFICULTIES.join(', ')}).`);
  const levers: Record<string, number> = {};
  for (const [key, value] of params) {
    if (RESERVED.has(key)) continue;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) problems.push(`Lever "${key}" needs a number, not "${value}".`);
    else levers[key] = n;
  }
  return { request: { scenarioId, seed, side, mode, difficulty, levers }, problems };
};

/** The URL query that starts `request` again (the end screen's "play again with this seed"). */
export const startUrl = (request: StartRequest): string => {
  const params = new URLSearchParams({ scenario: request.scenarioId, seed: String(request.seed), side: request.side });
  if (request.mode === 'hotseat') params.set('mode', 'hotseat');
  if (request.difficulty !== 'regular') params.set('difficulty', request.difficulty);
  for (const key of Object.keys(request.levers).sort()) params.set(key, String(request.levers[key]));
  return `?${params.toString()}`;
};

/**
 * A browser game and its game record are one thing seen two ways: the record (src/replay) is what is saved,
 * downloaded and replayed; the start request (url-params) is what the menu and the URL speak. These turn one into
 * the other, so a record made by `sim --record` opens in the browser and one saved here verifies with `replay`.
 */
import { isDifficulty } from '../../ai';
import type { GameRecord, PlayerSetting } from '../../replay';
import type { BySide, Side } from '../../engine';
import { MAX_SEED, type StartRequest } from './url-params';

/** Who plays each side in a request: the player's side(s) human, the other the computer at the chosen level. */
export const playersOf = (r: StartRequest): BySide<PlayerSetting> => {
  const setting = (side: Side): PlayerSetting => (r.mode === 'hotseat' || r.side === side ? { player: 'human' } : { player: 'ai', difficulty: r.difficulty });
  return { soviet: setting('soviet'), japanese: setting('japanese') };
};

export type RequestFromRecord = { readonly ok: true; readonly request: StartRequest } | { readonly ok: false; readonly reason: string };

/**
 * The start request that plays a record on: its seed and levers, with the player on the side a person played (the
 * Soviet side when the computer played both, as in `sim` records). Seeds that a browser game cannot use are refused.
 */
export const requestFromRecord = (record: GameRecord): RequestFromRecord => {
  const seed = record.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    return { ok: false, reason: `This record's seed (${String(seed).slice(0, 30)}) is not a whole number from 0 to ${MAX_SEED}, so it cannot be played on in the browser.` };
  }
  const sides = record.sides ?? { soviet: { player: 'human' }, japanese: { player: 'ai', difficulty: 'regular' } };
  const control = record.control ?? [];
  // Later changes of command win over the record's start.
  const now = (side: Side): PlayerSetting => {
    const last = control.filter((c) => c.side === side).at(-1);
    return last ? { player: last.player, ...(last.difficulty ? { difficulty: last.difficulty } : {}) } : sides[side];
  };
  const soviet = now('soviet');
  const japanese = now('japanese');
  const humans = (['soviet', 'japanese'] as const).filter((s) => (s === 'soviet' ? soviet : japanese).player === 'human');
  const ai = soviet.player === 'ai' ? soviet : japanese;
  const difficulty = ai.difficulty && isDifficulty(ai.difficulty) ? ai.difficulty : 'regular';
  return {
    ok: true,
    request: {
      scenarioId: record.scenarioId,
      seed,
      side: humans[0] ?? 'soviet',
      mode: humans.length === 2 ? 'hotseat' : 'ai',
      difficulty,
      levers: { ...record.levers },
    },
  };
};

/**
 * Which of a player's commands may be taken back, as Wesnoth allows: every command since the last moment the player
 * learned something new. A command teaches something when it drew on the dice (a combat, a rally), showed an enemy
 * the side had not seen, or ended the side's turn; after such a command, nothing before it can be undone, since the
 * player would be taking back a look at the other side's cards. The rule lives here alone; the session applies it.
 */
import { viewFor, type Command, type GameState, type Side } from '../engine';

/** Why a command cannot be taken back, or null when it can. */
export const undoBarrier = (before: GameState, command: Command, after: GameState, side: Side): string | null => {
  if (command.type === 'end-turn') return 'the turn has ended';
  if (before.activeSide !== side) return 'it was the other side’s command';
  if (JSON.stringify(before.rng) !== JSON.stringify(after.rng)) return 'it drew on the dice';
  if (after.result !== null) return 'it ended the game';
  const seenBefore = new Set(viewFor(before, side).seen);
  const newlySeen = viewFor(after, side).seen.filter((id) => !seenBefore.has(id));
  if (newlySeen.length > 0) return `it revealed ${newlySeen.length === 1 ? 'an enemy unit' : `${newlySeen.length} enemy units`}`;
  return null;
};

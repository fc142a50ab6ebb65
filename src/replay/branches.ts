/**
 * A game's family among a set of records (the saved games): the game it branched from and the games branched from
 * it. A branch keeps its parent's first `parent.commandIndex` commands, so the two agree on the content hash of that
 * prefix — which still holds after the parent was played on, when the parent's whole hash has changed.
 */
import { recordHash, type GameRecord } from './record';

export interface Relative {
  readonly id: string;
  /** The command index where the two games part. */
  readonly commandIndex: number;
}

export interface BranchRelations {
  /** The games this one may have branched from (normally one). */
  readonly parents: readonly Relative[];
  /** The games branched from this one, by branch point. */
  readonly children: readonly Relative[];
}

/** Does `branch` start with the first `k` commands of `game` (same scenario, levers and seed)? */
const sharesPrefix = (branch: GameRecord, game: GameRecord, k: number): boolean =>
  game.commands.length >= k && branch.commands.length >= k && recordHash(branch, k) === recordHash(game, k);

export const branchRelations = (self: GameRecord, selfId: string | null, others: readonly { readonly id: string; readonly record: GameRecord }[]): BranchRelations => {
  const children: Relative[] = [];
  const selfHash = recordHash(self);
  // A game's own commands begin where it branched: before that they are its parent's, shared with its siblings.
  const ownFrom = (r: GameRecord) => r.parent?.commandIndex ?? 0;
  const candidates: { id: string; exact: boolean }[] = [];
  for (const o of others) {
    const hash = recordHash(o.record);
    if (o.id === selfId || hash === selfHash) continue;
    const p = self.parent;
    if (p && ownFrom(o.record) <= p.commandIndex && sharesPrefix(self, o.record, p.commandIndex)) candidates.push({ id: o.id, exact: hash === p.recordHash });
    const c = o.record.parent;
    if (c && ownFrom(self) <= c.commandIndex && sharesPrefix(o.record, self, c.commandIndex)) children.push({ id: o.id, commandIndex: c.commandIndex });
  }
  // The parent as it was when the branch was taken wins over one that was played on since.
  const exact = candidates.filter((c) => c.exact);
  const parents = (exact.length ? exact : candidates).map((c) => ({ id: c.id, commandIndex: self.parent!.commandIndex }));
  children.sort((a, b) => a.commandIndex - b.commandIndex || (a.id < b.id ? -1 : 1));
  return { parents, children };
};

/**
 * The UI's questions answered by the real engine, adapted to hex indices and display strings. This is the only file
 * in src/ui that knows the engine's shapes. Combat (`previewAttack`) is wired in as soon as that module is on main;
 * until then the map shows no attack preview, and the engine's `applyCommand` itself refuses attacks with its reason.
 */
import { applyCommand } from '../engine/apply-command';
import { reachable } from '../engine/movement';
import { viewFor } from '../engine/vision';
import type { ReachView, RulesPort } from './controller/rules-port';

/** Where a unit can go, as hex index → cost, with paths rebuilt from the search's parent links. */
export const reachView = (state: Parameters<typeof reachable>[0], unitId: string): ReachView | null => {
  const r = reachable(state, unitId);
  if (!r) return null;
  const costs = new Map<number, number>();
  for (const i of r.destinations) costs.set(i, r.costAt(i));
  return {
    unitId,
    costs,
    pathTo(index: number) {
      if (!costs.has(index)) return null;
      const out: number[] = [];
      // Parent links end at the origin (parent -1); the guard only protects against a malformed search.
      for (let i = index, guard = 0; i >= 0 && guard <= r.size; i = r.parentAt(i), guard++) out.push(i);
      return out.reverse();
    },
  };
};

export const engineRules: RulesPort = {
  apply: (state, command) => applyCommand(state, command),
  reachable: reachView,
  previewAttack: () => ({ ok: false, reason: 'This build of the rules has no combat yet.' }),
  attackKinds: () => [],
  viewFor(state, side) {
    const v = viewFor(state, side);
    return { side, state: v.state, visible: v.visible, raw: v };
  },
};

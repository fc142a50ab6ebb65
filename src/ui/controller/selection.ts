/**
 * What a click on the map means, as plain data (the chessground pattern): the current selection, the highlighted
 * reachable hexes, the hovered path and a pending attack preview go in; a new selection and at most one command to
 * send come out. Every question of the rules goes to the `RulesPort`; nothing here knows a movement cost or an odds
 * table.
 */
import { hexAt, indexOf, type Command, type GameState, type Side, type Unit } from '../../engine';
import type { AttackPreviewView, ReachView, RulesPort } from './rules-port';
import { canStillAct, stacksByHex } from './stacks';

export interface Selection {
  readonly selectedId: string | null;
  readonly reach: ReachView | null;
  /** Hovered hex index, -1 for none. */
  readonly hover: number;
  /** The path to the hovered hex (indices) and its cost, when the selected unit can get there. */
  readonly path: readonly number[] | null;
  readonly pathCost: number | null;
  /** An attack shown to the player and waiting for confirmation. */
  readonly preview: AttackPreviewView | null;
  /** Why the last click did nothing (the engine's sentence), for the status line. */
  readonly message: string | null;
  /**
   * For an assault preview: the side's units, from any hex next to the target, that could join it (the preview's
   * attackers among them). Shift-click or the preview's checkboxes add and remove them.
   */
  readonly joinable: readonly string[];
}

export const EMPTY_SELECTION: Selection = {
  selectedId: null,
  reach: null,
  hover: -1,
  path: null,
  pathCost: null,
  preview: null,
  message: null,
  joinable: [],
};

export interface SelectionContext {
  readonly rules: RulesPort;
  /** The fogged state of the side giving orders. */
  readonly state: GameState;
  /** The side giving orders (the one whose turn it is). */
  readonly side: Side;
}

export interface ClickOutcome {
  readonly selection: Selection;
  /** A command to send to the engine, if the click asked for one. */
  readonly command: Command | null;
}

const none = (selection: Selection): ClickOutcome => ({ selection, command: null });

/** Select a unit (own, on the map, side to move) and ask the engine where it can go. */
export const selectUnit = (ctx: SelectionContext, unitId: string): Selection => {
  const unit = ctx.state.units.find((u) => u.id === unitId);
  if (!unit || unit.side !== ctx.side || !unit.hex) return EMPTY_SELECTION;
  return { ...EMPTY_SELECTION, selectedId: unitId, reach: ctx.rules.reachable(ctx.state, unitId) };
};

export const clearSelection = (): Selection => EMPTY_SELECTION;

/** The player clicked (or tapped) hex `index`; with `shift`, own units clicked join or leave a previewed assault. */
export const clickHex = (sel: Selection, ctx: SelectionContext, index: number, shift = false): ClickOutcome => {
  const stacks = stacksByHex(ctx.state);
  const here = stacks.get(index) ?? [];
  const own = here.filter((u) => u.side === ctx.side);
  const enemy = here.filter((u) => u.side !== ctx.side);

  if (shift && sel.preview?.kind === 'assault' && own.length > 0) {
    const ids = own.map((u) => u.id).filter((id) => sel.joinable.includes(id));
    if (ids.length === 0) return none({ ...sel, message: 'Those units cannot join this assault: only units next to the target that can still attack may.' });
    const inAll = ids.every((id) => sel.preview!.attackerIds.includes(id));
    const next = inAll ? sel.preview.attackerIds.filter((id) => !ids.includes(id)) : [...sel.preview.attackerIds, ...ids.filter((id) => !sel.preview!.attackerIds.includes(id))];
    return none(withAttackers(sel, ctx, next));
  }

  // A second click on the previewed target confirms the attack.
  if (sel.preview && sel.preview.targetIndex === index) {
    return { selection: { ...sel, preview: null }, command: sel.preview.command };
  }

  if (sel.selectedId && enemy.length > 0) {
    const kinds = ctx.rules.attackKinds(ctx.state, sel.selectedId, index);
    const kind = kinds[0] ?? 'assault';
    // An assault goes in with every unit of the selected unit's stack that can join it (infantry with its tanks:
    // combined arms); if the engine refuses the group, the selected unit alone is offered.
    const group = kind === 'assault' ? assaultGroup(ctx, stacks, sel.selectedId, index) : [sel.selectedId];
    let preview = ctx.rules.previewAttack(ctx.state, group, index, kind);
    if ('ok' in preview && group.length > 1) preview = ctx.rules.previewAttack(ctx.state, [sel.selectedId], index, kind);
    if ('ok' in preview) return none({ ...sel, preview: null, message: preview.reason, joinable: [] });
    const joinable = kind === 'assault' ? joinableUnits(ctx, stacks, index, preview.attackerIds) : [];
    return none({ ...sel, preview, message: null, joinable });
  }

  if (own.length > 0) {
    const at = own.findIndex((u) => u.id === sel.selectedId);
    // Clicking the selected unit's stack again cycles through it; otherwise prefer a unit that can still act.
    const next = at >= 0 ? own[(at + 1) % own.length]! : (own.find(canStillAct) ?? own[0]!);
    if (at >= 0 && own.length === 1) return none(EMPTY_SELECTION);
    return none(selectUnit(ctx, next.id));
  }

  if (sel.selectedId && sel.reach?.costs.has(index)) {
    return { selection: { ...sel, preview: null }, command: { type: 'move', unitId: sel.selectedId, to: hexAt(ctx.state.setup.map, index) } };
  }

  return none(EMPTY_SELECTION);
};

/** The selected unit first, then its stack-mates that could assault `target` too. */
const assaultGroup = (ctx: SelectionContext, stacks: Map<number, Unit[]>, selectedId: string, target: number): string[] => {
  const selected = ctx.state.units.find((u) => u.id === selectedId);
  if (!selected?.hex) return [selectedId];
  const from = indexOf(ctx.state.setup.map, selected.hex);
  const mates = (stacks.get(from) ?? []).filter((u) => u.id !== selectedId && u.side === ctx.side && ctx.rules.attackKinds(ctx.state, u.id, target).includes('assault'));
  return [selectedId, ...mates.map((u) => u.id)];
};

/**
 * The side's units next to `target`, from every adjacent hex, that could assault it (those already attacking first),
 * for a combined attack from several hexes.
 */
const joinableUnits = (ctx: SelectionContext, stacks: Map<number, Unit[]>, target: number, attacking: readonly string[]): string[] => {
  const map = ctx.state.setup.map;
  const out = [...attacking];
  for (let d = 0; d < 6; d++) {
    const j = map.neighbours[target * 6 + d]!;
    if (j < 0) continue;
    for (const u of stacks.get(j) ?? []) {
      if (u.side !== ctx.side || out.includes(u.id)) continue;
      if (ctx.rules.attackKinds(ctx.state, u.id, target).includes('assault')) out.push(u.id);
    }
  }
  return out;
};

/** The previewed assault with these attackers instead (at least one); if the engine refuses them, the reason. */
export const withAttackers = (sel: Selection, ctx: SelectionContext, ids: readonly string[]): Selection => {
  const p = sel.preview;
  if (!p || p.kind !== 'assault') return sel;
  if (ids.length === 0) return { ...sel, message: 'An assault needs at least one unit.' };
  const next = ctx.rules.previewAttack(ctx.state, ids, p.targetIndex, 'assault');
  if ('ok' in next) return { ...sel, message: next.reason };
  return { ...sel, preview: next, message: null };
};

/** Adds a unit to the previewed assault, or takes it out. */
export const toggleAttacker = (sel: Selection, ctx: SelectionContext, unitId: string): Selection => {
  const p = sel.preview;
  if (!p || p.kind !== 'assault' || !sel.joinable.includes(unitId)) return sel;
  const ids = p.attackerIds.includes(unitId) ? p.attackerIds.filter((x) => x !== unitId) : [...p.attackerIds, unitId];
  return withAttackers(sel, ctx, ids);
};

/** The pointer moved to hex `index` (-1 off the map): show the path and its cost if the selected unit can go there. */
export const hoverHex = (sel: Selection, index: number): Selection => {
  if (index === sel.hover) return sel;
  const cost = sel.reach?.costs.get(index);
  if (cost === undefined || !sel.reach) return { ...sel, hover: index, path: null, pathCost: null };
  return { ...sel, hover: index, path: sel.reach.pathTo(index), pathCost: cost };
};

/** The next own unit after the selected one (by id) that can still act this turn, wrapping round; null if none. */
export const nextUnitId = (ctx: SelectionContext, currentId: string | null): string | null => {
  const candidates = ctx.state.units.filter((u) => u.side === ctx.side && u.hex && canStillAct(u));
  if (candidates.length === 0) return null;
  const after = candidates.find((u) => currentId === null || u.id > currentId);
  return (after ?? candidates[0]!).id;
};

/** After a command: keep the same unit selected with fresh reach if it is still on the map, else clear. */
export const refreshSelection = (sel: Selection, ctx: SelectionContext): Selection => {
  if (!sel.selectedId) return EMPTY_SELECTION;
  const unit = ctx.state.units.find((u) => u.id === sel.selectedId);
  if (!unit?.hex || unit.status !== 'active' || unit.side !== ctx.side) return EMPTY_SELECTION;
  return selectUnit(ctx, unit.id);
};

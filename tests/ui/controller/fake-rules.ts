/**
 * A tiny stand-in for the engine so the UI controller can be tested alone: every hex costs 1 movement point, units
 * may assault an adjacent hex, and moves are applied without any other rule. It is a test double, not the rules.
 */
import { fastDistance } from '../../../src/engine/hex';
import { hexAt, indexOf } from '../../../src/engine/map';
import type { Command, CommandResult, GameState } from '../../../src/engine/types';
import type { Side } from '../../../src/engine/vocabulary';
import type { AttackKind, AttackPreviewView, ReachView, RulesPort, SideViewLite } from '../../../src/ui/controller/rules-port';

export const fakeRules = (): RulesPort & { applied: Command[] } => {
  const applied: Command[] = [];
  const reachable = (state: GameState, unitId: string): ReachView | null => {
    const u = state.units.find((x) => x.id === unitId);
    if (!u?.hex) return null;
    const map = state.setup.map;
    const costs = new Map<number, number>();
    const start = indexOf(map, u.hex);
    for (let i = 0; i < map.width * map.height; i++) {
      const d = fastDistance(u.hex, hexAt(map, i));
      if (d > 0 && d <= u.mp) costs.set(i, d);
    }
    return {
      unitId,
      costs,
      pathTo: (index) => (costs.has(index) ? [start, index] : null),
    };
  };
  const previewAttack = (state: GameState, ids: readonly string[], targetIndex: number, kind: AttackKind): AttackPreviewView | { ok: false; reason: string } => {
    const u = state.units.find((x) => x.id === ids[0]);
    const target = hexAt(state.setup.map, targetIndex);
    if (!u?.hex || fastDistance(u.hex, target) !== 1) return { ok: false, reason: `${u?.label ?? 'The unit'} is not next to that hex.` };
    return {
      kind,
      attackerIds: ids,
      targetIndex,
      odds: '2 : 1',
      modifiers: [{ name: 'Terrain', value: '×1.00' }],
      outcomes: [{ label: 'Defender retreats', percent: 60 }],
      expected: [],
      command: { type: 'attack', unitIds: ids, target },
    };
  };
  return {
    applied,
    apply(state: GameState, command: Command): CommandResult {
      applied.push(command);
      if (command.type === 'move') {
        const units = state.units.map((u) => (u.id === command.unitId ? { ...u, hex: command.to, mp: 0, acted: { ...u.acted, moved: true } } : u));
        return { ok: true, state: { ...state, units }, events: [] };
      }
      return { ok: true, state, events: [] };
    },
    reachable,
    previewAttack,
    attackKinds: (state, unitId, targetIndex) => ('ok' in previewAttack(state, [unitId], targetIndex, 'assault') ? [] : ['assault']),
    unitOrders: (_state: GameState, unitId: string): Command[] => [{ type: 'entrench', unitId }],
    viewFor: (state: GameState, side: Side): SideViewLite => ({ side, state, visible: new Uint8Array(state.setup.map.width * state.setup.map.height).fill(1) }),
    // Supply reaches every hex at cost 0; no zones of control; one row of costs.
    supply: (state: GameState, side: Side) => ({
      distances: new Float64Array(state.setup.map.width * state.setup.map.height),
      range: 10,
      units: new Map(state.units.filter((u) => u.side === side && u.hex).map((u) => [u.id, u.supply] as const)),
    }),
    enemyZones: (state: GameState) => new Uint8Array(state.setup.map.width * state.setup.map.height),
    movementTable: () => ({ mobility: 'foot', classes: ['foot'], terrain: [{ terrain: 'steppe', costs: [1] }], other: [], mpLeft: null }),
    sees: () => true,
  };
};

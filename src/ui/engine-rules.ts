/**
 * The UI's questions answered by the real engine, adapted to hex indices and display strings. This is the only file
 * in src/ui that knows the engine's shapes.
 */
import { applyCommand, tryCommand } from '../engine/apply-command';
import { previewAttack, type AttackPreview } from '../engine/combat';
import { unitOrderCandidates } from '../engine/command-table';
import { hexAt } from '../engine/map';
import { reachable } from '../engine/movement';
import type { Command } from '../engine/types';
import { sideSees, viewFor } from '../engine/vision';
import { isOnMap } from '../engine/spotting';
import type { AttackKind, AttackPreviewView, ReachView, RulesPort } from './controller/rules-port';

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

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  holds: 'Defender holds',
  retreats: 'Defender retreats',
  routs: 'Defender routs',
  surrenders: 'Defender surrenders',
  destroyed: 'Defender destroyed',
};

const SIDE_WORDS = { attacker: 'attacker', defender: 'defender' } as const;
const TARGET_WORDS: Readonly<Record<string, string>> = { fire: 'fire', 'anti-armour': 'anti-tank fire', cover: 'losses taken', cohesion: 'cohesion lost' };

const percent = (p: number): number => Math.round(p * 100);
const one = (x: number): string => (x >= 10 ? String(Math.round(x)) : x.toFixed(1));

/**
 * The headline the player compares, always attacker to defender and always "x : 1": "3.2 : 1" for a strong attack,
 * "0.50 : 1" for a weak one (two decimals below 1, so a poor attack never reads as even).
 */
export const oddsText = (attack: number, defence: number): string => {
  if (defence <= 0) return attack > 0 ? 'no return fire' : '—';
  const r = attack / defence;
  return `${r >= 1 ? one(r) : r.toFixed(2)} : 1`;
};

/** A modifier's name that says whose it is: the engine names some per unit ("Sand (1/TB)"); others get the label. */
const modifierName = (name: string, unitId: string | undefined, labelOf: (id: string) => string | undefined): string => {
  const label = unitId ? labelOf(unitId) : undefined;
  return label && !name.includes(label) ? `${name} (${label})` : name;
};

export const previewView = (p: AttackPreview, targetIndex: number, command: Command, labelOf: (id: string) => string | undefined = () => undefined): AttackPreviewView => ({
  kind: p.kind === 'air-strike' ? 'bombard' : p.kind,
  attackerIds: p.attackers,
  targetIndex,
  odds: oddsText(p.attackerFire, p.defenderFire),
  modifiers: p.modifiers.map((m) => ({
    name: `${modifierName(m.name, m.unitId, labelOf)} (${SIDE_WORDS[m.side]} ${TARGET_WORDS[m.on] ?? m.on})`,
    value: `×${(m.percent / 100).toFixed(2)}`,
    why: m.why,
  })),
  outcomes: p.outcomes.map((o) => ({ label: OUTCOME_WORDS[o.outcome] ?? o.outcome, percent: percent(o.probability) })),
  expected: [
    `Fire: attacker ${p.attackerFire}, defender ${p.defenderFire} (average roll).`,
    `Expected losses — yours: ${one(p.expected.attacker.men)} men, ${one(p.expected.attacker.vehicles)} vehicles; theirs: ${one(p.expected.defender.men)} men, ${one(p.expected.defender.vehicles)} vehicles.`,
    p.kind === 'assault' ? `Chance to take the hex: ${percent(p.hexTakenProbability)}%. Chance an attacker breaks: ${percent(p.attackerBreakProbability)}%.` : `Chance an attacker breaks: ${percent(p.attackerBreakProbability)}%.`,
  ],
  command,
});

const commandFor = (kind: AttackKind, ids: readonly string[], target: { q: number; r: number }): Command =>
  kind === 'assault' ? { type: 'attack', unitIds: ids, target } : { type: kind, unitId: ids[0]!, target };

export const engineRules: RulesPort = {
  apply: (state, command) => applyCommand(state, command),
  reachable: reachView,
  previewAttack(state, attackerIds, targetIndex, kind) {
    const target = hexAt(state.setup.map, targetIndex);
    const p = previewAttack(state, attackerIds, target, kind);
    if (!p.ok) return { ok: false, reason: p.reason };
    return previewView(p, targetIndex, commandFor(kind, attackerIds, target), (id) => state.units.find((u) => u.id === id)?.label);
  },
  attackKinds(state, unitId, targetIndex) {
    const target = hexAt(state.setup.map, targetIndex);
    return (['assault', 'fire', 'bombard'] as const).filter((k) => previewAttack(state, [unitId], target, k).ok);
  },
  unitOrders(state, unitId) {
    const unit = state.units.find((u) => u.id === unitId);
    return unit ? unitOrderCandidates(unit).filter((c) => tryCommand(state, c).ok) : [];
  },
  viewFor(state, side) {
    const v = viewFor(state, side);
    return { side, state: v.state, visible: v.visible };
  },
  sees(state, side, unitId) {
    // As `viewFor` decides which enemy units a side's view holds: on the map, in a hex the side spots.
    const u = state.units.find((x) => x.id === unitId);
    return u !== undefined && isOnMap(u) && sideSees(state, side, u.hex!);
  },
};

/**
 * The UI's questions answered by the real engine, adapted to hex indices and display strings. This is the only file
 * in src/ui that knows the engine's shapes.
 */
import { applyCommand, hexAt, isOnMap, sideSees, previewAttack, reachable, RIVER_COSTS, ROAD_COSTS, supplyDistances, TERRAIN_COSTS, tryCommand, unitMobility, unitOrderCandidates, viewFor, zoneOfControl, type AttackPreview, type Command, type MobilityClass, type SupplyState, type Terrain } from '../engine';
import type { AttackKind, AttackPreviewView, MovementTable, ReachView, RulesPort } from './controller/rules-port';

const CLASSES: readonly MobilityClass[] = ['foot', 'horse', 'wheeled', 'tracked'];

/** The movement cost tables for one class (or all four), from the engine's own tables. */
export const movementTable = (mobility: MobilityClass | null, mpLeft: number | null): MovementTable => {
  const classes = mobility ? [mobility] : CLASSES;
  return {
    mobility,
    classes,
    mpLeft,
    terrain: (Object.keys(TERRAIN_COSTS) as Terrain[]).map((t) => ({ terrain: t, costs: classes.map((c) => TERRAIN_COSTS[t][c]) })),
    other: [
      { name: 'Along a road', costs: classes.map((c) => ROAD_COSTS.road[c]) },
      { name: 'Along a track', costs: classes.map((c) => ROAD_COSTS.track[c]) },
      { name: 'Across a minor river (extra)', costs: classes.map((c) => RIVER_COSTS.minor.none[c]) },
      { name: 'Minor river at a ford (extra)', costs: classes.map((c) => RIVER_COSTS.minor.ford[c]) },
      { name: 'Khalkhin Gol at a ford (extra)', costs: classes.map((c) => RIVER_COSTS.major.ford[c]) },
      { name: 'Khalkhin Gol by pontoon (extra)', costs: classes.map((c) => RIVER_COSTS.major.pontoon[c]) },
      { name: 'Over a bridge (extra)', costs: classes.map((c) => RIVER_COSTS.major.bridge[c]) },
    ],
  };
};

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
  supply(state, side) {
    const distances = supplyDistances(state, side);
    const units = new Map<string, SupplyState>();
    for (const u of state.units) if (u.side === side && u.hex && (u.status === 'active' || u.status === 'routed')) units.set(u.id, u.supply);
    return { distances, range: state.setup.rules[side].supplyRangeMp, units };
  },
  enemyZones: (state, side) => zoneOfControl(state, side),
  movementTable(state, unitId) {
    const unit = unitId ? state.units.find((u) => u.id === unitId) : undefined;
    return movementTable(unit ? unitMobility(unit) : null, unit ? unit.mp : null);
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

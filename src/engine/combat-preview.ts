/**
 * `previewAttack`: what a combat would do, before it is ordered. It builds the same engagement as the command and
 * walks all 121 pairs of 2d6 totals through the same `settleCombat`, weighting each by its 1,296 ways, so the
 * outcome probabilities and expected losses are exact — the distribution the resolver then samples. Never draws.
 */
import { buildEngagement } from './combat-engagement';
import { computeFire, type CombatKind } from './combat-fire';
import type { CombatModifier } from './combat-modifiers';
import { ROLL_PERCENT, ROLL_WAYS, settleCombat, type UnitOutcome, type UnitResult } from './combat-resolve';
import type { Axial } from './hex';
import type { GameState } from './types';

export interface ExpectedLosses {
  readonly killed: number;
  readonly wounded: number;
  readonly missing: number;
  /** killed + wounded + missing */
  readonly men: number;
  /** Vehicles knocked out (destroyed or damaged). */
  readonly vehicles: number;
}

export interface AttackPreview {
  readonly ok: true;
  readonly kind: CombatKind;
  readonly attackers: readonly string[];
  readonly defenders: readonly string[];
  readonly target: Axial;
  readonly modifiers: readonly CombatModifier[];
  /** Anti-personnel fire in rifle points with an average roll, after modifiers (before the target's cover). */
  readonly attackerFire: number;
  readonly defenderFire: number;
  /** The defenders' fate and its exact probability; probabilities sum to 1. */
  readonly outcomes: readonly { readonly outcome: UnitOutcome; readonly probability: number }[];
  readonly hexTakenProbability: number;
  /** Chance that at least one attacking unit breaks. */
  readonly attackerBreakProbability: number;
  readonly expected: { readonly attacker: ExpectedLosses; readonly defender: ExpectedLosses };
}

export type PreviewResult = AttackPreview | { readonly ok: false; readonly reason: string };

const OUTCOME_ORDER: readonly UnitOutcome[] = ['holds', 'retreats', 'routs', 'surrenders', 'destroyed'];
const ALL_WAYS = 36 * 36;

/**
 * How finely the dice are walked: `exact` takes all 11 totals of each 2d6 (121 pairs, what the player is shown);
 * `quick` stands each 2d6 for three bands — 2–5, 6–8 and 9–12, by their mean totals 4, 7 and 10 with 10, 16 and 10
 * ways in 36 — so 9 pairs, about a thirteenth of the work, close to but not exactly the expected losses. The AI uses
 * it to weigh many fire missions quickly.
 */
export type PreviewPrecision = 'exact' | 'quick';
const EXACT_ROLLS: readonly (readonly [number, number])[] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((t) => [t, ROLL_WAYS[t]!] as const);
const QUICK_ROLLS: readonly (readonly [number, number])[] = [
  [4, 10],
  [7, 16],
  [10, 10],
];

const sumLosses = (rows: readonly UnitResult[], acc: number[], ways: number): void => {
  for (const r of rows) {
    acc[0]! += r.killed * ways;
    acc[1]! += r.wounded * ways;
    acc[2]! += r.missing * ways;
    for (const k of r.vehicleKills) acc[3]! += k * ways;
  }
};

const expectedOf = (acc: readonly number[]): ExpectedLosses => {
  const [k, w, m, v] = acc.map((x) => x / ALL_WAYS) as [number, number, number, number];
  return { killed: k, wounded: w, missing: m, men: k + w + m, vehicles: v };
};

/**
 * The odds of an attack by `attackerIds` on `target` (kind defaults to an assault; an air strike has no attacker
 * ids and is flown by the side to move). Same checks and numbers as the command; `{ ok: false, reason }` when the
 * command would be refused.
 */
export const previewAttack = (
  state: GameState,
  attackerIds: readonly string[],
  target: Axial,
  kind: CombatKind = 'assault',
  precision: PreviewPrecision = 'exact',
): PreviewResult => {
  const built = buildEngagement(state, kind, attackerIds, target);
  if (!built.ok) return built;
  const e = built.engagement;
  const fire = computeFire(e.inputs);
  const outcomeWays = new Map<UnitOutcome, number>();
  let taken = 0;
  let broken = 0;
  const att = [0, 0, 0, 0];
  const def = [0, 0, 0, 0];
  const rolls = precision === 'quick' ? QUICK_ROLLS : EXACT_ROLLS;
  for (const [a, aWays] of rolls) {
    for (const [d, dWays] of rolls) {
      const ways = aWays * dWays;
      const r = settleCombat(e.inputs, fire, a, d);
      const fate = r.defenders.length > 0 && r.defenders.every((x) => x.outcome === 'destroyed') ? 'destroyed' : r.defenderOutcome;
      outcomeWays.set(fate, (outcomeWays.get(fate) ?? 0) + ways);
      if (r.hexTaken) taken += ways;
      if (r.attackers.some((x) => x.outcome !== 'holds')) broken += ways;
      sumLosses(r.attackers, att, ways);
      sumLosses(r.defenders, def, ways);
    }
  }
  const average = ROLL_PERCENT[7]! / 100;
  return {
    ok: true,
    kind,
    attackers: e.attackers.map((u) => u.id),
    defenders: e.defenders.map((u) => u.id),
    target: { q: target.q, r: target.r },
    modifiers: e.modifiers,
    attackerFire: Math.round(fire.attackers.antiPersonnel * average),
    defenderFire: Math.round(fire.defenders.antiPersonnel * average),
    outcomes: OUTCOME_ORDER.filter((o) => outcomeWays.has(o)).map((o) => ({ outcome: o, probability: outcomeWays.get(o)! / ALL_WAYS })),
    hexTakenProbability: taken / ALL_WAYS,
    attackerBreakProbability: broken / ALL_WAYS,
    expected: { attacker: expectedOf(att), defender: expectedOf(def) },
  };
};

/**
 * Difficulty levels. A level changes only how the AI thinks — how many moves and targets it weighs, how much it fears
 * enemy fire, whether it times its artillery and combines its assaults — never what it sees or what its units can do.
 */

export const DIFFICULTIES = ['recruit', 'regular', 'veteran'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface DifficultyProfile {
  /** How many destination hexes per unit are scored (the nearest to the task first); 0 = all reachable hexes. */
  readonly moveCandidates: number;
  /** How many enemy hexes a unit or group weighs as assault or fire targets. */
  readonly targetCandidates: number;
  /** How many targets a single gun or sortie prices with the engine's preview before it fires (the rest are ranked cheaply). */
  readonly fireCandidates: number;
  /** Weight of the expected enemy fire on a hex, in percent (0 = ignores threat). */
  readonly cautionPercent: number;
  /** Smallest acceptable odds for an assault: expected enemy losses over own, in percent. */
  readonly assaultOddsPercent: number;
  /**
   * How an assault is judged: `odds` — expected enemy over own losses against `assaultOddsPercent`; `value` — the
   * expected losses on both sides plus the chance of taking the hex times what the hex is worth (objectives most).
   */
  readonly assaultRule: 'odds' | 'value';
  /** Assault with every unit that can reach the target together, rather than one unit at a time. */
  readonly combinedAssaults: boolean;
  /** Artillery bombards the assault targets before the assaults (otherwise after, at whatever it sees). */
  readonly bombardFirst: boolean;
  /** Tanks keep close to infantry when enemy anti-tank guns are known (combined arms). */
  readonly combinedArms: boolean;
  /** Keeps units in supply and out of pockets (weights the line back to the supply sources). */
  readonly watchesSupply: boolean;
}

export const DIFFICULTY_PROFILES: Readonly<Record<Difficulty, DifficultyProfile>> = {
  recruit: {
    moveCandidates: 6,
    targetCandidates: 1,
    fireCandidates: 1,
    cautionPercent: 10,
    assaultOddsPercent: 50,
    assaultRule: 'odds',
    combinedAssaults: false,
    bombardFirst: false,
    combinedArms: false,
    watchesSupply: false,
  },
  regular: {
    moveCandidates: 24,
    targetCandidates: 3,
    fireCandidates: 1,
    cautionPercent: 60,
    assaultOddsPercent: 80,
    assaultRule: 'value',
    combinedAssaults: true,
    bombardFirst: true,
    combinedArms: true,
    watchesSupply: true,
  },
  veteran: {
    moveCandidates: 0,
    targetCandidates: 6,
    fireCandidates: 3,
    cautionPercent: 100,
    assaultOddsPercent: 90,
    assaultRule: 'value',
    combinedAssaults: true,
    bombardFirst: true,
    combinedArms: true,
    watchesSupply: true,
  },
};

export const isDifficulty = (s: string): s is Difficulty => (DIFFICULTIES as readonly string[]).includes(s);

/**
 * A finished (or stopped) game summed up in the numbers a teacher compares with history: each side's starting
 * strength, its losses in men and equipment, and the turn each objective and milestone happened. This is the body of
 * `result.json` written by `npm run sim` (ARCHITECTURE.md), and the input of batch statistics and after-action reports.
 */
import { measureHistory, type HistoryFigure } from './history-measures';
import { EQUIPMENT, GUN_CLASSES, scoreObjectives, SIDES, TANK_CLASSES, type BySide, type EquipmentCounts, type GameState, type Unit, type VictoryLevel, type Winner } from '../engine';

export interface ForceCount {
  readonly men: number;
  readonly tanks: number;
  readonly armouredCars: number;
  readonly guns: number;
  /** The engine models air power as sorties, not airframes: aircraft are counted only if a unit lists them. */
  readonly aircraft: number;
  readonly units: number;
}

export interface LossCount {
  readonly killed: number;
  readonly wounded: number;
  /** Missing and captured men. */
  readonly missing: number;
  /** Knocked out (destroyed or damaged) or captured, at the end of the game. */
  readonly tanks: number;
  readonly armouredCars: number;
  readonly guns: number;
  /**
   * null = not modelled: the engine models air power as sorties, not airframes, and no unit of the side lists
   * aircraft, so the game cannot lose any. Reported as "—" beside history's figure, never as a 0 that looks like a
   * result (issue 14: history lists 208 Soviet and 162 Japanese aircraft lost [SEED]).
   */
  readonly aircraft: number | null;
}

export const LOSS_FIGURES = ['killed', 'wounded', 'missing', 'tanks', 'armouredCars', 'guns', 'aircraft'] as const;
export type LossFigure = (typeof LOSS_FIGURES)[number];

export interface GameResultSummary {
  readonly scenario: string;
  readonly seed: number | string;
  readonly levers: Readonly<Record<string, number>>;
  readonly engineVersion: string;
  readonly winner: Winner;
  readonly victoryLevel: VictoryLevel;
  readonly turnsPlayed: number;
  readonly finalHash: string;
  readonly initial: BySide<ForceCount>;
  readonly losses: BySide<LossCount>;
  /** Every objective and milestone id → the turn it happened, or null. */
  readonly events: Readonly<Record<string, number | null>>;
  /** Who played each side and at what level (extra to the contract's fields). */
  readonly players?: BySide<string>;
  /** Each side's objective points at the end (the sum of its objectives achieved or held). */
  readonly points: BySide<number>;
  /** Soviet minus Japanese points: what the scenario's victory margins are judged on (src/engine/victory.ts). */
  readonly margin: number;
  /** The content hash of the scenario played (as game records carry it), so a result names the exact scenario. */
  readonly scenarioHash: string;
  /** The scenario's "Is it history?" figures for this game (src/analysis/history-measures.ts), by measure id. */
  readonly history?: Readonly<Record<string, HistoryFigure>>;
}

interface EquipmentTally {
  tanks: number;
  armouredCars: number;
  guns: number;
  aircraft: number;
}

const tally = (counts: EquipmentCounts): EquipmentTally => {
  const t: EquipmentTally = { tanks: 0, armouredCars: 0, guns: 0, aircraft: 0 };
  for (const id of Object.keys(counts)) {
    const e = EQUIPMENT[id];
    const n = counts[id] ?? 0;
    if (!e) continue;
    if (TANK_CLASSES.includes(e.class)) t.tanks += n;
    else if (e.class === 'armoured-car') t.armouredCars += n;
    else if (GUN_CLASSES.includes(e.class)) t.guns += n;
    else if ((e.class as string) === 'aircraft') t.aircraft += n;
  }
  return t;
};

/** A unit that is gone with everything it had (its equipment counts as lost). */
const isLost = (u: Unit): boolean => u.status === 'destroyed' || u.status === 'surrendered';

/** Each side's strength at the start, reinforcements included. */
export const initialForces = (state: GameState): BySide<ForceCount> => {
  const out = {} as Record<(typeof SIDES)[number], ForceCount>;
  for (const side of SIDES) {
    const units = state.units.filter((u) => u.side === side);
    let men = 0;
    const t: EquipmentTally = { tanks: 0, armouredCars: 0, guns: 0, aircraft: 0 };
    for (const u of units) {
      men += u.start.men;
      const s = tally(u.start.equipment);
      t.tanks += s.tanks;
      t.armouredCars += s.armouredCars;
      t.guns += s.guns;
      t.aircraft += s.aircraft;
    }
    out[side] = { men, ...t, units: units.length };
  }
  return out;
};

/**
 * Each side's losses so far: men from the casualty counts (plus men still in a unit that surrendered;
 * those still counted in a destroyed one got away), equipment as start minus working. `only` limits a side to the listed units — for setting the game
 * beside a historical figure that covers part of a force (Azuma's group, not the whole Japanese force).
 */
export const lossesSoFar = (state: GameState, only?: Partial<BySide<readonly string[] | undefined>>): BySide<LossCount> => {
  const out = {} as Record<(typeof SIDES)[number], LossCount>;
  for (const side of SIDES) {
    let killed = 0;
    let wounded = 0;
    let missing = 0;
    let airframes = 0;
    const lost: EquipmentTally = { tanks: 0, armouredCars: 0, guns: 0, aircraft: 0 };
    const pick = only?.[side];
    for (const u of state.units) {
      if (u.side !== side) continue;
      if (pick && !pick.includes(u.id)) continue;
      airframes += tally(u.start.equipment).aircraft;
      killed += u.casualties.killed;
      wounded += u.casualties.wounded;
      // Men still counted in a destroyed unit got away and rejoined (not lost); any left in a surrendered one were taken.
      missing += u.casualties.missing + (u.status === 'surrendered' ? u.men : 0);
      const before = tally(u.start.equipment);
      const now = isLost(u) ? { tanks: 0, armouredCars: 0, guns: 0, aircraft: 0 } : tally(u.equipment);
      lost.tanks += Math.max(0, before.tanks - now.tanks);
      lost.armouredCars += Math.max(0, before.armouredCars - now.armouredCars);
      lost.guns += Math.max(0, before.guns - now.guns);
      lost.aircraft += Math.max(0, before.aircraft - now.aircraft);
    }
    out[side] = { killed, wounded, missing, ...lost, aircraft: airframes > 0 ? lost.aircraft : null };
  }
  return out;
};

/** Every objective and milestone of the scenario → the turn it happened (from `state.milestones`), or null. */
export const eventTurns = (state: GameState): Record<string, number | null> => {
  const ids = [...state.setup.objectives.map((o) => o.id), ...state.setup.milestones.map((m) => m.id)];
  const out: Record<string, number | null> = {};
  for (const id of [...new Set(ids)].sort()) out[id] = state.milestones[id] ?? null;
  return out;
};

/** Men lost (killed + wounded + missing) as a percent of the starting men, to one decimal. */
export const casualtyPercent = (initial: ForceCount, losses: LossCount): number =>
  initial.men === 0 ? 0 : Math.round(((losses.killed + losses.wounded + losses.missing) * 1000) / initial.men) / 10;

export interface SummaryMeta {
  readonly scenario: string;
  readonly seed: number | string;
  readonly levers: Readonly<Record<string, number>>;
  readonly engineVersion: string;
  readonly finalHash: string;
  readonly players?: BySide<string>;
}

/**
 * The result summary of a game's final state. A game stopped before the engine declared a result counts as a draw
 * at the turn it reached.
 */
export const summarizeGame = (state: GameState, meta: SummaryMeta): GameResultSummary => {
  const points = state.result?.points ?? scoreObjectives(state);
  const history = measureHistory(state);
  return {
    scenario: meta.scenario,
    seed: meta.seed,
    levers: meta.levers,
    engineVersion: meta.engineVersion,
    winner: state.result?.winner ?? 'draw',
    victoryLevel: state.result?.level ?? 'draw',
    turnsPlayed: state.result?.turn ?? state.turn,
    finalHash: meta.finalHash,
    initial: initialForces(state),
    losses: lossesSoFar(state),
    events: eventTurns(state),
    ...(meta.players ? { players: meta.players } : {}),
    points: { soviet: points.soviet, japanese: points.japanese },
    margin: points.soviet - points.japanese,
    scenarioHash: state.setup.contentHash,
    ...(Object.keys(history).length > 0 ? { history } : {}),
  };
};

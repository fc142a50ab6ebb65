/**
 * The after-action report: a game's losses and milestones set beside the scenario's historical outcome, in rows a
 * screen or a terminal can print. Shared by the browser's end screen and `npm run sim`.
 */
import { SIDES, type BySide, type Side, type Winner } from '../engine';
import { casualtyPercent, LOSS_FIGURES, type GameResultSummary, type LossCount, type LossFigure } from './game-result';

/** The scenario file's `historical` block (docs/scenario-format.md); unknown figures are null. */
export interface HistoricalOutcome {
  readonly winner: Winner;
  readonly result: string;
  readonly strength?: Partial<Record<Side, { readonly men?: number; readonly tanks?: number; readonly armouredCars?: number; readonly guns?: number; readonly aircraft?: number | undefined; readonly source?: string }>>;
  /**
   * History's losses per side; `units`, when given, names the units the figures cover (Azuma's group, not the whole
   * Japanese force), and `covers` says so in words: the game's figure beside it is then counted over those units only.
   */
  readonly losses: Partial<
    Record<
      Side,
      Partial<Record<LossFigure, number | null>> & {
        readonly killedAndWounded?: number | null | undefined;
        readonly source?: string | undefined;
        readonly units?: readonly string[] | undefined;
        readonly covers?: string | undefined;
      }
    >
  >;
  readonly milestones?: Readonly<Record<string, { readonly date: string; readonly turn?: number | null | undefined }>>;
  readonly sources?: string;
}

export interface LossRow {
  readonly side: Side;
  readonly figure: LossFigure;
  /** null where the game does not model the figure (aircraft). */
  readonly game: number | null;
  /** What the game and historical figures cover when that is less than the whole side ("Azuma's group only"). */
  readonly covers?: string;
  /** null where the sources give no figure. */
  readonly historical: number | null;
}

export interface MilestoneRow {
  readonly id: string;
  readonly name: string;
  /** Turn it happened in this game, or null. */
  readonly game: number | null;
  readonly historicalTurn: number | null;
  readonly historicalDate: string | null;
}

export interface AfterActionReport {
  readonly winner: Winner;
  readonly historicalWinner: Winner | null;
  readonly historicalResult: string | null;
  readonly casualtyPercent: Readonly<Record<Side, number>>;
  readonly losses: readonly LossRow[];
  readonly milestones: readonly MilestoneRow[];
  /** A sentence per notable difference from history, for the end screen. */
  readonly notes: readonly string[];
}

const FIGURE_NAMES: Readonly<Record<LossFigure, string>> = {
  killed: 'men killed',
  wounded: 'men wounded',
  missing: 'men missing or captured',
  tanks: 'tanks',
  armouredCars: 'armoured cars',
  guns: 'guns',
  aircraft: 'aircraft',
};

const SIDE_NAMES: Readonly<Record<Side, string>> = { soviet: 'Soviet–Mongolian', japanese: 'Japanese' };

/** The units each side's historical loss figures cover, where the scenario names them (for `lossesSoFar`'s `only`). */
export const historicalCoverage = (historical: Pick<HistoricalOutcome, 'losses'> | null | undefined): Partial<BySide<readonly string[] | undefined>> => ({
  soviet: historical?.losses.soviet?.units,
  japanese: historical?.losses.japanese?.units,
});

/**
 * Builds the report. `names` gives display names for milestone and objective ids (from the scenario); ids without a
 * name are shown as they are.
 */
export const afterActionReport = (
  result: GameResultSummary,
  historical: HistoricalOutcome | undefined,
  names: Readonly<Record<string, string>> = {},
  covered?: Partial<BySide<LossCount>>,
): AfterActionReport => {
  const losses: LossRow[] = [];
  for (const side of SIDES) {
    const block = historical?.losses[side];
    // Like with like: a figure that covers named units is set beside the game's losses of those units, or not at all.
    const partial = block?.units !== undefined;
    const game = partial ? covered?.[side] : result.losses[side];
    const covers = partial ? { covers: block?.covers ?? `units ${block?.units?.join(', ')}` } : {};
    for (const figure of LOSS_FIGURES) {
      const h = block?.[figure];
      losses.push({ side, figure, game: game ? game[figure] : null, historical: game && typeof h === 'number' ? h : null, ...covers });
    }
  }
  const ids = [...new Set([...Object.keys(result.events), ...Object.keys(historical?.milestones ?? {})])].sort();
  const milestones: MilestoneRow[] = ids.map((id) => {
    const h = historical?.milestones?.[id];
    return { id, name: names[id] ?? id, game: result.events[id] ?? null, historicalTurn: h?.turn ?? null, historicalDate: h?.date ?? null };
  });
  const notes: string[] = [];
  if (historical && historical.winner !== result.winner) {
    notes.push(
      result.winner === 'draw'
        ? `History had a ${SIDE_NAMES[historical.winner as Side] ?? historical.winner} victory; this game was a draw.`
        : `The ${SIDE_NAMES[result.winner]} side won, against history.`,
    );
  }
  for (const side of SIDES) {
    // A source that gives killed and wounded only together (KNIGALUB's 9,284 Soviet in August) is compared as such.
    const kw = historical?.losses[side]?.killedAndWounded;
    const game = historical?.losses[side]?.units !== undefined ? covered?.[side] : result.losses[side];
    if (typeof kw === 'number' && game) {
      const source = historical?.losses[side]?.source;
      notes.push(`${SIDE_NAMES[side]} killed and wounded: ${game.killed + game.wounded} against ${kw} in history${source ? ` [${source}]` : ''}.`);
    }
  }
  for (const m of milestones) {
    if (m.historicalTurn !== null && m.game === null) notes.push(`${m.name} happened in history (turn ${m.historicalTurn}) but not in this game.`);
    else if (m.historicalTurn !== null && m.game !== null && Math.abs(m.game - m.historicalTurn) >= 2)
      notes.push(`${m.name}: turn ${m.game} against turn ${m.historicalTurn} in history.`);
  }
  return {
    winner: result.winner,
    historicalWinner: historical?.winner ?? null,
    historicalResult: historical?.result ?? null,
    casualtyPercent: {
      soviet: casualtyPercent(result.initial.soviet, result.losses.soviet),
      japanese: casualtyPercent(result.initial.japanese, result.losses.japanese),
    },
    losses,
    milestones,
    notes,
  };
};

/** The report as plain text lines for the terminal. */
export const formatAfterAction = (r: AfterActionReport): string[] => {
  const lines: string[] = [];
  lines.push(`Result: ${r.winner === 'draw' ? 'draw' : `${SIDE_NAMES[r.winner]} victory`}` + (r.historicalWinner ? ` (history: ${r.historicalWinner})` : ''));
  for (const side of SIDES) {
    const rows = r.losses.filter((l) => l.side === side && ((l.game !== 0 && l.game !== null) || l.historical !== null));
    const parts = rows.map((l) => `${l.game ?? '—'} ${FIGURE_NAMES[l.figure]}${l.historical !== null ? ` (hist. ${l.historical})` : ''}`);
    const covers = r.losses.find((l) => l.side === side)?.covers;
    lines.push(`${SIDE_NAMES[side]} losses${covers ? ` (${covers})` : ''}: ${parts.length ? parts.join(', ') : 'none'}; ${r.casualtyPercent[side]}% of men`);
  }
  for (const m of r.milestones) {
    const hist = m.historicalTurn !== null ? ` (hist. turn ${m.historicalTurn}${m.historicalDate ? `, ${m.historicalDate}` : ''})` : '';
    lines.push(`  ${m.name}: ${m.game === null ? 'not reached' : `turn ${m.game}`}${hist}`);
  }
  for (const n of r.notes) lines.push(`  · ${n}`);
  return lines;
};

/**
 * The after-action report: a game's losses and milestones set beside the scenario's historical outcome, in rows a
 * screen or a terminal can print. Shared by the browser's end screen and `npm run sim`.
 */
import { SIDES, type Side, type Winner } from '../engine';
import { casualtyPercent, LOSS_FIGURES, type GameResultSummary, type LossFigure } from './game-result';

/** The scenario file's `historical` block (docs/scenario-format.md); unknown figures are null. */
export interface HistoricalOutcome {
  readonly winner: Winner;
  readonly result: string;
  readonly strength?: Partial<Record<Side, { readonly men?: number; readonly tanks?: number; readonly armouredCars?: number; readonly guns?: number; readonly aircraft?: number | undefined; readonly source?: string }>>;
  readonly losses: Partial<Record<Side, Partial<Record<LossFigure, number | null>>>>;
  readonly milestones?: Readonly<Record<string, { readonly date: string; readonly turn?: number | null | undefined }>>;
  readonly sources?: string;
}

export interface LossRow {
  readonly side: Side;
  readonly figure: LossFigure;
  readonly game: number;
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

/**
 * Builds the report. `names` gives display names for milestone and objective ids (from the scenario); ids without a
 * name are shown as they are.
 */
export const afterActionReport = (
  result: GameResultSummary,
  historical: HistoricalOutcome | undefined,
  names: Readonly<Record<string, string>> = {},
): AfterActionReport => {
  const losses: LossRow[] = [];
  for (const side of SIDES) {
    for (const figure of LOSS_FIGURES) {
      const h = historical?.losses[side]?.[figure];
      losses.push({ side, figure, game: result.losses[side][figure], historical: typeof h === 'number' ? h : null });
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
    const rows = r.losses.filter((l) => l.side === side && (l.game !== 0 || l.historical !== null));
    const parts = rows.map((l) => `${l.game} ${FIGURE_NAMES[l.figure]}${l.historical !== null ? ` (hist. ${l.historical})` : ''}`);
    lines.push(`${SIDE_NAMES[side]} losses: ${parts.length ? parts.join(', ') : 'none'}; ${r.casualtyPercent[side]}% of men`);
  }
  for (const m of r.milestones) {
    const hist = m.historicalTurn !== null ? ` (hist. turn ${m.historicalTurn}${m.historicalDate ? `, ${m.historicalDate}` : ''})` : '';
    lines.push(`  ${m.name}: ${m.game === null ? 'not reached' : `turn ${m.game}`}${hist}`);
  }
  for (const n of r.notes) lines.push(`  · ${n}`);
  return lines;
};

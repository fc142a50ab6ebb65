/**
 * One CSV row per game, for a spreadsheet: the seed, the result, who played, every lever's value, the points and the
 * margin, every loss figure per side, the turn of each objective and milestone, the "Is it history?" figures, and the
 * hashes that tie the row to one scenario content and one final state. Column names are the scenario's names (a
 * person reads them); the columns are fixed by the scenario, so `batch` can write the header first and append rows
 * as games finish.
 */
import { SIDES, type Side } from '../engine';
import { LOSS_FIGURES, type GameResultSummary, type LossFigure } from './game-result';
import { HISTORY_MEASURES } from './history-measures';
import type { ScenarioLabels } from './scenario-labels';

const SIDE_WORDS: Readonly<Record<Side, string>> = { soviet: 'Soviet', japanese: 'Japanese' };
const FIGURE_WORDS: Readonly<Record<LossFigure, string>> = {
  killed: 'men killed',
  wounded: 'men wounded',
  missing: 'men missing or captured',
  tanks: 'tanks lost',
  armouredCars: 'armoured cars lost',
  guns: 'guns lost',
  aircraft: 'aircraft lost',
};

interface Column {
  readonly header: string;
  readonly value: (r: GameResultSummary) => string | number | boolean | null | undefined;
}

const text = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
const quote = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The columns for a scenario (from its labels) or, without labels, from what the results themselves hold. */
export const csvColumns = (labels: ScenarioLabels | undefined, results: readonly GameResultSummary[] = []): Column[] => {
  const leverIds = labels ? labels.levers.map((l) => l.id) : [...new Set(results.flatMap((r) => Object.keys(r.levers)))].sort();
  const leverHeader = (id: string): string => {
    const l = labels?.levers.find((x) => x.id === id);
    return l ? `${l.name}${l.unit ? ` (${l.unit})` : ''}` : id;
  };
  const events = labels ? labels.events.map((e) => ({ id: e.id, name: e.name })) : [];
  for (const id of [...new Set(results.flatMap((r) => Object.keys(r.events)))].sort()) if (!events.some((e) => e.id === id)) events.push({ id, name: id });
  const measures = labels
    ? (HISTORY_MEASURES[labels.id] ?? []).map((m) => ({ id: m.id, label: m.label }))
    : [...new Set(results.flatMap((r) => Object.keys(r.history ?? {})))].sort().map((id) => ({ id, label: id }));
  const seen = new Set<string>();
  const unique = (h: string, id: string): string => {
    const out = seen.has(h) ? `${h} [${id}]` : h;
    seen.add(out);
    return out;
  };
  return [
    { header: unique('seed', 'seed'), value: (r) => r.seed },
    { header: unique('winner', 'winner'), value: (r) => r.winner },
    { header: unique('victory level', 'victoryLevel'), value: (r) => r.victoryLevel },
    { header: unique('turns played', 'turnsPlayed'), value: (r) => r.turnsPlayed },
    ...SIDES.map((s): Column => ({ header: unique(`${SIDE_WORDS[s]} player`, s), value: (r) => r.players?.[s] })),
    ...leverIds.map((id): Column => ({ header: unique(leverHeader(id), id), value: (r) => r.levers[id] })),
    ...SIDES.map((s): Column => ({ header: unique(`${SIDE_WORDS[s]} points`, s), value: (r) => r.points[s] })),
    { header: unique('margin (Soviet minus Japanese points)', 'margin'), value: (r) => r.margin },
    ...SIDES.flatMap((s) => LOSS_FIGURES.map((k): Column => ({ header: unique(`${SIDE_WORDS[s]} ${FIGURE_WORDS[k]}`, `${s}.${k}`), value: (r) => r.losses[s][k] }))),
    ...events.map((e): Column => ({ header: unique(`${e.name} (turn)`, e.id), value: (r) => r.events[e.id] })),
    ...measures.map((m): Column => ({ header: unique(m.label, m.id), value: (r) => r.history?.[m.id] })),
    { header: unique('scenario hash', 'scenarioHash'), value: (r) => r.scenarioHash },
    { header: unique('engine version', 'engineVersion'), value: (r) => r.engineVersion },
    { header: unique('final hash', 'finalHash'), value: (r) => r.finalHash },
  ];
};

/** The header line (no newline). */
export const csvHeader = (columns: readonly Column[]): string => columns.map((c) => quote(c.header)).join(',');

/** One game's line (no newline). */
export const csvRow = (columns: readonly Column[], r: GameResultSummary): string => columns.map((c) => quote(text(c.value(r)))).join(',');

/** The whole CSV: header, then one line per game in the order given. */
export const runsCsv = (results: readonly GameResultSummary[], labels?: ScenarioLabels): string => {
  const columns = csvColumns(labels, results);
  return [csvHeader(columns), ...results.map((r) => csvRow(columns, r))].join('\n') + '\n';
};

export type { Column as CsvColumn };

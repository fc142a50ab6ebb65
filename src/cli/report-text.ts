/**
 * A batch report as text for the terminal (`batch`, `history`) and as Markdown (docs/history-fidelity.md): names,
 * not ids; counts first ("12 of 20 games"), then rates and intervals.
 */
import { DESIGNER_NOTES, historyRowGameText, leverValueText, type BatchReport, type Distribution, type HistoryRow, type Proportion } from '../analysis';
import { SIDES, type Side } from '../engine';

const SIDE_WORDS: Readonly<Record<Side, string>> = { soviet: 'Soviet', japanese: 'Japanese' };
const pct = (x: number): string => `${Math.round(x * 100)} %`;
const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const share = (p: Proportion): string => `${p.count} of ${p.runs} games (${pct(p.rate)}; 95 % interval ${Math.round(p.low * 100)}–${pct(p.high)})`;
const spread = (d: Distribution, unit = ''): string => `median ${num(d.median)}${unit} (10–90 %: ${num(d.p10)}–${num(d.p90)}${unit})`;

/** "seeds 1–20" or "seed 7" (and "none"). */
export const seedText = (seeds: readonly (number | string)[]): string =>
  seeds.length === 0 ? 'no seeds' : seeds.length === 1 ? `seed ${seeds[0]}` : `seeds ${seeds[0]}–${seeds.at(-1)}`;

/** The levers away from history's values, or a sentence saying there are none. */
export const leverLines = (report: BatchReport): string[] => {
  const changed = report.leverSettings.filter((l) => l.changed);
  if (changed.length === 0) return [report.leverSettings.length === 0 ? 'Levers: this scenario has none' : "Levers: all at history's values"];
  return [`Levers set: ${changed.map((l) => `${l.name} ${leverValueText(l, l.value)} (history: ${leverValueText(l, l.default)})`).join('; ')}`];
};

export const historyRowText = (r: HistoryRow): string => {
  const history = r.percentile === null ? `history: ${r.historyText}` : `history: ${r.historyText}, percentile ${Math.round(r.percentile)}`;
  return `${r.measure}: ${historyRowGameText(r)}; ${history} — ${r.verdict}`;
};

/** The terminal summary of a batch. */
export const summaryLines = (report: BatchReport, extra: { seconds?: number; workers?: number } = {}): string[] => {
  const lines: string[] = [];
  lines.push(`${report.title} (${report.scenario}; scenario content ${report.scenarioHash}; engine ${report.engineVersion})`);
  const where = extra.workers !== undefined ? ` on ${extra.workers} thread${extra.workers === 1 ? '' : 's'}` : '';
  const when = extra.seconds !== undefined ? ` in ${extra.seconds.toFixed(1)} s` : '';
  const shard = report.plan.shard ? ` — shard ${report.plan.shard.index} of ${report.plan.shard.count} of seeds ${report.plan.seedStart}–${report.plan.seedStart + report.plan.runs - 1}` : '';
  lines.push(`${report.runs} games (${seedText(report.seeds)})${shard}${where}${when}; computer levels: Soviet ${report.difficulty.soviet}, Japanese ${report.difficulty.japanese}`);
  lines.push(...leverLines(report));
  lines.push('Results:');
  for (const s of SIDES) lines.push(`  ${`${SIDE_WORDS[s]} victory`.padEnd(17)} ${share(report.wins[s])}`);
  lines.push(`  ${'Draw'.padEnd(17)} ${share(report.wins.draw)}`);
  lines.push(`  Objective points: Soviet ${spread(report.points.soviet)}, Japanese ${spread(report.points.japanese)}; margin ${spread(report.margin)}`);
  for (const s of SIDES) {
    lines.push(`  ${SIDE_WORDS[s]} men lost: ${spread(report.casualtyPercent[s], ' %')}; tanks lost ${spread(report.losses[s].tanks)}`);
  }
  const events = report.labels.events.filter((e) => report.events[e.id]);
  if (events.length > 0) lines.push('Objectives and milestones:');
  for (const e of events) {
    const m = report.events[e.id]!;
    const what = e.kind === 'objective' ? `${e.name} (${SIDE_WORDS[e.side!]} objective)` : e.name;
    lines.push(`  ${what}: ${m.reached.count} of ${m.reached.runs} games${m.turn ? `, turn ${spread(m.turn)}` : ''}`);
  }
  if (report.historyComparison.length > 0) {
    lines.push('Against history:');
    for (const r of report.historyComparison) lines.push(`  ${historyRowText(r)}`);
  }
  return lines;
};

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The docs/history-fidelity.md section of one scenario's batch. */
export const historyMarkdown = (report: BatchReport): string => {
  const lines: string[] = [];
  lines.push(`## ${report.title}`);
  lines.push('');
  lines.push(
    `${report.runs} games (${seedText(report.seeds)}), the computer against itself (Soviet ${report.difficulty.soviet}, Japanese ${report.difficulty.japanese}), ` +
      `${leverLines(report)[0]!.replace(/^Levers: /, 'levers ').replace(/^Levers set: /, 'levers set: ')}; engine \`${report.engineVersion}\`, scenario content \`${report.scenarioHash}\`.`,
  );
  lines.push('');
  lines.push('| benchmark | the game | history | history\'s percentile | verdict |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const r of report.historyComparison) {
    lines.push(`| ${cell(r.measure)} | ${cell(historyRowGameText(r))} | ${cell(r.historyText)} | ${r.percentile === null ? '—' : Math.round(r.percentile)} | ${cell(r.verdict)} |`);
  }
  lines.push('');
  const notes = DESIGNER_NOTES[report.scenario] ?? [];
  if (notes.length > 0) {
    lines.push("**Designer's notes**: where the game is known to differ from the record, and why.");
    lines.push('');
    for (const n of notes) lines.push(`- *${n.about}.* ${n.text} [${n.source}]`);
    lines.push('');
  }
  return lines.join('\n');
};

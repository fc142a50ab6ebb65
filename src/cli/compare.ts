/**
 * `npm run -s compare -- A.json B.json [--json]`: two batches (stats.json from `batch`) side by side — for each measure
 * A's and B's figures, the difference B − A with its 95 % interval, and a sentence for each difference beyond noise.
 * Exit 0, 1 (a file that is not a batch's stats.json) or 2 (bad arguments).
 */
import { compareBatches, type BatchReport, type CompareRow } from '../analysis';
import { isEntry, quietPipes } from './cli-io';
import { leverLines, seedText } from './report-text';
import { readStatsFile } from './stats-file';
import { answerHelp, USAGE } from './usage';

const fmt = (x: number, digits = Math.abs(x) >= 100 ? 0 : 1): string => {
  if (Number.isNaN(x)) return '—';
  const s = x.toFixed(digits).replace(/^-(0(\.0)?)$/, '$1');
  return s.replace(/^-/, '−');
};

const describe = (label: string, file: string, r: BatchReport): string => {
  const who = r.difficulty ? `; levels: Soviet ${r.difficulty.soviet}, Japanese ${r.difficulty.japanese}` : '';
  const levers = r.leverSettings ? leverLines(r)[0]! : `Levers: ${JSON.stringify(r.levers)}`;
  return `${label}: ${file} — ${r.title ?? r.scenario} (${r.scenario}), ${r.runs} games (${seedText(r.seeds ?? [])})${who}\n   ${levers}`;
};

export const tableLines = (rows: readonly CompareRow[]): string[] => {
  const diff = (r: CompareRow): string => {
    const d = r.kind === 'share' ? 0 : undefined;
    const range = Number.isNaN(r.low) ? 'no interval: too few games' : `${fmt(r.low, d)} to ${fmt(r.high, d)}`;
    return `${fmt(r.difference, d)}${r.kind === 'share' ? ' points' : ''} (${range})${r.clear ? ' *' : ''}`;
  };
  const w = [Math.max(7, ...rows.map((r) => r.name.length)), Math.max(1, ...rows.map((r) => r.a.length)), Math.max(1, ...rows.map((r) => r.b.length))];
  const lines = [`${'measure'.padEnd(w[0]!)}  ${'A'.padEnd(w[1]!)}  ${'B'.padEnd(w[2]!)}  B − A (95 % interval)`];
  for (const r of rows) lines.push(`${r.name.padEnd(w[0]!)}  ${r.a.padEnd(w[1]!)}  ${r.b.padEnd(w[2]!)}  ${diff(r)}`);
  return lines;
};

export const main = (argv: readonly string[]): number => {
  answerHelp('compare', argv);
  const json = argv.includes('--json');
  const unknown = argv.find((a) => a.startsWith('-') && a !== '--json');
  const files = argv.filter((a) => !a.startsWith('-'));
  if (unknown !== undefined || files.length !== 2) {
    process.stderr.write(`compare: ${unknown !== undefined ? `unknown option '${unknown}'` : 'give two stats.json files'} (${USAGE.compare.split('\n')[0]})\n`);
    return 2;
  }
  const a = readStatsFile(files[0]!);
  if (!a.ok) return (process.stderr.write(`compare: ${a.message}\n`), 1);
  const b = readStatsFile(files[1]!);
  if (!b.ok) return (process.stderr.write(`compare: ${b.message}\n`), 1);
  const ra = a.report;
  const rb = b.report;
  const labels = ra.labels ?? rb.labels;
  const rows = compareBatches(ra, rb, labels ? { events: labels.events, levers: labels.levers } : {});
  const notes: string[] = [];
  if (ra.scenario !== rb.scenario) notes.push(`The batches are of different scenarios (${ra.scenario} and ${rb.scenario}): only the measures they share are compared.`);
  else if (ra.scenarioHash && rb.scenarioHash && ra.scenarioHash !== rb.scenarioHash) notes.push(`The scenario's content differs between the batches (${ra.scenarioHash} and ${rb.scenarioHash}): differences may come from the edit, not the levers.`);
  if (ra.engineVersion && rb.engineVersion && ra.engineVersion !== rb.engineVersion) notes.push(`The batches were played by different engine versions (${ra.engineVersion} and ${rb.engineVersion}).`);
  if (ra.complete === false || rb.complete === false) notes.push('A batch is unfinished (complete: false): its figures are provisional.');
  if (json) {
    const arm = (file: string, r: BatchReport) => ({ file, scenario: r.scenario, scenarioHash: r.scenarioHash ?? null, runs: r.runs, levers: r.levers, difficulty: r.difficulty ?? null });
    process.stdout.write(`${JSON.stringify({ a: arm(files[0]!, ra), b: arm(files[1]!, rb), notes, rows }, null, 2)}\n`);
    return 0;
  }
  const out = [describe('A', files[0]!, ra), describe('B', files[1]!, rb), ...notes, '', ...tableLines(rows), ''];
  const clear = rows.filter((r) => r.clear);
  out.push('* the 95 % interval of B − A leaves out zero: a difference beyond the noise of this many games.');
  out.push('Shares: Newcombe\'s hybrid score interval, in percentage points; numbers: Welch\'s interval for the difference of means.');
  out.push('');
  if (clear.length === 0) out.push('No difference beyond noise at the 95 % level. More games narrow the intervals.');
  else for (const r of clear) out.push(r.sentence);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
};

if (isEntry(import.meta.url)) {
  quietPipes();
  process.exitCode = main(process.argv.slice(2));
}

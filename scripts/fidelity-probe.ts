/**
 * Developer tool (helper "history", issue 14): the issue's benchmark figures of one scenario over N seeds, regular AI
 * against regular AI, with any lever settings — the history measures, winners, the missing/captured share of each
 * side's men lost and killed + wounded. `npx tsx scripts/fidelity-probe.ts SCENARIO RUNS [LEVER=VALUE]…`
 * Prints one JSON line of per-game figures to stdout with `--json`.
 */
import { HISTORY_MEASURES, lossesSoFar, measureHistory, type HistoryFigure } from '../src/analysis';
import { ENGINE_VERSION, loadScenarioGame, runGame } from '../src/game/node';

const args = process.argv.slice(2);
const json = args.includes('--json');
const [id = 'azuma-encirclement', runsText = '20', ...leverArgs] = args.filter((a) => a !== '--json');
const levers: Record<string, number> = {};
for (const a of leverArgs) {
  const [k, v] = a.split('=');
  if (k && v !== undefined) levers[k] = Number(v);
}
const loaded = loadScenarioGame(id);
if (!loaded.ok) throw new Error(loaded.message);
const runs = Number(runsText);
const rows: Record<string, HistoryFigure | string>[] = [];
for (let seed = 1; seed <= runs; seed++) {
  const s = loaded.start(seed, levers);
  if (!s.ok) throw new Error(s.message);
  const out = runGame({ state: s.state, plan: loaded.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: ENGINE_VERSION });
  const st = out.game.state;
  const l = lossesSoFar(st);
  const row: Record<string, HistoryFigure | string> = { seed: String(seed), winner: st.result?.winner ?? 'none', margin: (st.result?.points.soviet ?? 0) - (st.result?.points.japanese ?? 0) };
  for (const side of ['soviet', 'japanese'] as const) {
    const men = l[side].killed + l[side].wounded + l[side].missing;
    row[`${side}-kw`] = l[side].killed + l[side].wounded;
    row[`${side}-missing`] = l[side].missing;
    row[`${side}-missing-pct`] = men === 0 ? 0 : Math.round((l[side].missing * 1000) / men) / 10;
  }
  for (const [k, v] of Object.entries(measureHistory(st))) row[k] = v;
  for (const [k, v] of Object.entries(st.milestones)) row[`m:${k}`] = v;
  rows.push(row);
}
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
};
if (json) console.log(JSON.stringify(rows));
const winners: Record<string, number> = {};
for (const r of rows) winners[r['winner'] as string] = (winners[r['winner'] as string] ?? 0) + 1;
const meanMargin = rows.reduce((a, r) => a + (r['margin'] as number), 0) / runs;
console.log(`${id}, ${runs} seeds, levers ${JSON.stringify(levers)}: winners ${JSON.stringify(winners)}; mean Soviet points margin ${meanMargin.toFixed(1)}`);
const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'seed' && k !== 'winner').sort();
for (const k of keys) {
  const xs = rows.map((r) => r[k]);
  const label = HISTORY_MEASURES[id]?.find((m) => m.id === k)?.label ?? k;
  if (xs.some((x) => typeof x === 'boolean')) {
    console.log(`  ${label}: ${xs.filter((x) => x === true).length} of ${runs}`);
    continue;
  }
  const nums = xs.filter((x): x is number => typeof x === 'number');
  if (nums.length === 0) continue;
  const never = runs - nums.length;
  console.log(`  ${label}: median ${quantile(nums, 0.5)} (p10 ${quantile(nums, 0.1)}, p90 ${quantile(nums, 0.9)})${never ? `; never in ${never}` : ''}`);
}

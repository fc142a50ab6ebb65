/**
 * Developer tool: the "Is it history?" figures of a scenario over many seeds (regular AI against regular AI), for the
 * issue notes and for tuning. `npx tsx scripts/history-report.ts SCENARIO RUNS [LEVER=VALUE]…`
 * Prints each measure of `src/analysis/history-measures.ts` (share of games for yes/no figures; median, p10 and p90
 * for numbers), the winners, and the mean Japanese objective-points margin (what the lever checks compare).
 */
import { HISTORY_MEASURES, measureHistory, type HistoryFigure } from '../src/analysis';
import { ENGINE_VERSION, loadScenarioGame, runGame } from '../src/game/node';

const [id = 'azuma-encirclement', runsText = '50', ...leverArgs] = process.argv.slice(2);
const levers: Record<string, number> = {};
for (const a of leverArgs) {
  const [k, v] = a.split('=');
  if (k && v !== undefined) levers[k] = Number(v);
}
const loaded = loadScenarioGame(process.env['SCENARIO_FILE'] ?? id);
if (!loaded.ok) throw new Error(loaded.message);
const figures = new Map<string, HistoryFigure[]>();
const winners: Record<string, number> = {};
let margin = 0;
const runs = Number(runsText);
for (let seed = 1; seed <= runs; seed++) {
  const s = loaded.start(seed, levers);
  if (!s.ok) throw new Error(s.message);
  const out = runGame({ state: s.state, plan: loaded.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: ENGINE_VERSION });
  const st = out.game.state;
  winners[st.result?.winner ?? 'none'] = (winners[st.result?.winner ?? 'none'] ?? 0) + 1;
  margin += (st.result?.points.japanese ?? 0) - (st.result?.points.soviet ?? 0);
  for (const [k, v] of Object.entries(measureHistory(st))) figures.set(k, [...(figures.get(k) ?? []), v]);
}
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
};
console.log(`${id}, ${runs} seeds, levers ${JSON.stringify(levers)}: winners ${JSON.stringify(winners)}; mean Japanese points margin ${(margin / runs).toFixed(1)}`);
for (const m of HISTORY_MEASURES[id] ?? []) {
  const xs = figures.get(m.id) ?? [];
  if (xs.every((x) => typeof x === 'boolean')) {
    console.log(`  ${m.label}: ${Math.round((xs.filter(Boolean).length * 100) / xs.length)}% of games (history: ${m.history})`);
  } else {
    const nums = xs.filter((x): x is number => typeof x === 'number');
    const tail = nums.length < xs.length ? `; never in ${xs.length - nums.length} games` : '';
    if (nums.length === 0) console.log(`  ${m.label}: never (history: ${m.history})`);
    else console.log(`  ${m.label}: median ${quantile(nums, 0.5).toFixed(1)} (p10 ${quantile(nums, 0.1).toFixed(1)}, p90 ${quantile(nums, 0.9).toFixed(1)})${tail} (history: ${m.history})`);
  }
}

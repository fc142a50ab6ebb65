/**
 * Developer tool (helper "history", issue 11 "levers must matter"): for each bundled lever of a scenario, its lowest
 * and highest setting against the historical setting over the same seeds (paired), regular AI against regular AI.
 * For every outcome — the Soviet points margin, Soviet win (0/1), and each "Is it history?" measure — the mean
 * paired difference and its standard error; the line reports the outcome that moved most (largest |difference / SE|)
 * and says "moves" when that is beyond two standard errors, "no effect beyond noise" otherwise.
 * `npx tsx scripts/lever-table.ts SCENARIO [RUNS] [LEVER…]` → markdown rows on stdout.
 */
import { HISTORY_MEASURES, measureHistory } from '../src/analysis';
import { ENGINE_VERSION, loadScenarioGame, runGame } from '../src/game/node';

const [id = 'azuma-encirclement', runsText = '50', ...only] = process.argv.slice(2);
const runs = Number(runsText);
const loaded = loadScenarioGame(id);
if (!loaded.ok) throw new Error(loaded.message);

type Outcomes = Record<string, number>;
const play = (levers: Record<string, number>): Outcomes[] => {
  const out: Outcomes[] = [];
  for (let seed = 1; seed <= runs; seed++) {
    const s = loaded.start(seed, levers);
    if (!s.ok) throw new Error(s.message);
    const st = runGame({ state: s.state, plan: loaded.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: ENGINE_VERSION }).game.state;
    const o: Outcomes = { 'Soviet points margin': (st.result?.points.soviet ?? 0) - (st.result?.points.japanese ?? 0), 'Soviet win (share)': st.result?.winner === 'soviet' ? 1 : 0 };
    for (const [k, v] of Object.entries(measureHistory(st))) {
      // The missing share is a ratio of small counts: too noisy to say a lever "matters" by it.
      if (k.endsWith('missing-percent')) continue;
      const label = HISTORY_MEASURES[id]?.find((m) => m.id === k)?.label ?? k;
      if (typeof v === 'boolean') o[`${label} (share)`] = v ? 1 : 0;
      else if (typeof v === 'number') o[label] = v;
      // A turn that never came counts one past the last turn, so "never" is later than any turn.
      else o[label] = st.setup.clock.turns + 1;
    }
    out.push(o);
  }
  return out;
};

const base = play({});
const fmt = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));
const levers = loaded.scenario.levers;
if (!levers) throw new Error('no levers on the loaded scenario');
for (const lever of levers) {
  if (only.length > 0 && !only.includes(lever.id)) continue;
  for (const value of [lever.min, lever.max]) {
    if (value === lever.default) continue;
    const alt = play({ [lever.id]: value });
    let best = { key: '', diff: 0, se: 0, t: 0, meanBase: 0 };
    for (const key of Object.keys(base[0]!)) {
      const d = alt.map((a, i) => (a[key] ?? 0) - (base[i]![key] ?? 0));
      const mean = d.reduce((a, b) => a + b, 0) / d.length;
      const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / Math.max(1, d.length - 1));
      const se = sd / Math.sqrt(d.length);
      const t = se === 0 ? (mean === 0 ? 0 : Infinity) : Math.abs(mean) / se;
      if (t > best.t || best.key === '') best = { key, diff: mean, se, t, meanBase: base.reduce((a, b) => a + (b[key] ?? 0), 0) / base.length };
    }
    const verdict = best.t > 2 ? 'moves' : 'no effect beyond noise';
    console.log(`| ${id} | ${lever.id} | ${value} (history ${lever.default}) | ${best.key}: ${fmt(best.meanBase)} → ${fmt(best.meanBase + best.diff)} (paired difference ${fmt(best.diff)} ± ${fmt(best.se)} SE) | ${verdict} |`);
  }
}

/**
 * AI benchmarks: one AI side-turn for the larger side of the August offensive (the contract's `chooseCommands` on
 * one view), and whole AI-against-AI games of each historical scenario at a fixed seed.
 */
import { existsSync } from 'node:fs';
import { chooseCommands, createMemory, engineRules } from '../../ai';
import { applyCommand, viewFor, type GameState, type Side } from '../../engine';
import type { BenchCase } from '../bench-case';
import { loadScenarioGame, runGame, scenarioFile, type LoadedScenario } from '../../game/node';

const loadedCache = new Map<string, LoadedScenario>();
const load = (id: string): LoadedScenario => {
  let l = loadedCache.get(id);
  if (!l) {
    const r = loadScenarioGame(id);
    if (!r.ok) throw new Error(`bench: ${r.message}`);
    l = r;
    loadedCache.set(id, l);
  }
  return l;
};

const startOf = (id: string, seed: number): GameState => {
  const s = load(id).start(seed, {});
  if (!s.ok) throw new Error(`bench: ${s.message}`);
  return s.state;
};

const wholeGame = (id: string, target: string): BenchCase => ({
  name: `AI game ${id} (regular v regular)`,
  unit: 'ms',
  target,
  budgetMs: 6000,
  setup: () => void load(id),
  run: () =>
    runGame({ state: startOf(id, 1), plan: load(id).plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed: 1, levers: {}, engineVersion: 'bench' })
      .summary.finalHash,
});

let augustTurn: { state: GameState; side: Side } | null = null;
const augustSideTurn = (): BenchCase => ({
  name: 'AI side-turn, August larger side',
  unit: 'ms',
  target: '≤ 50 ms',
  budgetMs: 4000,
  setup: () => {
    const state = startOf('august-offensive', 1);
    const men = (side: Side) => state.units.filter((u) => u.side === side).reduce((s, u) => s + u.men, 0);
    const side: Side = men('soviet') >= men('japanese') ? 'soviet' : 'japanese';
    // The larger side's own turn: if the other side moves first, let that first part pass.
    let s = state;
    if (s.activeSide !== side) {
      const r = applyCommand(s, { type: 'end-turn' });
      if (r.ok) s = r.state;
    }
    augustTurn = { state: s, side };
  },
  run: () => {
    const t = augustTurn!;
    return chooseCommands(viewFor(t.state, t.side), load('august-offensive').plan[t.side], {
      difficulty: 'regular',
      rules: engineRules,
      memory: createMemory(t.side),
      applyCommand,
    }).commands.length;
  },
});

const present = (id: string): boolean => existsSync(scenarioFile(id));

export const cases: BenchCase[] = [
  ...(present('august-offensive') ? [augustSideTurn()] : []),
  ...(present('azuma-encirclement') ? [wholeGame('azuma-encirclement', '≤ 200 ms')] : []),
  ...(present('yasuoka-night-attack') ? [wholeGame('yasuoka-night-attack', '≤ 500 ms')] : []),
  ...(present('august-offensive') ? [wholeGame('august-offensive', '≤ 2000 ms')] : []),
];

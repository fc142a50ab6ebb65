/**
 * What a scenario at the file limits costs (src/scenario/limits.ts): four August battles side by side on a 190×198
 * map, 612 units, read through `parseScenario` like any file. The computer's side-turn for the larger side (408 units)
 * is the figure the unit limit was set by: it must stay within 2 s, or the game does not play.
 */
import { createMemory, engineDriver, engineRules, playSideTurn } from '../../ai';
import { applyCommand, type GameState, type Side } from '../../engine';
import { createGame, parseScenario, scenarioAiPlan, type AiPlan } from '../../scenario';
import type { BenchCase } from '../bench-case';
import { tiledAugust } from './large-scenario';

/** The bench battle: the map 5 × 3 Augusts wide (190×198), the battle in four of them. */
export const LIMITS_BATTLE = { across: 5, down: 3, battles: 4 } as const;

let text = '';
let start: { state: GameState; plan: AiPlan; side: Side } | null = null;

const prepare = (): void => {
  if (start) return;
  text = JSON.stringify(tiledAugust(LIMITS_BATTLE.across, LIMITS_BATTLE.down, LIMITS_BATTLE.battles));
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(`bench: the limits battle does not parse: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
  let state = createGame(parsed.scenario, { seed: 1 });
  const count = (side: Side) => state.units.filter((u) => u.side === side).length;
  const side: Side = count('soviet') >= count('japanese') ? 'soviet' : 'japanese';
  if (state.activeSide !== side) {
    const r = applyCommand(state, { type: 'end-turn' });
    if (r.ok) state = r.state;
  }
  start = { state, plan: scenarioAiPlan(parsed.scenario), side };
};

export const cases: BenchCase[] = [
  {
    name: 'parseScenario at the limits (612 units, 190×198)',
    unit: 'ms',
    target: '≤ 500 ms',
    budgetMs: 4000,
    setup: prepare,
    run: () => parseScenario(text).ok,
  },
  {
    name: 'AI side-turn at the limits (408 of 612 units, 190×198)',
    unit: 'ms',
    target: '≤ 2000 ms',
    budgetMs: 8000,
    setup: prepare,
    run: () => {
      const s = start!;
      return playSideTurn(s.state, s.side, { plan: s.plan[s.side], memory: createMemory(s.side), difficulty: 'regular', rules: engineRules, driver: engineDriver }).commands.length;
    },
  },
  {
    name: 'whole turn end (both parts) at the limits',
    unit: 'ms',
    target: '≤ 50 ms',
    setup: prepare,
    run: () => {
      const a = applyCommand(start!.state, { type: 'end-turn' });
      return a.ok ? applyCommand(a.state, { type: 'end-turn' }).ok : false;
    },
  },
];

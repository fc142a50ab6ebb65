import { bundledScenarios } from './src/cli/bundled-scenarios';
import { engineDriver, engineRules } from './src/ai/engine-rules';
import { createMemory } from './src/ai/memory';
import { playSideTurn } from './src/ai/play-side-turn';
import { scenarioAiPlan } from './src/scenario/build-setup';
import { createGame } from './src/scenario/create-game';
import { engineRules as uiRules } from './src/ui/engine-rules';
import { GameSession } from './src/ui/controller/game-session';
const sc = bundledScenarios().get('august-offensive')!;
const plan = scenarioAiPlan(sc);
const s0 = createGame(sc, { seed: 5, levers: {} });
const r = playSideTurn(s0, 'soviet', { plan: plan.soviet, memory: createMemory('soviet'), difficulty: 'regular', rules: engineRules, driver: engineDriver });
for (let k = 0; k < 0; k++) {
  const session = new GameSession(uiRules, s0, { scenarioId: 'august-offensive', seed: 5, side: 'japanese', mode: 'ai', difficulty: 'regular', levers: {} });
  const t = performance.now();
  for (const c of r.commands) session.submit(c);
  const t1 = performance.now();
  let s = s0; for (const c of r.commands) { const x = engineDriver.applyCommand(s, c); if (x.ok) s = x.state; }
  console.log('session submit', (t1 - t).toFixed(0), 'ms; bare apply', (performance.now() - t1).toFixed(0), 'ms', r.commands.length);
}
let st = s0;
const mem: any = { soviet: createMemory('soviet'), japanese: createMemory('japanese') };
for (let k = 0; k < 6; k++) {
  const side = st.activeSide;
  const t = performance.now();
  const rr = playSideTurn(st, side, { plan: plan[side], memory: mem[side], difficulty: 'regular', rules: engineRules, driver: engineDriver });
  console.log(side, st.turn, (performance.now() - t).toFixed(0), 'ms', rr.commands.length);
  mem[side] = rr.memory; st = rr.state;
}

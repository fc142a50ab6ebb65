import { fastDistance } from '../src/engine';
import { ENGINE_VERSION, loadScenarioGame, runGame } from '../src/game/node';
const l = loadScenarioGame('august-offensive');
if (!l.ok) throw new Error();
const pocketMilestone = l.scenario.milestones.find((m) => m.id === 'japanese-pocket-destroyed')!;
for (const seed of [1, 2]) {
  const s = l.start(seed, {});
  if (!s.ok) throw new Error();
  const st = runGame({ state: s.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: ENGINE_VERSION }).game.state;
  const m = st.setup.milestones.find((x) => x.id === 'japanese-pocket-destroyed')!;
  const hexes = m.when.kind === 'side-cleared' ? m.when.hexes : [];
  const ctl = hexes.map((h) => st.control[`${h.q},${h.r}`] ?? '-');
  const left = st.units.filter((u) => u.side === 'japanese' && u.hex && (u.status === 'active' || u.status === 'routed')).map((u) => `${u.id}(${u.status[0]}${u.men},d${Math.min(...hexes.map((h) => fastDistance(u.hex!, h)))})`);
  console.log(seed, JSON.stringify(st.milestones), '\n control', ctl.join(','), '\n left', left.join(' '));
}
void pocketMilestone;

import { EQUIPMENT } from '../src/engine';
import { ENGINE_VERSION, loadScenarioGame, runGame } from '../src/game/node';
const l = loadScenarioGame('yasuoka-night-attack');
if (!l.ok) throw new Error();
for (let seed = 1; seed <= 6; seed++) {
  const s = l.start(seed, {});
  if (!s.ok) throw new Error();
  const st = runGame({ state: s.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: ENGINE_VERSION }).game.state;
  const rows = st.units.filter((u) => /tk|11tb/.test(u.id)).map((u) => {
    const t = (c: Record<string, number>) => Object.entries(c).filter(([k]) => ['tank'].includes(EQUIPMENT[k]?.class ?? '')).reduce((a, [, n]) => a + n, 0);
    return `${u.id}:${t(u.start.equipment)}→${u.status === 'destroyed' || u.status === 'surrendered' ? 0 : t(u.equipment)}(${u.status[0]}${u.men})`;
  });
  console.log(seed, st.result?.winner, JSON.stringify(st.milestones), '\n  ', rows.join(' '));
}

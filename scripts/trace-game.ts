/**
 * Developer tool: plays one AI-against-AI game and prints what happened turn by turn (combats, milestones, and the
 * state of chosen units), to see why a scenario's history comes out as it does.
 * `[NEAR=col,row] npx tsx scripts/trace-game.ts SCENARIO SEED [UNIT-ID-PREFIX…]` (NEAR: also every unit within two
 * hexes of that hex)
 */
import { applyCommand, axialToOffset, clockAt, fastDistance, offsetToAxial, type GameState } from '../src/engine';
import { ENGINE_VERSION, loadScenarioGame, runGame } from '../src/game/node';

const [id = 'yasuoka-night-attack', seedText = '1', ...prefixes] = process.argv.slice(2);
const seed = Number(seedText);
const l = loadScenarioGame(process.env['SCENARIO_FILE'] ?? id);
if (!l.ok) throw new Error(l.message);
const s = l.start(seed, {});
if (!s.ok) throw new Error(s.message);
const out = runGame({ state: s.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: ENGINE_VERSION });
const oc = (h: { q: number; r: number } | null): string => {
  if (!h) return '--';
  const o = axialToOffset(h);
  return `${o.col},${o.row}`;
};
const near = process.env['NEAR'] ? offsetToAxial({ col: Number(process.env['NEAR'].split(',')[0]), row: Number(process.env['NEAR'].split(',')[1]) }) : null;
const show = (st: GameState): void => {
  for (const u of st.units) {
    const close = near !== null && u.hex !== null && fastDistance(u.hex, near) <= 2;
    if (!close && !prefixes.some((p) => u.id.startsWith(p))) continue;
    const eq = Object.entries(u.equipment).filter(([, n]) => n > 0).map(([k, n]) => `${k}:${n}`).join(' ');
    console.log(`   ${u.id.padEnd(16)} ${oc(u.hex).padEnd(6)} ${u.status.padEnd(9)} men ${u.men} coh ${u.cohesion} sup ${u.supply} mp ${u.mp} ${eq}`);
  }
};
let st = s.state;
let turn = 0;
for (const { command, side } of out.game.log) {
  if (st.turn !== turn || command.type === 'end-turn') {
    if (st.turn !== turn) {
      turn = st.turn;
      const c = clockAt(st.setup, st.turn);
      console.log(`== turn ${turn} ${c.light} vis ${c.visibilityMetres}`);
    }
  }
  const r = applyCommand(st, command);
  if (!r.ok) { console.log('REFUSED', command, r.reason); continue; }
  for (const e of r.events) {
    if (e.type === 'combat') {
      const loss = e.losses.map((x) => `${x.unitId}:-${x.killed + x.wounded + x.missing}${Object.keys(x.destroyed).length ? '/' + Object.entries(x.destroyed).map(([k, n]) => k + n).join(',') : ''} ${x.outcome}`).join('; ');
      console.log(` ${side[0]} ${e.kind} ${e.attackers.join('+')} -> ${oc(e.target)}${e.hexTaken ? ' TAKEN' : ''} | ${loss}`);
    } else if (e.type === 'milestone' || e.type === 'objective' || e.type === 'game-over' || e.type === 'unit-surrendered' || e.type === 'unit-destroyed') {
      console.log(` ! ${JSON.stringify(e)}`);
    }
  }
  if (command.type === 'end-turn' && side === 'japanese') show(r.state);
  st = r.state;
}
console.log(JSON.stringify(out.summary.losses));

/**
 * Combat benchmarks for `npm run bench`: one resolution (fires from cached profiles, the two rolls, losses and
 * outcome — no state copy), a whole preview (all 121 roll pairs), and a whole assault command on a state.
 */
import { benchSetup } from './bench-setup';
import { applyAttack, buildEngagement, buildMap, createInitialState, fastDistance, offsetToAxial, previewAttack, resolveCombat, Rng, seedRng, type Axial, type Engagement, type GameState, type UnitSetup } from '../../engine';
import type { BenchCase } from '../bench-case';
import { syntheticState } from './synthetic-battle';

const at = (col: number, row: number) => offsetToAxial({ col, row });

/** A Soviet rifle battalion with a BT-5 company assaulting a Japanese battalion dug in with its 37 mm guns, at night. */
const benchState = (): GameState => {
  const width = 30;
  const height = 20;
  const n = width * height;
  const map = buildMap({
    width,
    height,
    hexMetres: 500,
    terrain: Array.from({ length: n }, (_, i) => (i % width > 15 ? 'dunes' : 'steppe')),
    elevation: Array.from({ length: n }, (_, i) => 600 + (i % width > 15 ? 20 : 0)),
    hexsides: [],
    roads: [],
    places: [],
  });
  const unit = (id: string, side: 'soviet' | 'japanese', col: number, row: number, men: number, equipment: Record<string, number>, extra: Partial<UnitSetup> = {}): UnitSetup => ({
    id,
    side,
    name: id,
    label: id,
    formation: 'bench',
    kind: 'infantry',
    size: 'battalion',
    men,
    equipment,
    source: 'bench',
    hex: at(col, row),
    ...extra,
  });
  const units = [
    unit('sov-2-149', 'soviet', 15, 10, 620, { LMG: 18, HMG: 8, '82mm-mortar': 6, '45mm-M1937': 2 }),
    unit('sov-bt', 'soviet', 16, 11, 45, { 'BT-5': 15 }, { kind: 'tank', size: 'company' }),
    unit('jap-2-28', 'japanese', 16, 10, 700, { LMG: 27, HMG: 8, '50mm-Type89': 18, '37mm-Type94': 4 }, { entrenchment: 2 }),
  ];
  return createInitialState(benchSetup('Bench', map, units, { start: '1939-07-02T23:00', sunrise: '04:30', sunset: '20:00' }), { seed: 'bench' });
};

let state: GameState;
let engagement: Engagement;
let rng: Rng;
const target = at(16, 10);
const attackers = ['sov-2-149', 'sov-bt'];

const prepare = (): void => {
  if (state) return;
  state = benchState();
  const built = buildEngagement(state, 'assault', attackers, target);
  if (!built.ok) throw new Error(`bench battle refused: ${built.reason}`);
  engagement = built.engagement;
  rng = new Rng(seedRng('bench'));
};

/** The 300-unit synthetic battle and the first Soviet unit next to a Japanese one (ids in order). */
let big: { state: GameState; attacker: string; target: Axial } | null = null;
const prepareBig = (): void => {
  if (big) return;
  const s = syntheticState();
  for (const a of s.units) {
    if (a.side !== 'soviet' || !a.hex || a.status !== 'active' || a.kind === 'artillery' || a.kind === 'headquarters') continue;
    const d = s.units.find((u) => u.side === 'japanese' && u.hex && fastDistance(u.hex, a.hex!) === 1);
    if (d?.hex && previewAttack(s, [a.id], d.hex).ok) {
      big = { state: s, attacker: a.id, target: d.hex };
      return;
    }
  }
  throw new Error('bench: no Soviet unit next to a Japanese one in the synthetic battle');
};

export const cases: BenchCase[] = [
  {
    name: 'combat resolution (2 attackers, 1 defender)',
    unit: 'ops/s',
    target: '≥ 1000000 ops/s',
    setup: prepare,
    run: () => resolveCombat(engagement.inputs, rng),
  },
  {
    name: 'previewAttack (121 roll pairs)',
    unit: 'µs',
    target: '≤ 300 µs',
    setup: prepare,
    run: () => previewAttack(state, attackers, target),
  },
  {
    name: 'previewAttack in the 300-unit battle',
    unit: 'µs',
    target: '≤ 300 µs',
    setup: prepareBig,
    run: () => previewAttack(big!.state, [big!.attacker], big!.target),
  },
  {
    name: 'applyAttack (whole command)',
    unit: 'µs',
    target: '≤ 100 µs',
    setup: prepare,
    run: () => applyAttack(state, { type: 'attack', unitIds: attackers, target }),
  },
];

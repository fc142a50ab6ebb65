/**
 * Run on its own by tests/engine/shapes.test.ts: `node --allow-natives-syntax --import tsx tests/helpers/shape-census.ts
 * SCENARIO SIDE_TURNS [LEVER=VALUE,…]`. Plays the scenario's first side-turns with the AI on both sides and prints, as JSON, how many
 * V8 hidden classes ("maps") each engine type came in across every state the rules produced, every side's view and
 * every unit in them. V8's own answer (`%HaveSameMap`) is only available behind that flag, hence the child process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineDriver, engineRules, playHeadlessGame } from '../../src/ai';
import { hashState, type Command, type GameState } from '../../src/engine';
import { loadScenarioText } from '../../src/game';
import { PROJECT_ROOT } from '../../src/game/node';

const [scenario = 'august-offensive', sideTurnsText = '6', leversText = ''] = process.argv.slice(2);
const levers = Object.fromEntries(leversText.split(',').filter(Boolean).map((kv) => [kv.split('=')[0]!, Number(kv.split('=')[1])]));
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
// An object built before a field's representation changed keeps the old (deprecated) map until V8 touches it: migrate
// it first, so the count is of the shapes the constructors make, not of V8's lazy bookkeeping.
const migrate = new Function('o', '%TryMigrateInstance(o)') as (o: object) => void;

const maps = new Map<string, object[]>();
const seen = new WeakSet<object>();
const note = (kind: string, o: unknown): void => {
  if (typeof o !== 'object' || o === null || seen.has(o)) return;
  seen.add(o);
  migrate(o);
  const reps = maps.get(kind) ?? [];
  if (!reps.some((r) => sameMap(r, o))) reps.push(o);
  maps.set(kind, reps);
};
const noteState = (s: GameState): void => {
  note('state', s);
  note('setup', s.setup);
  note('side rules', s.setup.rules.soviet);
  note('side rules', s.setup.rules.japanese);
  for (const u of s.setup.units) note('unit setup', u);
  for (const u of s.units) {
    note('unit', u);
    note('unit actions', u.acted);
  }
};

const loaded = loadScenarioText(readFileSync(join(PROJECT_ROOT, 'scenarios', `${scenario}.json`), 'utf8'), `${scenario}.json`);
if (!loaded.ok) throw new Error(loaded.message);
const start = loaded.start(1, levers);
if (!start.ok) throw new Error(start.message);
noteState(start.state);
const driver = {
  viewFor: (state: GameState, side: 'soviet' | 'japanese') => {
    const view = engineDriver.viewFor(state, side);
    noteState(view.state);
    return view;
  },
  applyCommand: (state: GameState, command: Command) => {
    const result = engineDriver.applyCommand(state, command);
    if (result.ok) noteState(result.state);
    return result;
  },
};
playHeadlessGame(start.state, {
  plan: loaded.plan,
  difficulty: { soviet: 'regular', japanese: 'regular' },
  rules: engineRules,
  driver,
  hash: hashState,
  maxSideTurns: Number(sideTurnsText),
});
process.stdout.write(JSON.stringify(Object.fromEntries([...maps].map(([kind, reps]) => [kind, reps.length]))));

/**
 * Scenario and record benchmarks: reading the largest bundled scenario (August: parse, schema, semantic checks),
 * building its setup with levers, its content hash, and checking a game record of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSetup, canonicalJson, createGame, hashText, parseScenario, type Scenario } from '../../scenario';
import { parseRecord, RecordWriter, serializeRecord } from '../../replay';
import type { BenchCase } from '../bench-case';
import { SCENARIOS_DIR } from '../../game/node';

let text = '';
let scenario: Scenario | undefined;
let recordText = '';

const prepare = (): void => {
  if (scenario) return;
  text = readFileSync(join(SCENARIOS_DIR, 'august-offensive.json'), 'utf8');
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error('bench: august-offensive.json does not parse');
  scenario = parsed.scenario;
  // A record of 2,000 end-turn-free commands' worth of log: entrench commands repeated, as a large log.
  const state = createGame(scenario, { seed: 1 });
  const writer = new RecordWriter(state, { engineVersion: 'bench', seed: 1 });
  const unitId = state.units.find((u) => u.side === state.activeSide && u.hex)!.id;
  for (let i = 0; i < 2000; i++) writer.push(state, { type: 'entrench', unitId }, state);
  recordText = serializeRecord(writer.record());
};

export const cases: BenchCase[] = [
  {
    name: 'parseScenario august-offensive (every check)',
    unit: 'ms',
    target: '≤ 50 ms',
    setup: prepare,
    run: () => parseScenario(text),
  },
  {
    name: 'buildSetup august-offensive',
    unit: 'ms',
    target: '≤ 10 ms',
    setup: prepare,
    run: () => buildSetup(scenario!, {}),
  },
  {
    name: 'content hash august-offensive (uncached)',
    unit: 'ms',
    target: '≤ 20 ms',
    setup: prepare,
    run: () => hashText(canonicalJson(scenario)),
  },
  {
    name: 'parseRecord, 2,000 commands',
    unit: 'ms',
    target: '≤ 20 ms',
    setup: prepare,
    run: () => parseRecord(recordText),
  },
];

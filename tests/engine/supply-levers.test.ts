/**
 * The Japanese-trucks lever of the bundled scenarios, seen through supply: more lorries, more units fully supplied.
 * Counted with every reinforcement already on the map (Kobayashi's battalions reach the Baintsagan pontoon over the
 * first night), since the lorries serve the whole force, not only the opening position.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arriveReinforcements } from '../../src/engine/reinforcements';
import { computeSupply } from '../../src/engine/supply';
import { createGame } from '../../src/scenario/create-game';
import { parseScenario } from '../../src/scenario/parse';

const load = (id: string) => {
  const parsed = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.errors[0]?.message}`);
  return parsed.scenario;
};

const suppliedJapanese = (id: string, trucks: number): number => {
  const start = createGame(load(id), { seed: 1, levers: { 'japanese-trucks': trucks } });
  const state = arriveReinforcements({ ...start, turn: start.setup.clock.turns }).state;
  return [...computeSupply(state, 'japanese').values()].filter((s) => s === 'supplied').length;
};

describe('the japanese-trucks lever', () => {
  it.each(['azuma-encirclement', 'yasuoka-night-attack', 'august-offensive'])('never supplies fewer units with more lorries (%s)', (id) => {
    const counts = [50, 100, 200, 400].map((v) => suppliedJapanese(id, v));
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeGreaterThanOrEqual(counts[k - 1]!);
  });

  it.each(['azuma-encirclement', 'yasuoka-night-attack', 'august-offensive'])('visibly changes supply when lorries are cut to half (%s)', (id) => {
    expect(suppliedJapanese(id, 50)).toBeLessThan(suppliedJapanese(id, 100));
  });
});

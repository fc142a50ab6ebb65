/** The bundled scenarios as the CLI and tests load them (the browser builds the same registry from fetched files). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/game/node';
import { BUNDLED_SCENARIO_IDS, createRegistry } from '../../src/scenario/registry';

const bundledScenarioText = (id: string): string => readFileSync(`scenarios/${id}.json`, 'utf8');

describe('scenario registry', () => {
  const present = BUNDLED_SCENARIO_IDS.filter((id) => existsSync(`scenarios/${id}.json`));

  it('lists every bundled scenario file that exists, in menu order, and none is broken', () => {
    const reg = bundledScenarios();
    expect([...reg.broken.entries()]).toEqual([]);
    expect(reg.ids).toEqual(present);
    expect(present).toContain('tutorial');
    for (const id of reg.ids) expect(reg.get(id)?.id).toBe(id);
  });

  it('keeps a broken file out and its errors in', () => {
    const reg = createRegistry([
      { fileName: 'bad.json', text: '{' },
      { fileName: 'zz-other.json', text: bundledScenarioText('tutorial').replace('"id": "tutorial"', '"id": "zz-other"') },
      { fileName: 'tutorial.json', text: bundledScenarioText('tutorial') },
    ]);
    expect(reg.ids).toEqual(['tutorial', 'zz-other']);
    expect(reg.broken.get('bad.json')).toEqual([{ path: '', message: "not valid JSON: line 1, column 2: expected a property name in double quotes, found the end of the file" }]);
    expect(reg.get('bad')).toBeUndefined();
  });
});

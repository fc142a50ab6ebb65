/**
 * Writes the bundled historical scenarios into `scenarios/<id>.json` from the authoring modules.
 *
 *   npm run -s scenarios:write                             # redraw only the map block of each existing file
 *   npm run -s scenarios:write -- --all                    # rewrite whole files from the authoring modules
 *   npm run -s scenarios:write -- --all azuma-encirclement
 *
 * The JSON files are the source of truth the game reads and a person may edit by hand; the default mode keeps every
 * hand edit outside `map`. `--all` is for the first draft and for deliberate re-authoring.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as azuma from './azuma-encirclement';
import * as yasuoka from './yasuoka-night-attack';
import * as august from './august-offensive';


import { drawMap, type DrawnMap, type Frame } from './draw-map';
import { sortedEquipment, type UnitDraft } from './draft';
import { makePlacer, type Placer } from './placement';
import { formatJson } from './format-json';

interface AuthoringModule {
  readonly id: string;
  readonly frame: Frame;
  readonly build: (map: DrawnMap, placer: Placer, toUnits: (u: readonly UnitDraft[]) => unknown[]) => { map: unknown };
}

export const MODULES: readonly AuthoringModule[] = [azuma, yasuoka, august];

/** Draw one scenario from its module: the map, then every unit on a hex. */
export const authorScenario = (m: AuthoringModule): { map: unknown } => {
  const map = drawMap(m.frame);
  const placer = makePlacer(m.frame, map);
  const toUnits = (units: readonly UnitDraft[]): unknown[] =>
    units.map((u) => {
      const { at, arrives, equipment, ...rest } = u;
      return {
        ...rest,
        equipment: sortedEquipment(equipment),
        ...(at ? { at: placer.put(at) } : {}),
        ...(arrives ? { arrives: { turn: arrives.turn, at: placer.hex(arrives.at) } } : {}),
      };
    });
  return m.build(map, placer, toUnits);
};

const main = (): void => {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const only = args.filter((a) => !a.startsWith('--'));
  for (const m of MODULES) {
    if (only.length > 0 && !only.includes(m.id)) continue;
    const file = fileURLToPath(new URL(`../../scenarios/${m.id}.json`, import.meta.url));
    const drawn = authorScenario(m);
    let out: unknown = drawn;
    if (!all && existsSync(file)) {
      const existing = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      out = { ...existing, map: drawn.map };
    }
    writeFileSync(file, formatJson(out) + '\n');
    console.log(`${m.id}: wrote ${file}${all ? '' : ' (map only)'}`);
  }
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

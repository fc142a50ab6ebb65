/**
 * `npm run -s levers -- SCENARIO [--json]`: a scenario's what-if levers — id, name, historical default, range, step,
 * unit and what each does — and the computer's levels, so a teacher can find what `--set` and `--soviet` take
 * without reading the scenario file. Exit 0, 1 (bad scenario) or 2 (bad arguments).
 */
import { DIFFICULTIES } from '../ai';
import { leverValueText, scenarioLabels, type LeverLabel } from '../analysis';
import { loadScenarioGame } from '../game/node';
import { isEntry, quietPipes } from './cli-io';
import { answerHelp, USAGE } from './usage';

/** What the computer's levels change, in a line each. */
const LEVEL_NOTES: Readonly<Record<(typeof DIFFICULTIES)[number], string>> = {
  recruit: 'weighs 6 hexes and 1 target per unit, attacks one unit at a time, pays little heed to enemy fire or supply',
  regular: 'weighs 24 hexes and 3 targets per unit, combines assaults after a bombardment, keeps tanks with infantry and units in supply',
  veteran: 'as regular, but weighs every reachable hex and 6 targets per unit and is more wary of enemy fire',
};

export const leverLines = (title: string, id: string, levers: readonly LeverLabel[]): string[] => {
  const lines = [`${title} (${id}): ${levers.length} lever${levers.length === 1 ? '' : 's'}; set one with --set ID=VALUE`];
  for (const l of levers) {
    lines.push('');
    lines.push(`${l.id} — ${l.name}`);
    const isSwitch = l.min === 0 && l.max === 1 && !l.unit;
    const range = isSwitch ? 'a switch: 0 (off) or 1 (on)' : `from ${leverValueText(l, l.min)} to ${leverValueText(l, l.max)} in steps of ${l.step}${l.unit ? ` ${l.unit}` : ''}`;
    lines.push(`  default ${leverValueText(l, l.default)} (history); ${range}`);
    lines.push(`  ${l.description}`);
  }
  lines.push('');
  lines.push(`Computer levels (--soviet, --japanese; default regular):`);
  for (const d of DIFFICULTIES) lines.push(`  ${d.padEnd(8)} ${LEVEL_NOTES[d]}`);
  return lines;
};

export const main = (argv: readonly string[]): number => {
  answerHelp('levers', argv);
  const json = argv.includes('--json');
  const unknown = argv.find((a) => a.startsWith('-') && a !== '--json');
  const rest = argv.filter((a) => !a.startsWith('-'));
  if (unknown !== undefined || rest.length !== 1) {
    process.stderr.write(`levers: ${unknown !== undefined ? `unknown option '${unknown}'` : rest.length === 0 ? 'give a scenario id or file' : 'give one scenario'} (${USAGE.levers.split('\n')[0]})\n`);
    return 2;
  }
  const loaded = loadScenarioGame(rest[0]!);
  if (!loaded.ok) {
    process.stderr.write(`levers: ${loaded.message}\n`);
    return 1;
  }
  const labels = scenarioLabels(loaded.scenario);
  if (json) {
    const out = {
      scenario: labels.id,
      title: labels.title,
      contentHash: labels.contentHash,
      levers: labels.levers.map((l) => ({ id: l.id, name: l.name, default: l.default, min: l.min, max: l.max, step: l.step, unit: l.unit ?? null, description: l.description })),
      difficulties: DIFFICULTIES.map((d) => ({ id: d, description: LEVEL_NOTES[d], default: d === 'regular' })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${leverLines(labels.title, labels.id, labels.levers).join('\n')}\n`);
  }
  return 0;
};

if (isEntry(import.meta.url)) {
  quietPipes();
  process.exitCode = main(process.argv.slice(2));
}

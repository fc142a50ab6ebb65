/**
 * The lab's setup form: the scenario, arm A (history by default) and arm B (the what-if) with every lever's name,
 * range, unit and meaning, the number of runs and the first seed, the computer's level on each side, and the
 * teacher's written prediction. It edits a draft and reports Run; it plays nothing itself.
 */
import { DIFFICULTIES, type Difficulty } from '../../ai';
import { SIDE_NAMES } from '../../engine';
import type { ScenarioEntry } from '../controller/catalog';
import { MAX_SEED } from '../controller/url-params';
import { h } from '../hud/dom';
import { leverSlider } from '../hud/lever-slider';
import { MAX_RUNS, type LabRequest } from './lab-url';

export interface LabDraft {
  scenarioId: string;
  runs: number;
  seedStart: number;
  a: Record<string, number>;
  b: Record<string, number> | null;
  difficulty: { soviet: Difficulty; japanese: Difficulty };
  prediction: string;
}

export const draftOf = (r: LabRequest): LabDraft => ({
  scenarioId: r.scenarioId,
  runs: r.runs,
  seedStart: r.seedStart,
  a: { ...r.a },
  b: r.b ? { ...r.b } : null,
  difficulty: { ...r.difficulty },
  prediction: '',
});

export const requestOf = (d: LabDraft, start = false): LabRequest => ({
  scenarioId: d.scenarioId,
  runs: d.runs,
  seedStart: d.seedStart,
  a: d.a,
  b: d.b,
  difficulty: d.difficulty,
  start,
});

const LEVEL_WORDS: Readonly<Record<Difficulty, string>> = { recruit: 'Recruit', regular: 'Regular', veteran: 'Veteran' };

export interface SetupHandlers {
  /** The scenario changed (levers reset). */
  onScenario(id: string): void;
  onChange(): void;
  onRun(): void;
}

export interface SetupOptions {
  readonly entries: readonly ScenarioEntry[];
  /** Playing on from a position: the scenario and levers are the record's, and there is no arm B. */
  readonly fromHere: string | null;
  readonly running: boolean;
  /**
   * Run within an exercise: the battle and the levers were set on the exercise page, within the teacher's ranges, so
   * here they are shown, not changed (this names the exercise).
   */
  readonly exercise: string | null;
}

/** One arm's levers as text: the ones that differ from history, or "history's levers". */
const armText = (entry: ScenarioEntry, values: Readonly<Record<string, number>>): string => {
  const changed = entry.levers.filter((l) => (values[l.id] ?? l.default) !== l.default);
  return changed.length === 0 ? 'history’s levers' : changed.map((l) => `${l.name} ${values[l.id]}${l.unit ? ` ${l.unit}` : ''} (history ${l.default})`).join('; ');
};

/** One arm's levers: a slider and a number box per lever, labelled with the arm. */
const armLevers = (entry: ScenarioEntry, arm: 'A' | 'B', values: Record<string, number>, handlers: SetupHandlers): HTMLElement[] =>
  entry.levers.map((l) => {
    const id = `lab-${arm.toLowerCase()}-${l.id}`;
    const value = values[l.id] ?? l.default;
    const slider = leverSlider(l, value, {
      id,
      dataset: { lever: l.id, arm: arm.toLowerCase() },
      show: (v) => `${v}${l.unit ? ` ${l.unit}` : ''}`,
      onValue: (v) => {
        values[l.id] = v;
        handlers.onChange();
      },
    });
    const changed = value !== l.default;
    return h(
      'div',
      { class: `lab-lever${changed ? ' changed' : ''}` },
      h('label', { for: id }, `${l.name}`, h('span', { class: 'visually-hidden' }, ` (arm ${arm})`)),
      h('div', { class: 'row' }, slider.input, slider.output),
      h('div', { class: 'desc' }, `${l.description} History: ${l.default}${l.unit ? ` ${l.unit}` : ''}; ${l.min}–${l.max}${l.unit ? ` ${l.unit}` : ''}.`),
    );
  });

export const renderSetup = (d: LabDraft, options: SetupOptions, handlers: SetupHandlers): HTMLElement => {
  const entry = options.entries.find((e) => e.id === d.scenarioId);
  const number = (id: string, label: string, value: number, min: number, max: number, set: (n: number) => void, title: string) =>
    h(
      'label',
      { for: id, class: 'lab-number' },
      `${label} `,
      h('input', {
        id,
        type: 'number',
        min: String(min),
        max: String(max),
        step: '1',
        value: String(value),
        title,
        oninput: (ev: Event) => {
          const n = Number((ev.target as HTMLInputElement).value);
          if (Number.isInteger(n) && n >= min && n <= max) {
            set(n);
            handlers.onChange();
          }
        },
      }),
    );
  const level = (side: 'soviet' | 'japanese') =>
    h(
      'label',
      { for: `lab-level-${side}` },
      `${SIDE_NAMES[side]} side: `,
      h(
        'select',
        {
          id: `lab-level-${side}`,
          title: `How well the computer plays the ${SIDE_NAMES[side]} side in every game (both arms)`,
          onchange: (ev: Event) => {
            d.difficulty[side] = (ev.target as HTMLSelectElement).value as Difficulty;
            handlers.onChange();
          },
        },
        ...DIFFICULTIES.map((x) => h('option', { value: x, selected: d.difficulty[side] === x }, LEVEL_WORDS[x])),
      ),
    );
  const scenarioPick = options.fromHere
    ? h('p', { class: 'lab-from' }, options.fromHere)
    : options.exercise && entry
      ? h('p', { class: 'lab-from' }, `${entry.title} (${entry.dates})`)
    : h(
        'label',
        { for: 'lab-scenario' },
        'Battle: ',
        h(
          'select',
          { id: 'lab-scenario', onchange: (ev: Event) => handlers.onScenario((ev.target as HTMLSelectElement).value) },
          ...options.entries.map((e) => h('option', { value: e.id, selected: e.id === d.scenarioId }, `${e.title} (${e.dates})`)),
        ),
      );
  const locked = entry && options.exercise && !options.fromHere
    ? h(
        'div',
        { class: 'lab-arms lab-locked', id: 'lab-locked' },
        h('p', { class: 'sub' }, `The levers come from ${options.exercise}: set them on the exercise page, within your teacher's ranges.`),
        h('p', { id: 'lab-locked-a' }, h('b', {}, 'A: '), armText(entry, d.a)),
        d.b ? h('p', { id: 'lab-locked-b' }, h('b', {}, 'B: '), armText(entry, d.b)) : null,
      )
    : null;
  const armA = entry && !options.fromHere && !locked
    ? h(
        'fieldset',
        { class: 'lab-arm', id: 'lab-arm-a' },
        h('legend', {}, 'A — ', h('b', {}, 'history'), ' unless you change it'),
        ...armLevers(entry, 'A', d.a, handlers),
        h('button', { type: 'button', onclick: () => ((d.a = {}), handlers.onScenario(d.scenarioId)) }, 'A back to history'),
      )
    : null;
  const armB = entry && !options.fromHere && !locked
    ? h(
        'fieldset',
        { class: 'lab-arm', id: 'lab-arm-b' },
        h(
          'legend',
          {},
          h('label', { for: 'lab-use-b' }, h('input', {
            id: 'lab-use-b',
            type: 'checkbox',
            checked: d.b !== null,
            onchange: (ev: Event) => {
              d.b = (ev.target as HTMLInputElement).checked ? {} : null;
              handlers.onScenario(d.scenarioId);
            },
          }), ' B — the what-if to compare with A'),
        ),
        ...(d.b ? armLevers(entry, 'B', d.b, handlers) : [h('p', { class: 'sub' }, 'Tick the box to compare A with a second setting of the levers; without it the lab plays A alone.')]),
      )
    : null;
  return h(
    'form',
    {
      id: 'lab-setup',
      'aria-label': 'What-if lab setup',
      onsubmit: (e: Event) => {
        e.preventDefault();
        handlers.onRun();
      },
    },
    h(
      'div',
      { class: 'lab-basics' },
      scenarioPick,
      number('lab-runs', options.fromHere ? 'Games:' : 'Games per arm:', d.runs, 1, MAX_RUNS, (n) => (d.runs = n), 'How many games each arm plays (the same seeds in A and B)'),
      number('lab-seed', 'First seed:', d.seedStart, 0, MAX_SEED, (n) => (d.seedStart = n), 'Game k plays seed first+k-1 in both arms, as npm run batch --seed-start does'),
      h('span', { class: 'lab-levels' }, 'The computer plays: ', level('soviet'), ' ', level('japanese')),
    ),
    locked ?? h('div', { class: 'lab-arms' }, armA, armB),
    h(
      'label',
      { for: 'lab-prediction', class: 'lab-prediction' },
      'Your prediction, before the games are played (it is printed with the results):',
      h('textarea', {
        id: 'lab-prediction',
        rows: '2',
        placeholder: 'e.g. “With more lorries the Japanese will hold the bridge more often.”',
        oninput: (ev: Event) => (d.prediction = (ev.target as HTMLTextAreaElement).value),
      }, d.prediction),
    ),
    h('div', { class: 'buttons' }, h('button', { id: 'lab-run', class: 'primary', type: 'submit', disabled: options.running }, 'Run the games')),
  );
};

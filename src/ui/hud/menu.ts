/**
 * The start menu: a card per scenario (title, dates, thumbnail of its map, a few lines of history), then the choices
 * for the chosen one — side, opponent (the computer at a difficulty, or a second player at this screen), the seed
 * (random by default, always shown, editable) and the what-if levers with their historical defaults and meaning.
 */
import { SIDE_NAMES, type Side } from '../../engine';
import { resolveLevers, type ScenarioCatalog, type ScenarioEntry } from '../controller/catalog';
import { DIFFICULTIES, MAX_SEED, parseSeed, type Difficulty, type StartRequest } from '../controller/url-params';
import { paintThumbnail } from '../render/map-texture';
import { SIDE_COLOURS } from '../render/palette';
import type { ListedSave } from '../save-store';
import { byId, fill, h } from './dom';
import { leverSlider } from './lever-slider';

export interface MenuHandlers {
  onStart(request: StartRequest): void;
  randomSeed(): number;
  /** The saved games, newest first (damaged ones too, so they can be deleted). */
  readonly saves: readonly ListedSave[];
  onContinue(id: string): void;
  onRename(id: string, name: string): void;
  onDelete(id: string): void;
  onDownload(id: string): void;
  onWatch(id: string): void;
  /** A game record file the player chose or dropped: opened in the replay viewer. */
  onOpenFile(file: File): void;
  /** The what-if lab, on this scenario. */
  onLab(scenarioId: string): void;
  /** A scenario file the player chose or dropped on the menu. */
  onOpenScenario(file: File): void;
  /** What came of the last scenario file opened: its errors (shown as a list), or the scenario to choose. */
  readonly scenarioFile?: ScenarioFileOutcome;
  /** "Open exercise…": a teacher's exercise (src/ui/exercise). */
  onExercise?(): void;
}

export type ScenarioFileOutcome = { readonly name: string; readonly errors: readonly string[] } | { readonly name: string; readonly chosen: string };

/**
 * "Open a scenario file…": a file chooser (a scenario can also be dropped on the menu). A file that fails is listed
 * with every error as `validate` gives it, one line each, as text: nothing from the file is ever read as HTML.
 */
const openScenario = (handlers: MenuHandlers): HTMLElement => {
  const input = h('input', {
    id: 'open-scenario',
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    onchange: () => {
      const file = input.files?.[0];
      if (file) handlers.onOpenScenario(file);
    },
  });
  const outcome = handlers.scenarioFile;
  const errors =
    outcome && 'errors' in outcome
      ? h(
          'div',
          { id: 'scenario-file-errors', role: 'alert' },
          h('p', {}, `${outcome.name} cannot be played: ${outcome.errors.length === 1 ? 'one problem' : 'these problems'}.`),
          h('ul', {}, ...outcome.errors.map((e) => h('li', {}, e))),
        )
      : null;
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'open-record' },
      h('label', { for: 'open-scenario', class: 'button', tabindex: '0', onkeydown: (e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && input.click() }, 'Open scenario file…'),
      input,
      h('span', { class: 'sub' }, ' to play a battle of your own (docs/scenario-format.md; or drop the file on this page).'),
    ),
    errors,
  );
};


/** The saved-games list: one row a game, with what a player needs to pick it again. */
/** "Open a game record…": a file chooser (records can also be dropped anywhere on the page). */
const openRecord = (handlers: MenuHandlers): HTMLElement => {
  const input = h('input', {
    id: 'open-record',
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    onchange: () => {
      const file = input.files?.[0];
      if (file) handlers.onOpenFile(file);
    },
  });
  return h(
    'p',
    { class: 'open-record' },
    h('label', { for: 'open-record', class: 'button', tabindex: '0', onkeydown: (e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && input.click() }, 'Open a game record…'),
    input,
    h('span', { class: 'sub' }, ' to watch it move by move (or drop the file anywhere on this page).'),
  );
};

const savedGames = (handlers: MenuHandlers): HTMLElement | null => {
  if (handlers.saves.length === 0) return null;
  const when = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  };
  const row = (s: ListedSave): HTMLElement => {
    if (!s.ok) {
      return h(
        'tr',
        { class: 'damaged', dataset: { save: s.id } },
        h('td', { colspan: '4' }, `Damaged saved game: ${s.problem}`),
        h('td', {}, h('button', { class: 'save-delete', title: 'Delete this damaged entry', onclick: () => handlers.onDelete(s.id) }, 'Delete')),
      );
    }
    const m = s.summary;
    const rename = () => {
      const name = window.prompt('Name this saved game', m.name)?.trim();
      if (name) handlers.onRename(m.id, name.slice(0, 120));
    };
    const remove = () => {
      if (window.confirm(`Delete the saved game "${m.name}"? This cannot be undone.`)) handlers.onDelete(m.id);
    };
    return h(
      'tr',
      { dataset: { save: m.id } },
      h('td', {}, h('b', {}, m.name), m.name !== m.scenarioTitle ? h('div', { class: 'sub' }, m.scenarioTitle) : null, m.parent ? h('div', { class: 'sub' }, `branch at command ${m.parent.commandIndex}`) : null),
      h('td', {}, m.side ? SIDE_NAMES[m.side] : 'Two players'),
      h('td', {}, m.result ?? `Turn ${m.turn} of ${m.turns}`),
      h('td', {}, when(m.savedAt)),
      h(
        'td',
        { class: 'save-actions' },
        h('button', { class: 'primary save-continue', title: 'Carry on this game', onclick: () => handlers.onContinue(m.id) }, m.result ? 'Open' : 'Continue'),
        h('button', { class: 'save-watch', title: 'Watch this game from the start, move by move', onclick: () => handlers.onWatch(m.id) }, 'Watch'),
        h('button', { class: 'save-rename', title: 'Give this game a name', onclick: rename }, 'Rename'),
        h('button', { class: 'save-download', title: 'Download the game record (a file that replays and verifies)', onclick: () => handlers.onDownload(m.id) }, 'Download'),
        h('button', { class: 'save-delete', title: 'Delete this saved game', onclick: remove }, 'Delete'),
      ),
    );
  };
  return h(
    'section',
    { id: 'saved-games', 'aria-label': 'Saved games' },
    h('h2', {}, 'Saved games'),
    h('table', {}, h('tr', {}, h('th', {}, 'Game'), h('th', {}, 'Side'), h('th', {}, 'Where'), h('th', {}, 'Saved'), h('th', {}, '')), ...handlers.saves.map(row)),
  );
};

const DIFFICULTY_WORDS: Readonly<Record<Difficulty, string>> = {
  recruit: 'Recruit',
  regular: 'Regular',
  veteran: 'Veteran',
};

export const showMenu = (catalog: ScenarioCatalog, handlers: MenuHandlers): void => {
  const root = byId('menu');
  root.classList.remove('hidden');
  const entries = catalog.entries;
  const opened = handlers.scenarioFile && 'chosen' in handlers.scenarioFile ? handlers.scenarioFile.chosen : undefined;
  let chosen: ScenarioEntry | undefined = entries.find((e) => e.id === opened) ?? entries.find((e) => e.tutorial) ?? entries[0];
  let side: Side = 'soviet';
  let mode: 'ai' | 'hotseat' = 'ai';
  let difficulty: Difficulty = 'regular';
  let seed = handlers.randomSeed();
  let levers: Record<string, number> = {};

  const cards = h('div', { class: 'cards', role: 'list' });
  const setup = h('div', { class: 'setup' });

  const renderCards = (): void => {
    fill(
      cards,
      ...entries.map((e) => {
        const thumb = paintThumbnail(e.map, 480, 240).canvas;
        return h(
          'button',
          {
            class: `card${e === chosen ? ' chosen' : ''}`,
            role: 'listitem',
            dataset: { scenario: e.id },
            title: `Choose ${e.title}`,
            onclick: () => {
              chosen = e;
              levers = {};
              renderCards();
              renderSetup();
            },
          },
          thumb,
          h('h2', {}, e.title, e.tutorial ? h('span', { class: 'tag' }, 'Tutorial') : null),
          h('div', { class: 'dates' }, e.dates),
          h('p', {}, e.summary),
        );
      }),
    );
  };

  const renderSetup = (): void => {
    if (!chosen) {
      fill(setup, h('p', {}, 'No scenarios are installed.'));
      return;
    }
    const entry = chosen;
    const resolved = resolveLevers(entry, levers).levers;
    const seedInput = h('input', {
      id: 'seed',
      type: 'text',
      'aria-label': 'Seed',
      inputmode: 'numeric',
      value: String(seed),
      title: `The seed fixes every dice roll: the same seed, side and levers give the same game (0 to ${MAX_SEED}).`,
      oninput: (ev: Event) => {
        const v = parseSeed((ev.target as HTMLInputElement).value);
        if (v !== null) seed = v;
      },
    });
    const sideRadio = (s: Side) =>
      h(
        'label',
        { title: `Command the ${SIDE_COLOURS[s].name} side` },
        h('input', { type: 'radio', name: 'side', value: s, checked: side === s, onchange: () => ((side = s), renderSetup()) }),
        ` ${SIDE_COLOURS[s].name} — ${entry.briefings[s].commander}`,
      );
    const leverRows = entry.levers.map((l) => {
      const value = resolved[l.id] ?? l.default;
      const slider = leverSlider(l, value, {
        id: `lever-${l.id}`,
        dataset: { lever: l.id },
        show: (v) => `${v}${l.unit}`,
        onValue: (v) => {
          levers[l.id] = v;
        },
      });
      return h(
        'div',
        { class: 'lever' },
        h(
          'div',
          { class: 'row' },
          h('label', { for: `lever-${l.id}`, style: 'flex: 0 0 45%' }, l.name),
          slider.input,
          slider.output,
        ),
        h('div', { class: 'desc' }, `${l.description} (History: ${l.default}${l.unit}.)`),
      );
    });
    fill(
      setup,
      h(
        'div',
        {},
        h('fieldset', {}, h('legend', {}, 'Your side'), sideRadio('soviet'), sideRadio('japanese')),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Opponent'),
          h(
            'label',
            { title: 'Play against the computer' },
            h('input', { type: 'radio', name: 'mode', value: 'ai', checked: mode === 'ai', onchange: () => ((mode = 'ai'), renderSetup()) }),
            ' The computer ',
            h(
              'select',
              {
                id: 'difficulty',
                title: 'How well the computer plays: a recruit looks at fewer options and coordinates little; a veteran plans combined attacks and guards its supply. It never sees more than its own side would.',
                onchange: (ev: Event) => (difficulty = (ev.target as HTMLSelectElement).value as Difficulty),
              },
              ...DIFFICULTIES.map((d) => h('option', { value: d, selected: d === difficulty }, DIFFICULTY_WORDS[d])),
            ),
          ),
          h(
            'label',
            { title: 'Two players take turns at this screen; a hand-over screen hides each side from the other.' },
            h('input', { type: 'radio', name: 'mode', value: 'hotseat', checked: mode === 'hotseat', onchange: () => ((mode = 'hotseat'), renderSetup()) }),
            ' A second player at this screen (hotseat)',
          ),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Seed'),
          h(
            'div',
            { class: 'seed-row' },
            seedInput,
            h('button', { type: 'button', title: 'Pick a new random seed', onclick: () => ((seed = handlers.randomSeed()), renderSetup()) }, 'New seed'),
          ),
        ),
        entry.levers.length > 0
          ? h(
              'fieldset',
              {},
              h('legend', {}, 'What if…'),
              ...leverRows,
              h('button', { type: 'button', title: 'Put every lever back to history', onclick: () => ((levers = {}), renderSetup()) }, 'Historical settings'),
            )
          : null,
        h(
          'div',
          { class: 'buttons' },
          h(
            'button',
            {
              id: 'start',
              class: 'primary',
              title: 'Start this battle',
              onclick: () => handlers.onStart({ scenarioId: entry.id, seed, side, mode, difficulty, levers: resolveLevers(entry, levers).levers }),
            },
            'Start',
          ),
          h(
            'button',
            {
              id: 'open-lab',
              type: 'button',
              title: 'What-if lab: the computer plays this battle many times against itself, with history’s levers and yours, and compares them',
              onclick: () => handlers.onLab(entry.id),
            },
            'What-if lab…',
          ),
        ),
      ),
      h('div', {}, h('h3', {}, entry.briefings[side].title), h('div', { class: 'briefing' }, entry.briefings[side].text)),
    );
  };

  renderCards();
  renderSetup();
  fill(
    root,
    h(
      'div',
      { class: 'wrap' },
      h('h1', {}, 'Khalkhin Gol 1939'),
      h('p', { class: 'lede' }, 'The Soviet–Mongolian and Japanese battles on the Khalkhin Gol (Nomonhan), May–August 1939. Choose a battle.'),
      savedGames(handlers),
      openRecord(handlers),
      openScenario(handlers),
      handlers.onExercise ? h('p', { class: 'open-record' }, h('button', { id: 'open-exercise', type: 'button', onclick: () => handlers.onExercise?.() }, 'Open exercise…'), h('span', { class: 'sub' }, ' a lesson from your teacher, or one of the three shipped with the game.')) : null,
      h('p', { class: 'teacher-links' }, h('span', { class: 'sub' }, 'For teachers: '), h('a', { id: 'open-editor', class: 'button', href: '?teacher=editor' }, 'Make an exercise…'), ' ', h('a', { id: 'open-class', class: 'button', href: '?teacher=class' }, 'Class results…')),
      cards,
      setup,
    ),
  );
};

export const hideMenu = (): void => {
  byId('menu').classList.add('hidden');
};

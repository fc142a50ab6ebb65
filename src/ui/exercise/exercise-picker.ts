/**
 * "Open exercise…": the shipped exercises by title, and a file chooser for a teacher's exercise file. What could not
 * be opened is said on the page in sentences (each naming the field), never thrown.
 */
import { parseExercise } from '../../exercise';
import { fill, h } from '../hud/dom';
import { BUNDLED_EXERCISES } from './bundled-exercises';
import './exercise.css';

export interface PickerHandlers {
  readonly openBundled: (id: string) => void;
  readonly openFile: (file: File) => void;
  readonly onMenu: () => void;
}

const root = (): HTMLElement => {
  let el = document.getElementById('exercise');
  if (!el) {
    el = h('div', { id: 'exercise' });
    document.body.append(el);
  }
  return el;
};

/** Shows the picker, with `problems` (why the last exercise did not open) on top. */
export const showExercisePicker = (handlers: PickerHandlers, problems: readonly string[]): void => {
  const list = h('ul', { id: 'ex-bundled', class: 'ex-list' });
  const input = h('input', {
    id: 'ex-open-file',
    type: 'file',
    accept: '.json,application/json',
    onchange: () => {
      const file = input.files?.[0];
      if (file) handlers.openFile(file);
    },
  });
  const el = root();
  el.classList.remove('hidden');
  fill(
    el,
    h(
      'div',
      { class: 'wrap' },
      h('header', { class: 'ex-header' }, h('div', {}, h('h1', {}, 'Open an exercise'), h('p', { class: 'sub' }, 'A lesson your teacher made: a briefing, a battle to play, questions to answer and a result file to hand in.')), h('div', { class: 'ex-header-buttons' }, h('button', { id: 'ex-menu', type: 'button', onclick: handlers.onMenu }, 'Menu'))),
      problems.length ? h('div', { id: 'ex-problems', class: 'ex-warning', role: 'alert' }, h('p', {}, h('b', {}, 'The exercise could not be opened:')), h('ul', {}, ...problems.map((p) => h('li', {}, p)))) : null,
      h('section', { class: 'ex-card' }, h('h2', {}, 'From a file'), h('label', { for: 'ex-open-file' }, 'Your teacher’s exercise file (.json): '), input),
      h('section', { class: 'ex-card' }, h('h2', {}, 'Shipped with the game'), list),
    ),
  );
  for (const [id, url] of BUNDLED_EXERCISES) {
    const item = h('li', {}, h('button', { type: 'button', dataset: { exercise: id }, onclick: () => handlers.openBundled(id) }, id));
    list.append(item);
    // The titles are in the files: fetched (cached offline) and shown when they come.
    void fetch(url)
      .then((r) => r.text())
      .then((text) => {
        const p = parseExercise(text);
        if (!p.ok) return;
        const b = item.querySelector('button');
        if (b) b.textContent = p.exercise.title;
        item.append(h('span', { class: 'sub' }, ` — ${p.exercise.play.sides.length > 1 ? 'either side' : `the ${p.exercise.play.sides[0]} side`}, a ${p.exercise.lessonPlan.stages.reduce((s, st) => s + st.minutes, 0)}-minute lesson`));
      })
      .catch(() => undefined);
  }
};

export const hideExercisePicker = (): void => {
  document.getElementById('exercise')?.classList.add('hidden');
};

/**
 * The exercise editor (`?teacher=editor`): a form for every field of the exercise format — the battle, title, class,
 * briefing, sides, the computer's level, seeds, each lever history's / fixed for everyone / the students' within a
 * range (the lever slider of the menu and lab), the lesson plan's stages and minutes (the 50-minute preset), the
 * questions (the three defaults prefilled), teacher notes and the lab — checked as the teacher types, exactly as the
 * student's page will read the file. "Download exercise" hands over the file; an existing one (a file, or a shipped
 * one) opens to be edited. Text typed here is only ever put into inputs' values and text nodes.
 */
import { exerciseHash, LAB_MEASURES, parseExercise, type Exercise, type LabMeasure } from '../../exercise';
import type { Scenario } from '../../scenario';
import type { ScenarioCatalog, ScenarioEntry } from '../controller/catalog';
import { downloadText } from '../hud/download';
import { fill, h } from '../hud/dom';
import { leverSlider } from '../hud/lever-slider';
import { bundledExercises } from './bundled-exercises';
import { checkDraft, draftOf, newDraft, presetStages, slug, totalMinutes, type DraftCheck, type EditorDraft, type LeverMode } from './editor-model';
import { DEFAULT_QUESTIONS } from '../../exercise';
import { teacherHeader, teacherRoot } from './teacher-shell';

export interface EditorPageDeps {
  readonly catalog: ScenarioCatalog;
  readonly onMenu: () => void;
}

const MEASURE_WORDS: Readonly<Record<LabMeasure, string>> = {
  winner: 'who won',
  losses: 'each side’s losses',
  milestones: 'when objectives and milestones happened',
  objectives: 'objectives taken',
  points: 'objective points',
  history: 'history’s benchmarks',
};

const LEVELS = [
  ['recruit', 'Recruit (gentle)'],
  ['regular', 'Regular'],
  ['veteran', 'Veteran (hard)'],
] as const;

export class EditorPage {
  private readonly root = teacherRoot();
  private draft: EditorDraft;
  private check: DraftCheck = { ok: false, errors: [] };
  private shipped: Exercise[] = [];
  private readonly form = h('div', { id: 'editor-form', class: 'editor-form' });
  private readonly checkBox = h('section', { id: 'editor-check', class: 'editor-check', 'aria-label': 'Check and download', 'aria-live': 'polite' });
  private readonly note = h('p', { id: 'editor-note', class: 'teacher-status', role: 'status' });

  constructor(private readonly deps: EditorPageDeps) {
    const first = deps.catalog.entries.find((e) => !e.tutorial) ?? deps.catalog.entries[0];
    const scenario = first ? deps.catalog.scenario(first.id) : undefined;
    this.draft = scenario ? newDraft(scenario) : newDraftless();
    const openInput = h('input', { id: 'editor-open', type: 'file', accept: '.json,application/json', class: 'visually-hidden', onchange: () => void this.openFile(openInput) });
    const shippedSelect = h('select', { id: 'editor-shipped', 'aria-label': 'Start from a shipped exercise', onchange: (e: Event) => this.openShipped((e.target as HTMLSelectElement).value) });
    const opener = h(
      'section',
      { class: 'teacher-open', 'aria-label': 'Open an exercise' },
      h(
        'div',
        { class: 'teacher-open-buttons' },
        h('label', { for: 'editor-open', class: 'button', tabindex: '0', onkeydown: (e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), openInput.click()) }, 'Open an existing exercise…'),
        openInput,
        shippedSelect,
        h('button', { id: 'editor-new', type: 'button', onclick: () => this.startNew() }, 'Start a new one'),
      ),
      this.note,
    );
    fill(
      this.root,
      h(
        'div',
        { class: 'wrap' },
        teacherHeader('Make an exercise', 'A whole lesson in one file: the battle, what students may change, the lesson plan and the questions. Download it and hand it out like any document.', deps.onMenu),
        opener,
        h('div', { class: 'editor-layout' }, this.form, this.checkBox),
      ),
    );
    this.renderForm();
    void bundledExercises().then((list) => {
      this.shipped = list;
      fill(shippedSelect, h('option', { value: '' }, 'Start from a shipped exercise…'), ...list.map((e) => h('option', { value: e.id }, e.title)));
      this.renderCheck();
    });
  }

  show(): void {
    this.root.classList.remove('hidden');
  }

  hide(): void {
    this.root.classList.add('hidden');
  }

  dispose(): void {
    this.root.replaceChildren();
    this.root.classList.add('hidden');
  }

  private get scenario(): Scenario | undefined {
    return this.deps.catalog.scenario(this.draft.scenarioId);
  }

  private get entry(): ScenarioEntry | undefined {
    return this.deps.catalog.entries.find((e) => e.id === this.draft.scenarioId);
  }

  private say(text: string): void {
    this.note.textContent = text;
  }

  private startNew(): void {
    const scenario = this.scenario;
    if (scenario) this.draft = newDraft(scenario);
    this.say('A new exercise, with the 50-minute lesson plan and the three questions prefilled.');
    this.renderForm();
  }

  private load(exercise: Exercise, from: string): void {
    this.draft = draftOf(exercise, this.deps.catalog.scenario(exercise.scenarioId));
    this.say(`Opened ${from}.`);
    this.renderForm();
  }

  private openShipped(id: string): void {
    const e = this.shipped.find((x) => x.id === id);
    if (e) this.load(e, `the shipped exercise “${e.title}”`);
  }

  private async openFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 1024 * 1024) {
      this.say(`${file.name} is over 1 MB; an exercise file is far smaller.`);
      return;
    }
    const parsed = parseExercise(await file.text());
    if (!parsed.ok) {
      const e = parsed.errors[0];
      this.say(`${file.name} is not an exercise this page can open: ${e ? `${e.path ? `${e.path}: ` : ''}${e.message}` : 'invalid'}${parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : ''}`);
      return;
    }
    this.load(parsed.exercise, file.name);
  }

  /** A field's row: its label, the control, a hint; `path` ties it to the check's messages. */
  private field(label: string, control: HTMLElement, path: string, hint?: string): HTMLElement {
    control.dataset.path = path;
    return h('div', { class: 'editor-field' }, h('label', { for: control.id }, label), control, hint ? h('div', { class: 'sub' }, hint) : null);
  }

  private text(id: string, value: string, onValue: (v: string) => void, options: { maxlength?: number; multiline?: boolean; rows?: number } = {}): HTMLInputElement | HTMLTextAreaElement {
    const oninput = (e: Event) => {
      onValue((e.target as HTMLInputElement).value);
      this.changed();
    };
    const el = options.multiline
      ? h('textarea', { id, rows: String(options.rows ?? 4), maxlength: options.maxlength ? String(options.maxlength) : undefined, oninput })
      : h('input', { id, type: 'text', maxlength: options.maxlength ? String(options.maxlength) : undefined, oninput });
    el.value = value;
    return el;
  }

  private number(id: string, value: number, onValue: (v: number) => void, attrs: { min?: number; max?: number; step?: number } = {}): HTMLInputElement {
    const el = h('input', {
      id,
      type: 'number',
      min: attrs.min === undefined ? undefined : String(attrs.min),
      max: attrs.max === undefined ? undefined : String(attrs.max),
      step: attrs.step === undefined ? undefined : String(attrs.step),
      oninput: (e: Event) => {
        onValue(Number((e.target as HTMLInputElement).value));
        this.changed();
      },
    });
    el.value = String(value);
    return el;
  }

  private renderForm(): void {
    const d = this.draft;
    const entries = this.deps.catalog.entries;
    const scenarioSelect = h(
      'select',
      {
        id: 'editor-scenario',
        onchange: (e: Event) => {
          const s = this.deps.catalog.scenario((e.target as HTMLSelectElement).value);
          if (!s) return;
          d.scenarioId = s.id;
          d.levers = newDraft(s).levers;
          this.renderForm();
        },
      },
      ...entries.map((e) => h('option', { value: e.id, selected: e.id === d.scenarioId }, `${e.title} (${e.dates})`)),
    );
    const title = this.text('editor-title', d.title, (v) => {
      d.title = v;
      if (!d.idTouched) {
        d.id = slug(v);
        const idInput = document.getElementById('editor-id') as HTMLInputElement | null;
        if (idInput) idInput.value = d.id;
      }
    }, { maxlength: 120 });
    const id = this.text('editor-id', d.id, (v) => {
      d.id = v;
      d.idTouched = true;
    }, { maxlength: 60 });
    const battle = h(
      'fieldset',
      { class: 'editor-section' },
      h('legend', {}, 'The battle and the lesson'),
      this.field('Battle', scenarioSelect, 'scenarioId', this.entry?.summary),
      this.field('Title', title, 'title', 'What students see first, e.g. “Yasuoka: what if the infantry had kept up with the tanks?”'),
      this.field('File id', id, 'id', 'Lower-case letters, digits and hyphens; the file is named after it. It follows the title until you change it.'),
      this.field('Class', this.text('editor-class', d.className, (v) => (d.className = v), { maxlength: 60 }), 'className', 'Optional: result files are named class_student_attempt.json; students type it if left empty.'),
      this.field('Author', this.text('editor-author', d.author, (v) => (d.author = v), { maxlength: 120 }), 'author', 'Optional.'),
      this.field('Briefing', this.text('editor-briefing', d.briefing, (v) => (d.briefing = v), { multiline: true, rows: 6, maxlength: 20_000 }), 'briefing', 'Plain text; leave a blank line between paragraphs.'),
    );
    const sides = h(
      'div',
      { class: 'editor-checks', role: 'group', 'aria-label': 'Sides students may play', dataset: { path: 'play.sides' } },
      ...(['soviet', 'japanese'] as const).map((s) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            id: `editor-side-${s}`,
            checked: d.sides[s],
            onchange: (e: Event) => {
              d.sides[s] = (e.target as HTMLInputElement).checked;
              this.changed();
            },
          }),
          s === 'soviet' ? ' Soviet–Mongolian' : ' Japanese',
        ),
      ),
    );
    const level = h(
      'select',
      {
        id: 'editor-difficulty',
        onchange: (e: Event) => {
          d.difficulty = (e.target as HTMLSelectElement).value as EditorDraft['difficulty'];
          this.changed();
        },
      },
      ...LEVELS.map(([v, words]) => h('option', { value: v, selected: v === d.difficulty }, words)),
    );
    const play = h(
      'fieldset',
      { class: 'editor-section' },
      h('legend', {}, 'Play'),
      h('div', { class: 'editor-field' }, h('span', { class: 'editor-label' }, 'Students may play'), sides),
      this.field('The computer plays at', level, 'play.difficulty'),
      this.field('Seeds', this.text('editor-seeds', d.seeds, (v) => (d.seeds = v), { maxlength: 4000 }), 'play.seeds', 'One seed gives the whole class the same dice, so their games compare; several (“1, 2, 3”) give attempt k the k-th.'),
    );
    fill(this.form, battle, play, this.leverSection(), this.planSection(), this.questionSection(), this.notesAndLab());
    this.changed();
  }

  private leverSection(): HTMLElement {
    const entry = this.entry;
    const d = this.draft;
    const rows = (entry?.levers ?? []).map((l) => {
      const ld = d.levers[l.id] ?? { mode: 'history' as LeverMode, value: l.default, min: l.min, max: l.max };
      d.levers[l.id] = ld;
      const unit = l.unit ? ` ${l.unit}` : '';
      const show = (v: number) => (l.min === 0 && l.max === 1 && !l.unit ? (v === 1 ? 'on' : 'off') : `${v}${unit}`);
      const mode = h(
        'select',
        {
          id: `editor-lever-${l.id}-mode`,
          dataset: { lever: l.id },
          onchange: (e: Event) => {
            ld.mode = (e.target as HTMLSelectElement).value as LeverMode;
            this.renderForm();
          },
        },
        h('option', { value: 'history', selected: ld.mode === 'history' }, `History (${show(l.default)})`),
        h('option', { value: 'fixed', selected: ld.mode === 'fixed' }, 'Fixed for everyone at…'),
        h('option', { value: 'open', selected: ld.mode === 'open' }, 'Students choose, within…'),
      );
      let detail: HTMLElement | null = null;
      if (ld.mode === 'fixed') {
        const slider = leverSlider(l, ld.value, {
          id: `editor-lever-${l.id}-value`,
          dataset: { path: `levers.fixed.${l.id}` },
          show,
          onValue: (v) => {
            ld.value = v;
            this.changed();
          },
        });
        slider.input.setAttribute('aria-label', `${l.name}: the value for everyone`);
        detail = h('div', { class: 'row' }, slider.input, slider.output);
      } else if (ld.mode === 'open') {
        const index = Object.entries(d.levers).filter(([, x]) => x.mode === 'open').findIndex(([id]) => id === l.id);
        const min = this.number(`editor-lever-${l.id}-min`, ld.min, (v) => (ld.min = v), { min: l.min, max: l.max, step: l.step });
        const max = this.number(`editor-lever-${l.id}-max`, ld.max, (v) => (ld.max = v), { min: l.min, max: l.max, step: l.step });
        min.dataset.path = `levers.open[${index}].min`;
        max.dataset.path = `levers.open[${index}].max`;
        detail = h(
          'div',
          { class: 'row' },
          h('label', { for: min.id }, 'from'),
          min,
          h('label', { for: max.id }, 'to'),
          max,
          h('span', { class: 'sub' }, `${unit.trim()} (the lever runs ${l.min}–${l.max}${unit} in steps of ${l.step})`),
        );
      }
      return h(
        'div',
        { class: `editor-lever${ld.mode === 'history' ? '' : ' changed'}`, dataset: { lever: l.id } },
        h('div', { class: 'row' }, h('label', { for: mode.id, class: 'editor-lever-name' }, l.name), mode),
        detail,
        h('div', { class: 'sub' }, l.description),
      );
    });
    return h(
      'fieldset',
      { class: 'editor-section' },
      h('legend', {}, 'What-if levers'),
      rows.length ? h('p', { class: 'sub' }, 'Each lever stays at history’s value, is fixed for everyone, or is the students’ to choose within a range.') : h('p', {}, 'This battle has no levers.'),
      ...rows,
    );
  }

  private planSection(): HTMLElement {
    const d = this.draft;
    const rows = d.stages.map((s, i) =>
      h(
        'div',
        { class: 'editor-stage', dataset: { stage: String(i) } },
        h('div', { class: 'row' }, this.field(`Stage ${i + 1}`, this.text(`editor-stage-${i}-name`, s.name, (v) => (s.name = v), { maxlength: 60 }), `lessonPlan.stages[${i}].name`), this.field('Minutes', this.number(`editor-stage-${i}-minutes`, s.minutes, (v) => (s.minutes = v), { min: 1, max: 240 }), `lessonPlan.stages[${i}].minutes`)),
        this.field('What happens', this.text(`editor-stage-${i}-what`, s.what, (v) => (s.what = v), { maxlength: 2000 }), `lessonPlan.stages[${i}].what`),
        h('button', { type: 'button', class: 'editor-remove', 'aria-label': `Remove stage ${i + 1}`, disabled: d.stages.length <= 1, onclick: () => (d.stages.splice(i, 1), this.renderForm()) }, 'Remove'),
      ),
    );
    return h(
      'fieldset',
      { class: 'editor-section', dataset: { path: 'lessonPlan.stages' } },
      h('legend', {}, 'Lesson plan'),
      h('p', { id: 'editor-minutes', class: 'sub' }, `${totalMinutes(d)} minutes in all.`),
      ...rows,
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'button', id: 'editor-add-stage', disabled: d.stages.length >= 12, onclick: () => (d.stages.push({ name: '', minutes: 5, what: '' }), this.renderForm()) }, 'Add a stage'),
        h('button', { type: 'button', id: 'editor-preset', onclick: () => ((d.stages = presetStages()), this.renderForm()) }, '50-minute lesson: 10 / 25 / 15'),
      ),
    );
  }

  private questionSection(): HTMLElement {
    const d = this.draft;
    const rows = d.questions.map((q, i) =>
      h(
        'div',
        { class: 'editor-question', dataset: { question: String(i) } },
        this.field(`Question ${i + 1}`, this.text(`editor-question-${i}-text`, q.text, (v) => (q.text = v), { multiline: true, rows: 2, maxlength: 2000 }), `questions[${i}].text`),
        h('div', { class: 'row' }, this.field('Its id (a column of the CSV)', this.text(`editor-question-${i}-id`, q.id, (v) => (q.id = v), { maxlength: 60 }), `questions[${i}].id`), h('button', { type: 'button', class: 'editor-remove', 'aria-label': `Remove question ${i + 1}`, disabled: d.questions.length <= 1, onclick: () => (d.questions.splice(i, 1), this.renderForm()) }, 'Remove')),
      ),
    );
    const fresh = (): string => {
      for (let k = d.questions.length + 1; ; k++) if (!d.questions.some((q) => q.id === `question-${k}`)) return `question-${k}`;
    };
    return h(
      'fieldset',
      { class: 'editor-section', dataset: { path: 'questions' } },
      h('legend', {}, 'Questions'),
      h('p', { class: 'sub' }, 'Students answer these in their result file. The three a military historian asks are filled in; change or add to them.'),
      ...rows,
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'button', id: 'editor-add-question', disabled: d.questions.length >= 20, onclick: () => (d.questions.push({ id: fresh(), text: '' }), this.renderForm()) }, 'Add a question'),
        h('button', { type: 'button', id: 'editor-default-questions', onclick: () => ((d.questions = DEFAULT_QUESTIONS.map((q) => ({ ...q }))), this.renderForm()) }, 'The three default questions'),
      ),
    );
  }

  private notesAndLab(): HTMLElement {
    const d = this.draft;
    const measures = h(
      'div',
      { class: 'editor-checks', role: 'group', 'aria-label': 'What the lab shows', dataset: { path: 'lab.measures' } },
      ...LAB_MEASURES.map((m) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            id: `editor-measure-${m}`,
            checked: d.measures[m],
            onchange: (e: Event) => {
              d.measures[m] = (e.target as HTMLInputElement).checked;
              this.changed();
            },
          }),
          ` ${MEASURE_WORDS[m]}`,
        ),
      ),
    );
    const allowed = h('input', {
      type: 'checkbox',
      id: 'editor-lab-allowed',
      checked: d.labAllowed,
      onchange: (e: Event) => {
        d.labAllowed = (e.target as HTMLInputElement).checked;
        this.changed();
      },
    });
    return h(
      'div',
      {},
      h('fieldset', { class: 'editor-section' }, h('legend', {}, 'Teacher notes'), this.field('Notes for you (not shown to students, never in their results)', this.text('editor-notes', d.teacherNotes, (v) => (d.teacherNotes = v), { multiline: true, rows: 4, maxlength: 20_000 }), 'teacherNotes')),
      h(
        'fieldset',
        { class: 'editor-section' },
        h('legend', {}, 'What-if lab'),
        h('div', { class: 'editor-field' }, h('label', {}, allowed, ' Students may run the computer’s games with their levers')),
        this.field('Games per setting', this.number('editor-lab-runs', d.labRuns, (v) => (d.labRuns = v), { min: 1, max: 1000 }), 'lab.runs', 'The class view plays as many with each student’s levers; 10–20 keeps a lesson moving.'),
        h('div', { class: 'editor-field' }, h('span', { class: 'editor-label' }, 'The lab shows'), measures),
      ),
    );
  }

  /** After every edit: the check, the minutes, the fields marked that have a problem. */
  private changed(): void {
    this.check = checkDraft(this.draft, this.scenario);
    const minutes = document.getElementById('editor-minutes');
    if (minutes) minutes.textContent = `${totalMinutes(this.draft)} minutes in all.`;
    const bad = new Set(this.check.ok ? [] : this.check.errors.map((e) => e.path));
    for (const el of this.form.querySelectorAll<HTMLElement>('[data-path]')) {
      const path = el.dataset.path!;
      const wrong = [...bad].some((p) => p === path || p.startsWith(`${path}[`) || p.startsWith(`${path}.`));
      if (wrong) el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
    }
    this.renderCheck();
  }

  private renderCheck(): void {
    const c = this.check;
    const hash = c.ok ? exerciseHash(c.exercise) : null;
    const shipped = hash ? this.shipped.find((e) => exerciseHash(e) === hash) : undefined;
    fill(
      this.checkBox,
      h('h2', {}, 'Check'),
      c.ok
        ? h('p', { id: 'editor-ok', class: 'editor-ok' }, h('span', { class: 'flag flag-ok' }, '✓ Ready'), ` A ${totalMinutes(this.draft)}-minute lesson, ${c.exercise.questions.length} question${c.exercise.questions.length === 1 ? '' : 's'}; students read it exactly as written here.`)
        : h(
            'div',
            { id: 'editor-errors' },
            h('p', {}, h('span', { class: 'flag flag-bad' }, `⚑ ${c.errors.length} problem${c.errors.length === 1 ? '' : 's'}`), ' to put right before the file can be downloaded:'),
            h('ul', {}, ...c.errors.slice(0, 20).map((e) => h('li', {}, h('code', {}, e.path || '(file)'), ` ${e.message}`))),
          ),
      h(
        'div',
        { class: 'buttons' },
        h('button', { id: 'editor-download', type: 'button', class: 'primary', disabled: !c.ok, title: c.ok ? `Download ${c.exercise.id}.json` : 'Put the problems right first', onclick: () => c.ok && downloadText(`${c.exercise.id}.json`, c.text) }, 'Download exercise'),
        shipped ? h('button', { id: 'editor-copy-link', type: 'button', onclick: () => this.copyLink(shipped.id) }, 'Copy student link') : null,
      ),
      shipped ? h('p', { class: 'sub' }, 'This is a shipped exercise, so students can open it from a link too.') : null,
    );
  }

  private copyLink(id: string): void {
    const url = `${window.location.origin}${window.location.pathname}?exercise=bundled:${encodeURIComponent(id)}`;
    void navigator.clipboard?.writeText(url).catch(() => undefined);
    this.say(`Link copied: ${url}`);
  }
}

/** With no scenario installed there is nothing to make an exercise of; the page says so through the check. */
const newDraftless = (): EditorDraft => ({ ...newDraft({ id: '', levers: [] } as unknown as Scenario), scenarioId: '' });

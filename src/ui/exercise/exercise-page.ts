/**
 * The student's page for an exercise: the title and briefing, the lesson plan with a clock for the current stage,
 * the student's name, class and attempt, a prediction, the side and the open levers, "Play" (the battle with the
 * exercise's settings, saved as a normal saved game and linked here) and "Run the lab", the game's after-action
 * report, one answer box per question, and "Download result file". Everything the student types is kept in
 * IndexedDB as they type; the teacher's notes are folded away. Every text from the file is set as text.
 */
import {
  draftProblems,
  exerciseLevers,
  exerciseSeed,
  openLeverRange,
  resultBody,
  resultFileName,
  sealResult,
  serializeResult,
  withAmongComputer,
  type AfterActionSummary,
  type Exercise,
  type LabSummary,
  type PlayedGame,
  type StudentDraft,
} from '../../exercise';
import { SIDE_NAMES, type Side } from '../../engine';
import { ENGINE_VERSION } from '../../game';
import type { Scenario } from '../../scenario';
import type { ScenarioEntry } from '../controller/catalog';
import type { StartRequest } from '../controller/url-params';
import { downloadText } from '../hud/download';
import { fill, h } from '../hud/dom';
import { leverSlider } from '../hud/lever-slider';
import { loadSave } from '../save-store';
import { afterActionView } from './after-action-view';
import { afterActionOf } from './after-action-client';
import { knownAmongComputer } from './end-report';
import { saveWork, type ExerciseWork } from './exercise-store';
import './exercise.css';

export interface ExercisePageDeps {
  readonly exercise: Exercise;
  readonly hash: string;
  /** The exercise file's text (kept with the student's work, so a reload can open it again). */
  readonly text: string;
  readonly scenario: Scenario;
  readonly entry: ScenarioEntry;
  readonly warnings: readonly string[];
  readonly work: ExerciseWork | null;
  /** Starts the exercise's battle (a new saved game), or continues the linked one. */
  readonly onPlay: (request: StartRequest, continueId: string | null) => void;
  /** The lab with A = history and the fixed levers, B = the student's. */
  readonly onLab: (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) => void;
  readonly onMenu: () => void;
}

const paragraphs = (text: string): HTMLElement[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => h('p', {}, p));

const leverText = (value: number, unit: string, min: number, max: number): string => (min === 0 && max === 1 && !unit ? (value === 1 ? 'on' : 'off') : `${value}${unit ? ` ${unit}` : ''}`);

export class ExercisePage {
  private readonly root: HTMLElement;
  private draft: StudentDraft;
  gameId: string | null;
  private lab: LabSummary | null;
  private clockStartedAt: number | null;
  private clockTimer: ReturnType<typeof setInterval> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly gameBox = h('div', { id: 'ex-game', class: 'ex-card ex-o5' });
  private readonly clockBox = h('div', { id: 'ex-clock' });
  private readonly handInBox = h('div', { id: 'ex-handin' });
  private readonly savedNote = h('span', { id: 'ex-saved', class: 'ex-saved', role: 'status' });
  /** The linked game's report, once built (the result file carries it). */
  private played: { game: PlayedGame; afterAction: AfterActionSummary } | null = null;
  private disposed = false;
  /** What the browser tests read. */
  lastResult: { fileName: string; text: string } | null = null;

  constructor(private readonly deps: ExercisePageDeps) {
    const ex = deps.exercise;
    const w = deps.work;
    this.draft = {
      className: w?.draft.className ?? ex.className ?? '',
      student: w?.draft.student ?? '',
      attempt: w?.draft.attempt ?? 1,
      side: w && ex.play.sides.includes(w.draft.side) ? w.draft.side : ex.play.sides[0]!,
      levers: w?.draft.levers ?? {},
      prediction: w?.draft.prediction ?? '',
      answers: w?.draft.answers ?? {},
    };
    this.gameId = w?.gameId ?? null;
    this.lab = w?.lab ?? null;
    this.clockStartedAt = w?.clockStartedAt ?? null;
    let root = document.getElementById('exercise');
    if (!root) {
      root = h('div', { id: 'exercise' });
      document.body.append(root);
    }
    this.root = root;
    this.render();
    // The text is kept at once, so an exercise opened from a file opens again after a reload.
    this.persist(0);
  }

  show(): void {
    this.root.classList.remove('hidden');
    this.tickClock();
    this.clockTimer ??= setInterval(() => this.tickClock(), 5000);
    void this.refreshGame();
  }

  hide(): void {
    this.root.classList.add('hidden');
    if (this.clockTimer) clearInterval(this.clockTimer);
    this.clockTimer = null;
  }

  dispose(): void {
    this.disposed = true;
    this.hide();
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.persistNow();
    }
    this.root.replaceChildren();
  }

  /** The game played for the exercise (App tells the page when "Play" started one). */
  linkGame(id: string): void {
    this.gameId = id;
    this.played = null;
    this.persist(0);
  }

  setLab(summary: LabSummary): void {
    this.lab = summary;
    this.persist(0);
    this.renderHandIn();
  }

  private get levers(): Record<string, number> {
    return exerciseLevers(this.deps.exercise, this.deps.scenario, this.draft.levers);
  }

  private update(patch: Partial<StudentDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.persist(400);
  }

  private persist(delay: number): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.persistNow(), delay);
  }

  private persistNow(): void {
    this.saveTimer = null;
    const work: ExerciseWork = { text: this.deps.text, draft: this.draft, gameId: this.gameId, lab: this.lab, clockStartedAt: this.clockStartedAt };
    void saveWork(this.deps.hash, work).then((problem) => {
      if (this.disposed) return;
      this.savedNote.textContent = problem ?? `Kept in this browser at ${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}.`;
      this.savedNote.classList.toggle('ex-problem', problem !== null);
    });
  }

  private render(): void {
    const { exercise: ex, entry } = this.deps;
    const header = h(
      'header',
      { class: 'ex-header' },
      h(
        'div',
        {},
        h('h1', { id: 'ex-title' }, ex.title),
        h('p', { class: 'sub' }, `${entry.title}, ${entry.dates}${ex.author ? ` — ${ex.author}` : ''}`),
      ),
      h('div', { class: 'ex-header-buttons' }, this.savedNote, h('button', { id: 'ex-menu', type: 'button', onclick: () => this.deps.onMenu() }, 'Menu')),
    );
    const warnings = this.deps.warnings.length ? h('div', { class: 'ex-warning', role: 'note' }, ...this.deps.warnings.map((w) => h('p', {}, w))) : null;
    const left = h(
      'div',
      { class: 'ex-col' },
      h('section', { class: 'ex-card ex-o2', 'aria-labelledby': 'ex-briefing-h' }, h('h2', { id: 'ex-briefing-h' }, 'Briefing'), h('div', { id: 'ex-briefing', class: 'ex-briefing' }, ...paragraphs(ex.briefing))),
      this.gameBox,
      this.questionsBox(),
      ex.teacherNotes
        ? h('details', { id: 'ex-teacher', class: 'ex-teacher ex-o8' }, h('summary', {}, 'For the teacher'), h('div', { class: 'ex-briefing' }, ...paragraphs(ex.teacherNotes)))
        : null,
    );
    const right = h('div', { class: 'ex-col' }, this.lessonBox(), this.studentBox(), this.choicesBox(), h('section', { class: 'ex-card ex-o7' }, h('h2', {}, 'Hand in'), this.handInBox));
    fill(this.root, h('div', { class: 'wrap' }, header, warnings, h('div', { class: 'ex-cols' }, left, right)));
    this.renderHandIn();
    fill(this.gameBox, h('h2', {}, 'Your game'), h('p', { class: 'sub' }, 'Not played yet.'));
  }

  private lessonBox(): HTMLElement {
    const start = h(
      'button',
      {
        id: 'ex-clock-start',
        type: 'button',
        onclick: () => {
          this.clockStartedAt = Date.now();
          this.persist(0);
          this.tickClock();
          start.textContent = 'Restart the lesson clock';
        },
      },
      this.clockStartedAt === null ? 'Start the lesson clock' : 'Restart the lesson clock',
    );
    return h('section', { class: 'ex-card ex-o1', 'aria-labelledby': 'ex-plan-h' }, h('h2', { id: 'ex-plan-h' }, 'Lesson plan'), this.clockBox, start);
  }

  private tickClock(): void {
    const stages = this.deps.exercise.lessonPlan.stages;
    const elapsed = this.clockStartedAt === null ? null : (Date.now() - this.clockStartedAt) / 60000;
    let at = 0;
    let current = -1;
    let left = 0;
    if (elapsed !== null) {
      for (let i = 0; i < stages.length; i++) {
        if (elapsed < at + stages[i]!.minutes) {
          current = i;
          left = Math.ceil(at + stages[i]!.minutes - elapsed);
          break;
        }
        at += stages[i]!.minutes;
      }
      if (current === -1) current = stages.length;
    }
    const total = stages.reduce((s, st) => s + st.minutes, 0);
    fill(
      this.clockBox,
      h(
        'p',
        { class: 'ex-clock', role: 'timer' },
        elapsed === null ? `${total} minutes in ${stages.length} stages.` : current < stages.length ? `Now: ${stages[current]!.name} — ${left} min left.` : 'The lesson time is over.',
      ),
      h(
        'ol',
        { class: 'ex-stages' },
        ...stages.map((s, i) =>
          h(
            'li',
            { class: i === current ? 'current' : elapsed !== null && i < current ? 'past' : '' },
            h('span', { class: 'ex-stage-min' }, `${s.minutes} min`),
            h('span', {}, h('b', {}, s.name), s.what ? ` — ${s.what}` : ''),
          ),
        ),
      ),
    );
  }

  private studentBox(): HTMLElement {
    const ex = this.deps.exercise;
    const seedNote = h('p', { class: 'sub', id: 'ex-seed' });
    const showSeed = () => (seedNote.textContent = `Attempt ${this.draft.attempt} plays seed ${exerciseSeed(ex, this.draft.attempt)} against the computer at ${ex.play.difficulty}.`);
    showSeed();
    const field = (id: string, label: string, value: string, onValue: (v: string) => void, extra: Record<string, string> = {}) =>
      h('label', { for: id }, label, h('input', { id, value, maxlength: '60', autocomplete: 'off', ...extra, oninput: (e: Event) => onValue((e.target as HTMLInputElement).value) }));
    return h(
      'section',
      { class: 'ex-card ex-o3', 'aria-labelledby': 'ex-you-h' },
      h('h2', { id: 'ex-you-h' }, 'You'),
      h(
        'div',
        { class: 'ex-fields' },
        field('ex-student', 'Name', this.draft.student, (v) => this.update({ student: v })),
        ex.className
          ? h('div', { class: 'ex-field' }, 'Class', h('b', { id: 'ex-class-fixed' }, ex.className))
          : field('ex-class', 'Class', this.draft.className, (v) => this.update({ className: v })),
        field(
          'ex-attempt',
          'Attempt',
          String(this.draft.attempt),
          (v) => {
            const n = Number(v);
            if (Number.isInteger(n) && n >= 1 && n <= 99) {
              this.update({ attempt: n });
              showSeed();
            }
          },
          { type: 'number', min: '1', max: '99', inputmode: 'numeric' },
        ),
      ),
      seedNote,
      h(
        'label',
        { for: 'ex-prediction', class: 'ex-question' },
        h('b', {}, 'Your prediction'),
        ' — before you play: what will happen, and why?',
        h('textarea', { id: 'ex-prediction', maxlength: '10000', oninput: (e: Event) => this.update({ prediction: (e.target as HTMLTextAreaElement).value }) }, this.draft.prediction),
      ),
    );
  }

  private choicesBox(): HTMLElement {
    const { exercise: ex, entry } = this.deps;
    const sides = ex.play.sides;
    const sideBox =
      sides.length === 1
        ? h('p', { id: 'ex-side' }, `You command the ${SIDE_NAMES[sides[0]!]} side; the computer plays the other.`)
        : h(
            'fieldset',
            { class: 'ex-sides', id: 'ex-side' },
            h('legend', {}, 'Your side'),
            ...sides.map((s) =>
              h(
                'label',
                {},
                h('input', { type: 'radio', name: 'ex-side', id: `ex-side-${s}`, value: s, checked: this.draft.side === s, onchange: () => this.update({ side: s }) }),
                ` ${SIDE_NAMES[s]}`,
              ),
            ),
          );
    const open = ex.levers.open.flatMap((o) => {
      const lever = entry.levers.find((l) => l.id === o.id);
      const range = openLeverRange(o, this.deps.scenario);
      if (!lever || !range) return [];
      const value = this.levers[o.id] ?? lever.default;
      const show = (v: number) => `${leverText(v, lever.unit, lever.min, lever.max)}${v === lever.default ? ' (history)' : ''}`;
      const slider = leverSlider({ ...lever, min: range.min, max: range.max }, value, {
        id: `ex-lever-${o.id}`,
        dataset: { lever: o.id },
        show,
        onValue: (v) => this.update({ levers: { ...this.draft.levers, [o.id]: v } }),
      });
      return [
        h(
          'div',
          { class: 'ex-lever' },
          h('label', { for: `ex-lever-${o.id}` }, lever.name),
          h('div', { class: 'row' }, slider.input, slider.output),
          h('div', { class: 'desc' }, `${leverText(range.min, lever.unit, lever.min, lever.max)} to ${leverText(range.max, lever.unit, lever.min, lever.max)}. ${lever.description}`),
        ),
      ];
    });
    const fixed = Object.entries(ex.levers.fixed).map(([id, v]) => {
      const lever = entry.levers.find((l) => l.id === id);
      return h('li', {}, lever ? `${lever.name}: ${leverText(v, lever.unit, lever.min, lever.max)} (history: ${leverText(lever.default, lever.unit, lever.min, lever.max)})` : `${id}: ${v}`);
    });
    const play = h(
      'button',
      {
        id: 'ex-play',
        class: 'primary',
        type: 'button',
        title: 'Play the battle with these settings (saved as a game in this browser)',
        onclick: () => this.deps.onPlay(this.request(), null),
      },
      'Play',
    );
    const lab = ex.lab.allowed
      ? h(
          'button',
          {
            id: 'ex-lab',
            type: 'button',
            title: `The computer plays ${ex.lab.runs} games with history's levers (A) and ${ex.lab.runs} with yours (B), on the same seeds`,
            onclick: () => this.deps.onLab(this.historyLevers(), this.levers),
          },
          'Run the lab',
        )
      : null;
    return h(
      'section',
      { class: 'ex-card ex-o4', 'aria-labelledby': 'ex-choices-h' },
      h('h2', { id: 'ex-choices-h' }, 'Your choices'),
      sideBox,
      open.length ? h('div', { id: 'ex-open-levers' }, h('h3', {}, 'Levers you may set'), ...open) : null,
      fixed.length ? h('div', { class: 'ex-fixed' }, h('h3', {}, 'Set by your teacher'), h('ul', { id: 'ex-fixed-levers' }, ...fixed)) : null,
      h('p', { class: 'sub' }, 'Every other lever is at history’s value.'),
      h('div', { class: 'ex-buttons' }, play, lab),
    );
  }

  /** History's levers with the teacher's fixed ones: the lab's A. */
  private historyLevers(): Record<string, number> {
    return exerciseLevers(this.deps.exercise, this.deps.scenario, {});
  }

  private request(): StartRequest {
    const ex = this.deps.exercise;
    return { scenarioId: ex.scenarioId, seed: exerciseSeed(ex, this.draft.attempt), side: this.draft.side, mode: 'ai', difficulty: ex.play.difficulty, levers: this.levers };
  }

  private questionsBox(): HTMLElement {
    return h(
      'section',
      { class: 'ex-card ex-o6', 'aria-labelledby': 'ex-questions-h' },
      h('h2', { id: 'ex-questions-h' }, 'Questions'),
      ...this.deps.exercise.questions.map((q, i) =>
        h(
          'div',
          { class: 'ex-question' },
          h('label', { for: `ex-answer-${q.id}` }, `${i + 1}. ${q.text}`),
          h(
            'textarea',
            {
              id: `ex-answer-${q.id}`,
              maxlength: '20000',
              dataset: { question: q.id },
              oninput: (e: Event) => this.update({ answers: { ...this.draft.answers, [q.id]: (e.target as HTMLTextAreaElement).value } }),
            },
            this.draft.answers[q.id] ?? '',
          ),
        ),
      ),
    );
  }

  /** Reads the linked saved game and shows how it stands, with its after-action report. */
  private async refreshGame(): Promise<void> {
    if (!this.gameId) return;
    const loaded = await loadSave(this.gameId);
    if (this.disposed) return;
    if (!loaded.ok) {
      fill(this.gameBox, h('h2', {}, 'Your game'), h('p', { class: 'ex-problem' }, `Your game could not be read: ${loaded.problem}`));
      this.played = null;
      this.renderHandIn();
      return;
    }
    const record = loaded.record;
    const player = loaded.summary.side;
    fill(this.gameBox, h('h2', {}, 'Your game'), h('p', { class: 'sub' }, 'Reading your game…'));
    const built = await afterActionOf({ scenario: this.deps.scenario, record, player });
    if (this.disposed) return;
    if (!built.ok) {
      fill(this.gameBox, h('h2', {}, 'Your game'), h('p', { class: 'ex-problem' }, `Your game cannot be replayed: ${built.reason}`));
      this.played = null;
      this.renderHandIn();
      return;
    }
    const among = built.outcome.finished ? knownAmongComputer(record) : null;
    const afterAction = among ? withAmongComputer(built.summary, among) : built.summary;
    this.played = { game: { record, outcome: built.outcome }, afterAction };
    const s = loaded.summary;
    const status = built.outcome.finished ? `${s.result ?? 'Over'} on turn ${built.outcome.turn}.` : `Turn ${s.turn} of ${s.turns}, not finished.`;
    const cont = built.outcome.finished
      ? null
      : h('button', { id: 'ex-continue', type: 'button', onclick: () => this.deps.onPlay(this.request(), this.gameId) }, 'Continue your game');
    const turnDate = (turn: number) => built.dates[turn] ?? '';
    fill(
      this.gameBox,
      h('h2', {}, 'Your game'),
      h('p', { class: 'ex-game', id: 'ex-game-status' }, `${s.side ? `${SIDE_NAMES[s.side]} side, ` : ''}seed ${record.seed}: ${status}`),
      cont ? h('div', { class: 'ex-buttons' }, cont) : null,
      afterActionView(afterAction, {
        turnDate,
        amongPending: built.outcome.finished ? 'The computer’s games are played on the end screen of your game.' : 'Finish the game to set it among the computer’s games.',
      }),
    );
    this.renderHandIn();
  }

  private renderHandIn(): void {
    const ex = this.deps.exercise;
    const problems = h('div', { id: 'ex-handin-problems', role: 'alert' });
    const button = h(
      'button',
      {
        id: 'ex-download',
        class: 'primary',
        type: 'button',
        onclick: () => {
          const wrong = draftProblems(ex, this.draft);
          fill(problems, ...wrong.map((p) => h('p', { class: 'ex-problem' }, p)));
          if (wrong.length === 0) this.download();
        },
      },
      'Download result file',
    );
    const what = [
      this.played ? `your game (${this.played.game.outcome.finished ? 'finished' : `unfinished, turn ${this.played.game.outcome.turn}`}) and its after-action report` : 'no game yet',
      this.lab ? `the lab (${this.lab.runs} games with your levers)` : null,
      `${ex.questions.length} answer${ex.questions.length === 1 ? '' : 's'}`,
    ].filter((x): x is string => x !== null);
    fill(this.handInBox, h('p', { class: 'sub' }, `The file holds your choices, your prediction, ${what.join(', ')}, and a checksum. Hand it to your teacher.`), problems, button);
  }

  private download(): void {
    const ex = this.deps.exercise;
    const className = ex.className ?? this.draft.className.trim();
    const body = resultBody(ex, this.draft, {
      engineVersion: ENGINE_VERSION,
      submittedAt: new Date().toISOString(),
      levers: this.played ? this.played.game.record.levers : this.levers,
      game: this.played?.game ?? null,
      afterAction: this.played?.afterAction ?? null,
      lab: this.lab,
    });
    const played = this.played?.game.record;
    // The choices are those of the game handed in (its side and seed), when there is one.
    const choices = played ? { ...body.choices, seed: typeof played.seed === 'number' ? played.seed : body.choices.seed, side: this.sideOf(played) ?? body.choices.side } : body.choices;
    const text = serializeResult(sealResult({ ...body, choices }));
    const fileName = resultFileName(className, this.draft.student.trim(), this.draft.attempt);
    this.lastResult = { fileName, text };
    downloadText(fileName, text);
  }

  private sideOf(record: PlayedGame['record']): Side | null {
    if (record.sides?.soviet.player === 'human' && record.sides.japanese.player !== 'human') return 'soviet';
    if (record.sides?.japanese.player === 'human' && record.sides.soviet.player !== 'human') return 'japanese';
    return null;
  }
}

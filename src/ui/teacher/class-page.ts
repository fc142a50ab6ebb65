/**
 * The class view (`?teacher=class`): the teacher opens a class's result files at once — several files, a folder, or
 * dropped on the page — with no server. Each file is checked in a worker (checksum, and every embedded game replayed
 * against the outcome it claims); the computer then plays the lab's games with each lever setting the class used
 * (the lab's run and pool, in Web Workers). The page shows a table of the class with flags, the plot of the students'
 * games among the computer's and against history, the games worth raising in the debrief and why, a replay one click
 * away, and a CSV for grading. Text from the files is shown as text only.
 */
import { scenarioLabels, type ScenarioLabels } from '../../analysis';
import { exerciseHash, resultChecksum, type Exercise } from '../../exercise';
import { parseRecord, type GameRecord } from '../../replay';
import type { Scenario } from '../../scenario';
import type { ScenarioCatalog } from '../controller/catalog';
import { downloadText } from '../hud/download';
import { fill, h } from '../hud/dom';
import { LabRun, type WorkerFactory } from '../lab/lab-run';
import { poolSize, WorkerPool, type PoolWorker } from '../lab/lab-pool';
import type { CheckInit, CheckReply, CheckTask } from './check-messages';
import { readClassFiles, MAX_FILE_BYTES, type ClassFile, type ClassFiles, type ResultGroup } from './class-files';
import { forgetClass, loadClass, saveClass } from './class-store';
import { checkFlags, classCsv, classHeadline, classRow, unusualReasons, winnerWords, type ClassRow, type ComputerGames } from './class-model';
import { classPlot, type PlotSetting } from './class-plot';
import { filesFromDrop, pickedFiles, type PickedFile } from './dropped-files';
import { bundledExercise } from './bundled-exercises';
import { teacherHeader, teacherRoot } from './teacher-shell';

export interface ClassPageDeps {
  readonly catalog: ScenarioCatalog;
  readonly labWorkers: WorkerFactory;
  readonly checkWorkers: () => PoolWorker<CheckTask | CheckInit, CheckReply>;
  readonly onMenu: () => void;
  /** Opens a student's game in the replay viewer; its way back calls `back`. */
  readonly onWatch: (record: GameRecord, title: string, back: () => void) => void;
}

/** The computer's games per lever setting when the exercise does not say (lab.runs). */
const DEFAULT_RUNS = 10;
/** At most this many per setting here: a class of thirty with thirty settings must not take the lesson's hour. */
const MAX_RUNS = 50;

export class ClassPage {
  private readonly root = teacherRoot();
  private files: ClassFiles | null = null;
  private group: ResultGroup | null = null;
  private scenario: Scenario | undefined;
  private labels: ScenarioLabels | null = null;
  private exercise: Exercise | null = null;
  private rows: ClassRow[] = [];
  private readonly computer = new Map<string, ComputerGames>();
  private checkPool: WorkerPool<CheckTask, CheckInit, CheckReply> | null = null;
  private labRun: LabRun | null = null;
  private checked = 0;
  private status = '';
  private disposed = false;
  private readonly statusBox = h('section', { id: 'class-status', 'aria-live': 'polite', 'aria-label': 'Progress' });
  private readonly body = h('div', { id: 'class-body' });
  private redraw: ReturnType<typeof setTimeout> | null = null;
  private computerStopped = false;
  /** What this browser keeps of the open files: a sentence, or null when nothing is open. */
  private kept: string | null = null;
  /** Made once: the status line is redrawn twice a second, and a remade button would slip from under the pointer. */
  private readonly stopButton = h('button', { id: 'class-computer-stop', type: 'button', title: 'Stop the computer’s games; the figures use the games played so far', onclick: () => this.stopComputer() }, 'Stop');

  constructor(private readonly deps: ClassPageDeps) {
    const pick = h('input', { id: 'class-files', type: 'file', multiple: true, accept: '.json,application/json', class: 'visually-hidden', onchange: () => void this.openInput(pick) });
    const folder = h('input', { id: 'class-folder', type: 'file', multiple: true, class: 'visually-hidden', onchange: () => void this.openInput(folder) });
    folder.setAttribute('webkitdirectory', '');
    const button = (input: HTMLInputElement, text: string) =>
      h('label', { for: input.id, class: 'button primary', tabindex: '0', onkeydown: (e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), input.click()) }, text);
    const open = h(
      'section',
      { class: 'teacher-open', 'aria-label': 'Open result files' },
      h('p', {}, 'Open the result files your students handed in (their names end in _attempt.json). Your own copy of the exercise file may be opened with them; nothing leaves this computer.'),
      h('div', { class: 'teacher-open-buttons' }, button(pick, 'Open result files…'), pick, button(folder, 'Open a folder…'), folder, h('span', { class: 'sub' }, 'or drop files or a folder anywhere on this page.')),
    );
    fill(this.root, h('div', { class: 'wrap' }, teacherHeader('Class results', 'Your class’s games side by side: checked, replayed, compared with the computer and with history.', deps.onMenu), open, this.statusBox, this.body));
    this.root.addEventListener('dragover', this.onDragOver);
    this.root.addEventListener('drop', this.onDrop);
    this.renderStatus();
    void this.restore();
  }

  show(): void {
    this.root.classList.remove('hidden');
  }

  hide(): void {
    this.root.classList.add('hidden');
  }

  dispose(): void {
    this.disposed = true;
    this.stopWork();
    this.root.removeEventListener('dragover', this.onDragOver);
    this.root.removeEventListener('drop', this.onDrop);
    this.root.replaceChildren();
    this.root.classList.add('hidden');
  }

  /** Dropped files must not reach the page-wide drop that opens a single record in the viewer. */
  private readonly onDragOver = (e: DragEvent): void => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private readonly onDrop = (e: DragEvent): void => {
    if (!e.dataTransfer) return;
    e.preventDefault();
    e.stopPropagation();
    void filesFromDrop(e.dataTransfer).then((files) => this.openFiles(files));
  };

  private async openInput(input: HTMLInputElement): Promise<void> {
    const files = pickedFiles(input.files);
    input.value = '';
    await this.openFiles(files);
  }

  /** Reads the chosen files (too large ones and non-JSON ones are named, not read) and shows the class. */
  async openFiles(files: readonly PickedFile[]): Promise<void> {
    const texts: ClassFile[] = [];
    const skipped: string[] = [];
    for (const { file: f, path } of files) {
      if (!/\.json$/i.test(f.name)) continue;
      if (f.size > MAX_FILE_BYTES) {
        skipped.push(`${path}: over ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB; left out.`);
        continue;
      }
      texts.push({ name: path, text: await f.text() });
    }
    if (texts.length === 0) {
      this.status = files.length ? 'None of these is a .json file; result files end in .json.' : '';
      this.renderStatus();
      return;
    }
    this.load(readClassFiles(texts), skipped);
    const count = `${texts.length} file${texts.length === 1 ? '' : 's'}`;
    this.kept = (await saveClass(texts, Date.now())) ?? `These ${count} are kept in this browser, so the class is here after a reload.`;
    if (!this.disposed) this.renderStatus();
  }

  /** The class opened last time, if this browser kept it and nothing has been opened since the page loaded. */
  private async restore(): Promise<void> {
    const { stored, problem } = await loadClass();
    if (this.disposed || this.files) return;
    if (problem) {
      this.status = problem;
      this.renderStatus();
      return;
    }
    if (!stored) return;
    const when = new Date(stored.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    const count = `${stored.files.length} file${stored.files.length === 1 ? '' : 's'}`;
    this.kept = `Reopened the ${count} you opened on ${when}; they are kept in this browser until you forget them.`;
    this.load(readClassFiles(stored.files), []);
  }

  /** Closes the class and removes its files from this browser. */
  private async forget(): Promise<void> {
    this.stopWork();
    this.files = null;
    this.group = null;
    this.rows = [];
    this.computer.clear();
    this.kept = null;
    this.status = (await forgetClass()) ?? 'The files are closed and no longer kept in this browser.';
    if (this.disposed) return;
    this.render();
    this.renderStatus();
  }

  private load(files: ClassFiles, skipped: readonly string[]): void {
    this.files = { ...files, problems: [...skipped, ...files.problems] };
    void this.useGroup(files.groups[0] ?? null);
  }

  private stopWork(): void {
    this.checkPool?.cancel();
    this.checkPool = null;
    this.labRun?.cancel();
    this.labRun = null;
    if (this.redraw) clearTimeout(this.redraw);
    this.redraw = null;
  }

  private async useGroup(group: ResultGroup | null): Promise<void> {
    this.stopWork();
    this.group = group;
    this.rows = [];
    this.computer.clear();
    this.computerStopped = false;
    this.checked = 0;
    this.status = '';
    if (!group) {
      this.render();
      return;
    }
    const first = group.results[0]!.result;
    this.exercise = this.files?.exercises.find((e) => e.id === group.exerciseId && exerciseHash(e) === group.hash) ?? (await bundledExercise(group.exerciseId, group.hash));
    if (this.disposed || this.group !== group) return;
    const scenarioId = (first.games[0]?.record.scenarioId as string | undefined) ?? this.exercise?.scenarioId;
    this.scenario = typeof scenarioId === 'string' ? this.deps.catalog.scenario(scenarioId) : undefined;
    if (!this.scenario) {
      this.status = scenarioId ? `These results are games of “${String(scenarioId).slice(0, 80)}”, which is not installed here, so they cannot be replayed or compared.` : 'These results hold no game and name no scenario.';
      this.labels = null;
      this.render();
      return;
    }
    const labels = scenarioLabels(this.scenario);
    this.labels = labels;
    this.rows = group.results.map((loaded, i) => classRow(i, loaded, null, labels));
    this.render();
    this.startChecks(group);
  }

  /** Every file checked in the workers; the computer's games start when the checks are done. */
  private startChecks(group: ResultGroup): void {
    const scenario = this.scenario!;
    const pool = new WorkerPool<CheckTask, CheckInit, CheckReply>(Math.min(group.results.length, poolSize(navigator.hardwareConcurrency)), this.deps.checkWorkers, {
      kind: 'init',
      scenario,
      exercise: this.exercise,
    });
    this.checkPool = pool;
    let left = group.results.length;
    const settle = (): void => {
      this.checked++;
      if (--left === 0) {
        pool.cancel();
        this.checkPool = null;
        this.startComputer();
      }
      this.scheduleRender();
    };
    group.results.forEach((loaded, i) => {
      void pool.submit({ taskId: i + 1, result: loaded.result }).then(
        (reply) => {
          if (this.checkPool !== pool) return;
          this.rows[i] = classRow(i, loaded, reply.check, this.labels!);
          settle();
        },
        (e: Error) => {
          if (this.checkPool !== pool) return;
          // A worker that failed (out of memory on a hostile file) fails that file's check, not the class's.
          const problem = `The file could not be checked: ${e.message}.`;
          const { checksum, ...body } = loaded.result;
          const checksumOk = resultChecksum(body) === checksum;
          this.rows[i] = classRow(i, loaded, { checksumOk, exerciseOk: null, replayOk: false, games: [], problems: [problem] }, this.labels!);
          settle();
        },
      );
    });
  }

  private get runs(): number {
    return Math.min(MAX_RUNS, this.exercise?.lab.runs ?? DEFAULT_RUNS);
  }

  /** The lab's games, one lever setting after another (each setting is one lab run on all cores but one). */
  private startComputer(): void {
    const scenario = this.scenario;
    if (!scenario || this.disposed) return;
    const settings = [...new Map(this.rows.map((r) => [r.leverKey, r.levers])).entries()];
    const difficulty = this.exercise?.play.difficulty ?? this.rows[0]?.loaded.result.choices.difficulty ?? 'regular';
    const next = (k: number): void => {
      if (this.disposed || this.computerStopped || k >= settings.length) {
        this.labRun = null;
        this.scheduleRender();
        return;
      }
      const [key, levers] = settings[k]!;
      this.computer.set(key, { key, levers, summaries: [], planned: this.runs });
      const run = new LabRun(
        { scenario, runs: this.runs, seedStart: 1, levers: { a: levers }, difficulty: { soviet: difficulty, japanese: difficulty }, origin: null },
        poolSize(navigator.hardwareConcurrency),
        this.deps.labWorkers,
        (r) => {
          if (this.labRun !== r) return;
          this.computer.set(key, { key, levers, summaries: r.summaries('a'), planned: this.runs });
          if (r.status === 'failed') this.status = `The computer's games stopped: ${r.error ?? 'a game failed'}`;
          if (r.status !== 'running') next(k + 1);
          this.scheduleRender();
        },
      );
      this.labRun = run;
    };
    next(0);
  }

  private stopComputer(): void {
    this.computerStopped = true;
    this.labRun?.cancel();
  }

  /** Results come in several a second: the page is redrawn at most twice a second (and at once when all is done). */
  private scheduleRender(): void {
    if (this.disposed) return;
    const busy = this.checkPool !== null || this.labRun !== null;
    if (!busy) {
      if (this.redraw) clearTimeout(this.redraw);
      this.redraw = null;
      this.render();
      return;
    }
    this.renderStatus();
    this.redraw ??= setTimeout(() => {
      this.redraw = null;
      this.render();
    }, 500);
  }

  private computerDone(): { done: number; total: number } {
    const settings = new Set(this.rows.map((r) => r.leverKey)).size;
    let done = 0;
    for (const c of this.computer.values()) done += c.summaries.length;
    return { done, total: settings * this.runs };
  }

  private renderStatus(): void {
    const lines: (HTMLElement | null)[] = [];
    const files = this.files;
    if (files && files.problems.length) {
      lines.push(
        h('details', { class: 'class-problems', open: files.problems.length <= 4 }, h('summary', {}, `${files.problems.length} file${files.problems.length === 1 ? '' : 's'} left out or noted`), h('ul', {}, ...files.problems.map((p) => h('li', {}, p)))),
      );
    }
    if (this.status) lines.push(h('p', { class: 'teacher-status' }, this.status));
    if (this.files && this.kept) {
      lines.push(h('p', { id: 'class-kept', class: 'teacher-status' }, this.kept, ' ', h('button', { id: 'class-forget', type: 'button', onclick: () => void this.forget() }, 'Forget these files')));
    }
    if (this.group && this.labels) {
      const n = this.rows.length;
      const c = this.computerDone();
      const checking = this.checked < n;
      const computerBusy = this.labRun !== null;
      lines.push(
        h(
          'div',
          { class: 'class-progress' },
          h('progress', { id: 'class-check-bar', max: String(n), value: String(this.checked), 'aria-label': 'Files checked' }),
          h('span', { id: 'class-check-text' }, checking ? `Checking and replaying: ${this.checked} of ${n} files` : `All ${n} files checked and replayed.`),
          h('progress', { id: 'class-computer-bar', max: String(Math.max(1, c.total)), value: String(c.done), 'aria-label': 'Computer games played' }),
          h(
            'span',
            { id: 'class-computer-text' },
            checking
              ? `The computer's games (${c.total}) start after the checks.`
              : computerBusy
                ? `The computer's games: ${c.done} of ${c.total}`
                : this.computerStopped && c.done < c.total
                  ? `The computer's games: stopped at ${c.done} of ${c.total}; the figures use the games played.`
                  : `The computer's games: ${c.done} of ${c.total} played.`,
          ),
          computerBusy ? this.stopButton : null,
        ),
      );
    }
    fill(this.statusBox, ...lines);
    this.root.dataset.checked = String(this.checked);
    this.root.dataset.computer = this.group && this.checked === this.rows.length && this.labRun === null ? 'done' : 'running';
  }

  private render(): void {
    if (this.disposed) return;
    this.renderStatus();
    const group = this.group;
    const labels = this.labels;
    if (!group) {
      fill(this.body, this.files ? h('p', {}, 'No result files among them.') : null);
      return;
    }
    const others = (this.files?.groups ?? []).filter((g) => g !== group);
    const groupChoice = others.length
      ? h(
          'p',
          { class: 'class-groups' },
          h('label', { for: 'class-group' }, `These files answer ${others.length + 1} different exercises, shown one at a time: `),
          h(
            'select',
            { id: 'class-group', onchange: (e: Event) => void this.useGroup(this.files!.groups.find((g) => g.key === (e.target as HTMLSelectElement).value) ?? null) },
            ...(this.files?.groups ?? []).map((g) => h('option', { value: g.key, selected: g === group }, `${g.title} (${g.results.length} file${g.results.length === 1 ? '' : 's'})`)),
          ),
        )
      : null;
    const classes = [...new Set(group.results.map((r) => r.result.className))];
    const head = h(
      'section',
      { class: 'class-head', 'aria-label': 'Exercise' },
      h('h2', {}, group.title),
      h(
        'p',
        { class: 'sub' },
        `${group.results.length} result${group.results.length === 1 ? '' : 's'} · class ${classes.join(', ')} · ${this.scenario?.title ?? 'scenario not installed'}`,
        this.exercise ? ` · the exercise file is known (${this.exercise.questions.length} questions)` : ' · the exercise file is not open: its questions are shown by their ids; open it with the results to check against it',
      ),
      labels ? h('p', { id: 'class-headline', class: 'class-headline' }, classHeadline(this.rows, [...this.computer.values()], labels).join(' ')) : null,
      h('div', { class: 'class-export' }, h('button', { id: 'class-csv', type: 'button', title: 'One row per result: choices, outcome, checks and every answer', onclick: () => this.downloadCsv(), disabled: !labels }, 'Download CSV')),
    );
    if (!labels) {
      fill(this.body, groupChoice, head);
      return;
    }
    fill(this.body, groupChoice, head, this.plotSection(labels), this.debriefSection(labels), this.tableSection(labels));
  }

  private turns(): number {
    return this.scenario?.clock.turns ?? 20;
  }

  private unusual = (row: ClassRow): string[] => (this.labels ? unusualReasons(row, this.computer.get(row.leverKey), this.labels, this.turns()) : []);

  private plotSection(labels: ScenarioLabels): HTMLElement {
    const settings: PlotSetting[] = [...new Map(this.rows.map((r) => [r.leverKey, r])).values()].map((first) => ({
      key: first.leverKey,
      label: first.choicesText,
      computer: this.computer.get(first.leverKey),
      students: this.rows.filter((r) => r.leverKey === first.leverKey),
    }));
    const hist = labels.historical;
    const m = this.scenario?.victory.marginalMargin ?? 1;
    const history = hist ? (hist.winner === 'soviet' ? { from: Math.max(1, m), to: 10_000, label: 'Soviet victory' } : hist.winner === 'japanese' ? { from: -10_000, to: -Math.max(1, m), label: 'Japanese victory' } : { from: -(m - 1), to: m - 1, label: 'a draw' }) : null;
    const legend = h(
      'p',
      { class: 'class-legend' },
      h('span', {}, h('i', { class: 'diamond' }), 'a student’s game'),
      h('span', {}, h('i', { class: 'dot' }), 'a computer game with the same levers'),
      h('span', {}, h('i', { class: 'band' }), hist ? `history: ${hist.result}` : 'no historical outcome recorded'),
      ' Colour: blue Soviet won, orange Japanese won, grey draw.',
    );
    return h(
      'section',
      { id: 'class-plot', 'aria-label': 'Plot' },
      h('h3', {}, 'The class among the computer’s games and history'),
      legend,
      h('div', { class: 'class-plot-box', tabindex: '0', role: 'group', 'aria-label': 'Plot of the class (scrolls sideways on a small screen)' }, classPlot({ settings, history, onOpen: (row) => this.watch(row) })),
    );
  }

  private debriefSection(labels: ScenarioLabels): HTMLElement {
    const items = this.rows.flatMap((row) => {
      const reasons = this.unusual(row);
      const r = row.loaded.result;
      return reasons.length ? [h('li', { dataset: { row: String(row.index) } }, h('b', {}, `${r.student} (attempt ${r.attempt}): `), reasons.join(' '), ' ', this.watchButton(row))] : [];
    });
    const c = this.computerDone();
    const note = c.done < c.total ? ' (provisional: the computer’s games are still being played)' : '';
    return h(
      'section',
      { id: 'class-debrief', 'aria-label': 'For the debrief' },
      h('h3', {}, `For the debrief${note}`),
      items.length ? h('ul', {}, ...items) : h('p', {}, `No game stands out from the computer’s games with the same levers or from history’s timings${labels.historical ? '' : ' (this scenario records no history to compare with)'}.`),
    );
  }

  private watchButton(row: ClassRow): HTMLElement | null {
    if (!row.loaded.result.games[0]) return null;
    const r = row.loaded.result;
    return h('button', { type: 'button', class: 'class-watch', dataset: { row: String(row.index) }, 'aria-label': `Watch ${r.student}'s game (attempt ${r.attempt})`, onclick: () => this.watch(row) }, 'Watch');
  }

  private tableSection(labels: ScenarioLabels): HTMLElement {
    const questionText = (id: string) => this.exercise?.questions.find((q) => q.id === id)?.text ?? id;
    const flag = (text: string, title: string, kind: string) => h('span', { class: `flag flag-${kind}`, title }, h('span', { 'aria-hidden': 'true' }, '⚑ '), text);
    const row = (r: ClassRow): HTMLElement => {
      const res = r.loaded.result;
      const o = r.outcome;
      const flags = checkFlags(r);
      const checks = r.check
        ? [
            flags.checksum ? flag('Checksum failed', flags.checksum, 'bad') : flag('Checksum ok', 'The file is as it was made.', 'ok'),
            flags.replay ? flag('Replay mismatch', r.check.problems.filter((p) => !p.startsWith('The checksum')).join(' '), 'bad') : flag('Replay ok', 'Every game replays to the outcome the file claims.', 'ok'),
            flags.replay ? h('div', { class: 'class-problem' }, flags.replay) : null,
          ]
        : [h('span', { class: 'sub' }, 'checking…')];
      const reasons = this.unusual(r);
      const answers = h(
        'details',
        { class: 'class-answers' },
        h('summary', {}, `${res.answers.filter((a) => a.text.trim()).length} answer${res.answers.length === 1 ? '' : 's'}${res.prediction ? ' and a prediction' : ''}`),
        res.prediction ? h('p', {}, h('b', {}, 'Prediction: '), res.prediction) : null,
        ...res.answers.map((a) => h('div', { class: 'class-answer' }, h('b', {}, questionText(a.questionId)), h('p', {}, a.text || '(no answer)'))),
      );
      const cell = (label: string, props: Record<string, string>, ...children: (Node | string | null)[]) => h('td', { ...props, dataset: { label } }, ...children);
      return h(
        'tr',
        { class: `class-row${flags.checksum || flags.replay ? ' flagged' : ''}`, dataset: { row: String(r.index) } },
        cell('Class', {}, res.className),
        h('th', { scope: 'row', dataset: { label: 'Student' } }, res.student, h('div', { class: 'sub' }, r.fileName)),
        cell('Attempt', { class: 'num' }, String(res.attempt)),
        cell('Side', {}, res.choices.side === 'soviet' ? 'Soviet' : 'Japanese', res.choices.played ? null : h('div', { class: 'sub' }, 'lab only')),
        cell('Choices', {}, r.choicesText),
        cell('Outcome', {}, o ? winnerWords(o.winner) : '—', o && !o.finished ? h('div', { class: 'sub' }, 'unfinished') : null, o && !r.outcomeReplayed && r.check ? h('div', { class: 'sub' }, 'as the file claims') : null),
        cell('Margin', { class: 'num' }, o ? String(o.margin) : '—'),
        cell('Turn', { class: 'num' }, o ? String(o.turn) : '—'),
        cell('Checks', { class: 'class-checks' }, ...checks),
        cell('For the debrief', {}, reasons.length ? flag('Unusual', reasons.join(' '), 'note') : null, reasons.length ? h('div', { class: 'class-problem' }, reasons[0]!) : null),
        cell('Answers', {}, answers),
        cell('Replay', {}, this.watchButton(r)),
      );
    };
    const cols = ['Class', 'Student', 'Attempt', 'Side', 'Choices (levers not at history)', 'Outcome', 'Margin', 'Turn', 'Checks', 'For the debrief', 'Answers', 'Replay'];
    return h(
      'section',
      { id: 'class-table', 'aria-label': 'The class' },
      h('h3', {}, `The class (${labels.title})`),
      h('div', { class: 'table-scroll' }, h('table', {}, h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...this.rows.map(row)))),
    );
  }

  private watch(row: ClassRow): void {
    const game = row.loaded.result.games[0];
    if (!game) return;
    const r = row.loaded.result;
    const parsed = parseRecord(JSON.stringify(game.record));
    if (!parsed.ok) {
      this.status = `${r.student}'s game cannot be replayed: ${parsed.errors[0]?.path ?? ''} ${parsed.errors[0]?.message ?? 'not a game record'}`;
      this.renderStatus();
      return;
    }
    this.hide();
    this.deps.onWatch(parsed.record, `${r.student}, attempt ${r.attempt} (${r.className})`, () => this.show());
  }

  private downloadCsv(): void {
    if (!this.labels || !this.group) return;
    downloadText(`${this.group.exerciseId}-class-results.csv`, classCsv(this.rows, this.labels, this.exercise, this.unusual), 'text/csv');
  }
}

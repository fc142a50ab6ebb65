/**
 * The what-if lab page: the setup (lab-setup.ts), the batch running in Web Workers with its progress ("K of N
 * games"), cancel, and the results as a class reads them — counts first, the B − A differences with their intervals
 * and sentences, a dot plot of the games, charts of losses, milestone timing against history and objective points,
 * every game a row that opens its replay — and the CSV and a printable one-page report. It renders; the figures come
 * from src/analysis through lab-figures.ts, the games from lab-run.ts.
 */
import type { GameResultSummary } from '../../analysis';
import type { GameRecord } from '../../replay';
import type { Scenario } from '../../scenario';
import type { ScenarioCatalog } from '../controller/catalog';
import { downloadText } from '../hud/download';
import { fill, h } from '../hud/dom';
import type { LabOrigin } from './lab-messages';
import { LabRun, type WorkerFactory } from './lab-run';
import { reseeded, type Arm } from './lab-plan';
import { draftOf, renderSetup, requestOf, type LabDraft } from './lab-setup';
import { labUrl, type LabRequest } from './lab-url';
import { labFigures, labCsv, type LabFigures } from './lab-figures';
import { NARROW_PLOT } from './lab-dots';
import { renderResults } from './lab-results';
import { labReportHtml } from './lab-report';
import { poolSize } from './lab-pool';
import './lab.css';

/** Where "run N games from here" starts: a record at a command index, and how the player's own game ended. */
export interface LabStartPosition {
  readonly record: GameRecord;
  readonly commandIndex: number;
  readonly turn: number;
  readonly state: LabOrigin['state'];
  /** The record's game from there on, summed up (null when it is not finished). */
  readonly own: GameResultSummary | null;
  /** Words for the header: "Your game “…”, from turn 6 (command 130)". */
  readonly title: string;
}

export interface WatchRequest {
  readonly arm: Arm;
  readonly run: number;
  readonly seed: number;
  readonly record: GameRecord;
  /** For a run from a position: the state it started in (its dice re-seeded), which the replay starts from. */
  readonly from: LabOrigin['state'] | null;
}

/** The exercise a lab runs within: its title, and the measures the teacher chose to show. */
export interface LabExercise {
  readonly title: string;
  readonly measures: readonly string[];
}

export interface LabPageDeps {
  readonly catalog: ScenarioCatalog;
  readonly request: LabRequest;
  readonly position: LabStartPosition | null;
  readonly workers: WorkerFactory;
  readonly onMenu: () => void;
  /** The words on the way out ("Menu" unless the lab was opened from somewhere else, like an exercise). */
  readonly menuLabel?: string;
  readonly onWatch: (w: WatchRequest) => void;
  /** The page's address changed (the lab's settings, for a link to copy). */
  readonly onUrl: (query: string) => void;
  /**
   * The lab within an exercise: its title (the levers are shown, not changed: they were set within the teacher's
   * ranges) and the measures the teacher chose to show.
   */
  readonly exercise?: LabExercise | null;
}

/** How often the results are redrawn while games come in (the final drawing is immediate). */
const REDRAW_MS = 1000;

export class LabPage {
  private readonly root: HTMLElement;
  private draft: LabDraft;
  private run: LabRun | null = null;
  private readonly setupBox = h('section', { id: 'lab-setup-box', 'aria-label': 'Setup' });
  private readonly progressBox = h('section', { id: 'lab-progress', 'aria-label': 'Progress', 'aria-live': 'polite' });
  private readonly resultsBox = h('section', { id: 'lab-results', 'aria-label': 'Results' });
  private redrawTimer: ReturnType<typeof setTimeout> | null = null;
  private lastDraw = 0;
  /** A mouse button or finger is down on the results: a redraw now would swallow the click (a row's Watch). */
  private pressed = false;
  private readonly onPress = (e: PointerEvent) => {
    this.pressed = e.type === 'pointerdown' && this.resultsBox.contains(e.target as Node);
  };
  private figures: LabFigures | null = null;
  private prediction = '';
  private measure = 'margin';
  private charts: { destroy(): void; resize(): void }[] = [];
  private status = '';
  private disposed = false;
  /** Charts drawn for the screen are redrawn at the printed page's size. */
  private readonly onPrint = () => {
    for (const c of this.charts) c.resize();
  };

  /** A screen turned between a phone's width and a desk's: the dot plot is redrawn for its new width. */
  private readonly narrowScreen = window.matchMedia(`(max-width: ${NARROW_PLOT + 40}px)`);
  private readonly onNarrowChange = (): void => {
    if (this.run) this.drawResults();
  };

  constructor(private readonly deps: LabPageDeps) {
    this.draft = draftOf(deps.request);
    for (const type of ['pointerdown', 'pointerup', 'pointercancel'] as const) window.addEventListener(type, this.onPress, true);
    let root = document.getElementById('lab');
    if (!root) {
      root = h('div', { id: 'lab' });
      document.body.append(root);
    }
    this.root = root;
    const header = h(
      'header',
      { class: 'lab-header' },
      h('div', {}, h('h1', {}, 'What-if lab'), h('p', { class: 'lede' }, deps.position ? 'Many games played on by the computer from one moment of a game: was it skill or luck?' : 'Many games, AI against AI, with two settings of the levers, compared — the same seeds in both.')),
      h(
        'div',
        { class: 'lab-header-buttons' },
        deps.position ? null : h('button', { id: 'lab-copy-link', type: 'button', title: 'Copy a link that opens this lab and runs it', onclick: () => this.copyLink() }, 'Copy link'),
        h('button', { id: 'lab-menu', type: 'button', title: deps.menuLabel ?? 'Back to the menu', onclick: () => deps.onMenu() }, deps.menuLabel ?? 'Menu'),
      ),
    );
    fill(this.root, h('div', { class: 'wrap' }, header, this.setupBox, this.progressBox, this.resultsBox));
    this.renderSetup();
    this.renderProgress();
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
    this.narrowScreen.addEventListener('change', this.onNarrowChange);
    if (deps.request.start) this.start();
  }

  show(): void {
    this.root.classList.remove('hidden');
    this.deps.onUrl(this.deps.position ? window.location.search : labUrl(requestOf(this.draft)));
  }

  hide(): void {
    this.root.classList.add('hidden');
  }

  dispose(): void {
    this.disposed = true;
    for (const type of ['pointerdown', 'pointerup', 'pointercancel'] as const) window.removeEventListener(type, this.onPress, true);
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    this.narrowScreen.removeEventListener('change', this.onNarrowChange);
    this.run?.cancel();
    if (this.redrawTimer) clearTimeout(this.redrawTimer);
    for (const c of this.charts) c.destroy();
    this.root.replaceChildren();
    this.root.classList.add('hidden');
  }

  /** The paired games played so far (an exercise sums up its B arm for the student's result file). */
  get pairedResults(): { readonly a: readonly GameResultSummary[]; readonly b: readonly GameResultSummary[] } | null {
    const run = this.run;
    return run ? { a: run.summaries('a'), b: run.arms.includes('b') ? run.summaries('b') : [] } : null;
  }

  /** What the browser tests read (test-hook.ts). */
  get testView() {
    const run = this.run;
    return {
      status: run?.status ?? 'setup',
      done: run?.done ?? 0,
      total: run?.total ?? 0,
      workers: run?.workerCount ?? 0,
      paired: run?.paired.length ?? 0,
      results: run ? { a: [...run.results.a.entries()].sort((x, y) => x[0] - y[0]).map((e) => e[1]), b: [...run.results.b.entries()].sort((x, y) => x[0] - y[0]).map((e) => e[1]) } : null,
      chartsDrawn: this.charts.length,
      progressText: document.getElementById('lab-progress-text')?.textContent ?? '',
      request: requestOf(this.draft),
    };
  }

  private get scenario(): Scenario | undefined {
    return this.deps.catalog.scenario(this.draft.scenarioId);
  }

  private renderSetup(): void {
    const entries = this.deps.catalog.entries;
    const p = this.deps.position;
    fill(
      this.setupBox,
      renderSetup(this.draft, { entries, fromHere: p ? p.title : null, running: this.run?.status === 'running', exercise: this.deps.exercise ? `the exercise “${this.deps.exercise.title}”` : null }, {
        onScenario: (id) => {
          if (id !== this.draft.scenarioId) {
            this.draft.scenarioId = id;
            this.draft.a = {};
            if (this.draft.b) this.draft.b = {};
          }
          this.renderSetup();
          this.urlChanged();
        },
        onChange: () => this.urlChanged(),
        onRun: () => this.start(),
      }),
    );
  }

  private urlChanged(): void {
    if (!this.deps.position) this.deps.onUrl(labUrl(requestOf(this.draft)));
  }

  private copyLink(): void {
    const url = `${window.location.origin}${window.location.pathname}${labUrl(requestOf(this.draft), true)}`;
    void navigator.clipboard?.writeText(url).catch(() => undefined);
    this.status = `Link copied: it opens this lab and runs it (${url.length} characters).`;
    this.renderProgress();
  }

  private start(): void {
    const scenario = this.scenario;
    if (!scenario) {
      this.status = `There is no scenario "${this.draft.scenarioId}".`;
      this.renderProgress();
      return;
    }
    this.run?.cancel();
    for (const c of this.charts) c.destroy();
    this.charts = [];
    const p = this.deps.position;
    this.prediction = this.draft.prediction.trim();
    this.status = '';
    const levers: Partial<Record<Arm, Readonly<Record<string, number>>>> = p ? { a: p.state.setup.levers } : this.draft.b ? { a: { ...this.draft.a }, b: { ...this.draft.b } } : { a: { ...this.draft.a } };
    this.run = new LabRun(
      {
        scenario,
        runs: this.draft.runs,
        seedStart: this.draft.seedStart,
        levers,
        difficulty: { ...this.draft.difficulty },
        origin: p ? { state: p.state, recordSeed: p.record.seed, commandIndex: p.commandIndex } : null,
      },
      poolSize(navigator.hardwareConcurrency),
      this.deps.workers,
      () => this.onProgress(),
    );
    this.figures = null;
    this.renderSetup();
    this.renderProgress();
    this.drawResults();
  }

  private onProgress(): void {
    if (this.disposed) return;
    this.renderProgress();
    const run = this.run;
    if (!run) return;
    if (run.status !== 'running') {
      this.renderSetup();
      this.drawResults();
      return;
    }
    // A big batch redraws less often (thousands of dots and rows), so the page stays quick to answer.
    const wait = Math.max(REDRAW_MS, run.done * 5) - (Date.now() - this.lastDraw);
    if (wait <= 0) this.drawResults();
    else this.redrawTimer ??= setTimeout(() => {
      this.redrawTimer = null;
      this.drawResults();
    }, wait);
  }

  /**
   * The progress line. Its elements are made once and updated in place: games finish several times a second, and a
   * Cancel button re-made on each would slip from under the pointer (or the keyboard's focus).
   */
  private readonly progress = {
    bar: h('progress', { id: 'lab-progress-bar', max: '1', value: '0', 'aria-label': 'Games played' }),
    text: h('span', { id: 'lab-progress-text' }),
    words: h('span', { class: 'sub' }),
    cancel: h('button', { id: 'lab-cancel', type: 'button', title: 'Stop the games (the finished ones are kept)', onclick: () => this.run?.cancel() }, 'Cancel'),
    status: h('p', { class: 'lab-status' }),
  };

  private renderProgress(): void {
    const run = this.run;
    const p = this.progress;
    p.status.textContent = this.status;
    p.status.classList.toggle('hidden', this.status === '');
    if (!run) {
      if (!p.status.isConnected) fill(this.progressBox, p.status);
      return;
    }
    if (!p.bar.isConnected) fill(this.progressBox, h('div', { class: 'lab-progress-row' }, p.bar, p.text, p.words, p.cancel), p.status);
    const seconds = ((run.finishedAt ?? Date.now()) - run.startedAt) / 1000;
    const words: Record<typeof run.status, string> = {
      running: `Playing on ${run.workerCount || 1} worker${run.workerCount === 1 ? '' : 's'}…`,
      done: `All games played in ${seconds.toFixed(0)} s.`,
      cancelled: `Stopped. ${run.paired.length} complete run${run.paired.length === 1 ? '' : 's'}${run.arms.length > 1 ? ' (A and B)' : ''} are compared; the figures are provisional.`,
      failed: `Stopped: ${run.error ?? 'a game failed'}`,
    };
    p.bar.max = run.total;
    p.bar.value = run.done;
    p.text.textContent = `${run.done} of ${run.total} games`;
    p.words.textContent = words[run.status];
    p.cancel.classList.toggle('hidden', run.status !== 'running');
  }

  private drawResults(): void {
    if (this.disposed) return;
    const run = this.run;
    // A redraw would take the keyboard's focus from a control in the results, or swallow a click half made: wait while
    // one has the focus or the pointer is pressed there (the final drawing, when the games are over, is never held back).
    if (run?.status === 'running' && (this.pressed || this.resultsBox.contains(document.activeElement))) {
      this.redrawTimer ??= setTimeout(() => {
        this.redrawTimer = null;
        this.drawResults();
      }, REDRAW_MS);
      return;
    }
    this.lastDraw = Date.now();
    const scenario = this.scenario;
    if (!run || !scenario) {
      fill(this.resultsBox);
      return;
    }
    for (const c of this.charts) c.destroy();
    this.charts = [];
    this.figures = labFigures(scenario, run, this.deps.position?.own ?? null, this.deps.exercise ? new Set(this.deps.exercise.measures) : null);
    fill(
      this.resultsBox,
      renderResults(this.figures, {
        prediction: this.prediction,
        measure: this.measure,
        setMeasure: (m) => {
          this.measure = m;
          this.drawResults();
        },
        watch: (arm, runIndex) => this.watch(arm, runIndex),
        chartDrawn: (c) => this.charts.push(c),
        downloadCsv: () => this.downloadCsv(),
        downloadReport: () => this.downloadReport(),
        print: () => window.print(),
        plotWidth: this.plotWidth(),
      }),
    );
  }

  /** The dot plot's drawing width: the results' own width (less the plot's border), from a phone's to its full 760. */
  private plotWidth(): number {
    const room = (this.resultsBox.clientWidth || document.documentElement.clientWidth - 24) - 2;
    return Math.max(300, Math.min(760, room));
  }

  private downloadCsv(): void {
    const run = this.run;
    const scenario = this.scenario;
    if (!run || !scenario) return;
    const stamp = `${scenario.id}-${run.spec.runs}runs-seed${run.spec.seedStart}`;
    downloadText(`${stamp}${this.deps.position ? '-from-here' : ''}.lab.csv`, labCsv(scenario, run), 'text/csv');
  }

  private downloadReport(): void {
    const run = this.run;
    const scenario = this.scenario;
    if (!run || !scenario) return;
    const link = this.deps.position ? window.location.href : `${window.location.origin}${window.location.pathname}${labUrl(requestOf(this.draft), true)}`;
    const html = labReportHtml(this.resultsBox, scenario.title, link);
    downloadText(`${scenario.id}-${run.spec.runs}runs-seed${run.spec.seedStart}${this.deps.position ? '-from-here' : ''}.lab-report.html`, html, 'text/html');
  }

  private watch(arm: Arm, runIndex: number): void {
    const run = this.run;
    if (!run) return;
    const job = run.jobs.find((j) => j.arm === arm && j.run === runIndex);
    if (!job) return;
    this.status = `Preparing the replay of game ${runIndex + 1} (${arm.toUpperCase()}, seed ${job.seed})…`;
    this.renderProgress();
    run.record(arm, runIndex, this.deps.workers).then(
      (record) => {
        if (this.disposed) return;
        this.status = '';
        this.renderProgress();
        const origin = run.spec.origin;
        this.deps.onWatch({ arm, run: runIndex, seed: job.seed, record, from: origin ? reseededFrom(origin, job.seed) : null });
      },
      (e: Error) => {
        this.status = `The replay could not be made: ${e.message}`;
        this.renderProgress();
      },
    );
  }
}


const reseededFrom = (origin: LabOrigin, seed: number) => reseeded(origin.state, origin.recordSeed, origin.commandIndex, seed);

/**
 * The exercise's side of the app: opens an exercise from `?exercise=`, a file or the shipped list (or shows the
 * picker with what failed), restores the student's work from this browser, and keeps the page while its game or lab
 * is open. The app starts the game and the lab; this keeps which game belongs to the exercise.
 */
import type { ScenarioCatalog } from '../controller/catalog';
import type { StartRequest } from '../controller/url-params';
import type { LabRequest } from '../lab/lab-url';
import type { LabExercise, LabPage } from '../lab/lab-page';
import { newSaveId } from '../save-store';
import { BUNDLED_EXERCISES } from './bundled-exercises';
import { ExercisePage } from './exercise-page';
import { hideExercisePicker, showExercisePicker } from './exercise-picker';
import { fetchExerciseText, openExerciseText, readExerciseFile } from './exercise-load';
import { resolveExerciseSource, sourceParam, type ExerciseSource } from './exercise-source';
import { loadWork } from './exercise-store';

export interface ExerciseHostDeps {
  readonly catalog: ScenarioCatalog;
  /** Start the exercise's battle, or continue its saved game. */
  readonly play: (request: StartRequest, continueId: string | null) => void;
  /** The lab within the exercise: its levers as set on the exercise page, and the measures the teacher chose. */
  readonly lab: (request: LabRequest, exercise: LabExercise) => void;
  readonly menu: () => void;
  /** The page (or the picker) is up. */
  readonly ready: () => void;
  readonly url: (query: string) => void;
}

export class ExerciseHost {
  private page: ExercisePage | null = null;
  private labRunsCount = 20;
  private labB: Readonly<Record<string, number>> | null = null;
  private problems: string[] = [];
  /** What `?exercise=` says for the open exercise. */
  param = '';

  constructor(private readonly deps: ExerciseHostDeps) {}

  /** The saved game linked to the open exercise (null: none yet). */
  get gameId(): string | null {
    return this.page?.gameId ?? null;
  }

  /** How many computer games the end screen sets the exercise's game among (the exercise's lab runs). */
  get labRuns(): number {
    return this.labRunsCount;
  }

  /** Opens `param` (as `?exercise=` gives it; '' shows the picker). */
  async open(param: string): Promise<void> {
    if (param.trim() === '') return this.picker();
    const resolved = resolveExerciseSource(param, window.location.href, BUNDLED_EXERCISES);
    if (!resolved.ok) return this.picker([resolved.problem]);
    const text = await fetchExerciseText(resolved.source);
    if (!text.ok) return this.picker([text.problem]);
    await this.openText(text.text, resolved.source);
  }

  private async openFile(file: File): Promise<void> {
    const text = await readExerciseFile(file);
    if (!text.ok) return this.picker([text.problem]);
    await this.openText(text.text, null);
  }

  private async openText(text: string, source: ExerciseSource | null): Promise<void> {
    const c = this.deps.catalog;
    const opened = openExerciseText(text, (id) => c.scenario(id), c.entries.map((e) => e.id));
    if (!opened.ok) return this.picker(opened.problems);
    const entry = c.entries.find((e) => e.id === opened.exercise.scenarioId);
    if (!entry) return this.picker([`scenarioId: this game has no scenario "${opened.exercise.scenarioId}".`]);
    const { work, problem } = await loadWork(opened.hash);
    if (problem) this.problems.push(problem);
    this.page?.dispose();
    hideExercisePicker();
    this.labRunsCount = opened.exercise.lab.runs;
    this.page = new ExercisePage({
      exercise: opened.exercise,
      hash: opened.hash,
      // A file's exercise is kept in this browser, so the address of the page can name it after a reload.
      text,
      scenario: opened.scenario,
      entry,
      warnings: [...opened.warnings, ...this.problems.splice(0)],
      work,
      onPlay: (request, continueId) => this.deps.play(request, continueId),
      onLab: (a, b) => {
        this.labB = b;
        const level = opened.exercise.play.difficulty;
        this.deps.lab(
          { scenarioId: opened.exercise.scenarioId, runs: opened.exercise.lab.runs, seedStart: 1, a, b, difficulty: { soviet: level, japanese: level }, start: true },
          { title: opened.exercise.title, measures: opened.exercise.lab.measures },
        );
      },
      onMenu: () => this.deps.menu(),
    });
    this.param = sourceParam(source ?? { kind: 'stored', hash: opened.hash });
    this.deps.url(`?exercise=${encodeURIComponent(this.param)}`);
    this.page.show();
    this.deps.ready();
  }

  private picker(problems: readonly string[] = []): void {
    this.page?.dispose();
    this.page = null;
    this.deps.url('?exercise=');
    showExercisePicker(
      {
        openBundled: (id) => void this.open(`bundled:${id}`),
        openFile: (file) => void this.openFile(file),
        onMenu: () => this.deps.menu(),
      },
      problems,
    );
    this.deps.ready();
  }

  /** A new saved game's id, linked to the exercise before the game starts. */
  newGame(): string {
    const id = newSaveId();
    this.page?.linkGame(id);
    return id;
  }

  /** The lab's B games, summed up for the result file, when the student comes back from the lab. */
  takeLab(lab: LabPage): void {
    const played = lab.pairedResults;
    if (!played || played.b.length === 0 || !this.labB) return;
    const wins = { soviet: 0, japanese: 0, draw: 0 };
    for (const g of played.b) wins[g.winner] += 1;
    this.page?.setLab({ runs: played.b.length, levers: this.labB, wins });
  }

  show(): void {
    this.page?.show();
  }

  hide(): void {
    this.page?.hide();
    hideExercisePicker();
  }

  dispose(): void {
    this.page?.dispose();
    this.page = null;
    hideExercisePicker();
  }

  /** What the browser tests read. */
  get testView(): { open: boolean; gameId: string | null; lastResult: { fileName: string; text: string } | null } {
    return { open: this.page !== null, gameId: this.gameId, lastResult: this.page?.lastResult ?? null };
  }
}

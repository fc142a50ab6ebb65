/**
 * The browser game's composition: the menu or a battle, chosen from the URL (`?scenario=…&seed=…&side=…` starts a
 * game directly), and the autosave (a reload resumes the saved game if it is the same game the URL asks for). The
 * browser tests' hook lives in test-hook.ts and is built only into the e2e bundle.
 */
import type { AiBrain } from './controller/ai-turn';
import { resolveLevers, type ScenarioCatalog } from './controller/catalog';
import { GameSession } from './controller/game-session';
import { requestFromRecord } from './controller/session-record';
import { branchRelations, parseRecord, RECORD_MAX_BYTES, ReplayCursor, serializeRecord, type GameRecord } from '../replay';
import type { RulesPort } from './controller/rules-port';
import { MAX_SEED, parseStartUrl, startUrl, type StartRequest } from './controller/url-params';
import type { BattleController } from './battle-controller';
import { hideMenu, showMenu, type ScenarioFileOutcome } from './hud/menu';
import type { TestHookHost } from './test-hook';
import type { ReplayController } from './replay-controller';
import { parseUrlPosition, positionFromUrl, type UrlPosition } from './controller/replay-model';
import { decodeRecordFragment, encodeRecordFragment } from './controller/share-link';
import { fetchReplaySource, installFileDrop, replayUrl, NO_POSITION, type ReplaySource } from './replay-source';
import { deleteSave, listSaves, loadSave, newSaveId, renameSave, writeSave, type SaveSummary } from './save-store';
import { downloadText } from './hud/download';
import type { ParentOutcome } from './hud/overlays';
import { lossesSoFar, summarizeGame } from '../analysis';
import { SIDE_NAMES, hashState, scoreObjectives, type GameState } from '../engine';
import { showNotices } from './hud/notices';
import { ENGINE_VERSION } from '../game';
import { cappedErrors } from '../format';
import { formatFileError, SCENARIO_LIMITS } from '../scenario';
import { parseLabUrl, type LabRequest } from './lab/lab-url';
import type { LabExercise, LabPage, LabStartPosition, WatchRequest } from './lab/lab-page';
import type { PoolWorker } from './lab/lab-pool';
import type { LabInit, LabReply, LabTask } from './lab/lab-messages';
import { teacherRoute, type TeacherRoute } from './teacher/teacher-url';
import type { TeacherPage } from './teacher/teacher-page';
import { exerciseParam } from './exercise/exercise-source';
import type { ExerciseHost } from './exercise/exercise-host';
import { exerciseOfGame } from './exercise/exercise-store';

export interface AppDeps {
  readonly catalog: ScenarioCatalog;
  readonly rules: RulesPort;
  readonly brain: (catalog: ScenarioCatalog, scenarioId: string) => AiBrain;
}

/** A random seed for a new game; the only randomness outside the engine, and it is shown to the player. */
export const randomSeed = (): number => Math.floor(Math.random() * MAX_SEED);

/**
 * A file's text as the command line reads it: `File.text()` drops a leading byte-order mark silently, which would let
 * the browser accept a file that `validate` refuses; decoding with the mark kept gives both the same message.
 */
const fileText = async (file: File): Promise<string> => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());

/** A record the page can open again from its address alone (not one read from a file). */
const restorable = (source: ReplaySource): boolean => source.kind !== 'file';

const sameGame = (a: StartRequest, b: StartRequest): boolean => startUrl(a) === startUrl(b);

/** The file name a downloaded game record gets: scenario, seed and turn, so a folder of them sorts sensibly. */
export const recordFileName = (record: GameRecord, turn: number): string => `${record.scenarioId}-seed${String(record.seed)}-turn${turn}.record.json`;

/** How a game stands at its last state, for a branch's end screen to compare with. */
const outcomeOf = (state: GameState): ParentOutcome => {
  const r = state.result;
  return {
    result: r ? (r.winner === 'draw' ? 'a draw' : `${SIDE_NAMES[r.winner]} ${r.level} victory`) : 'not finished',
    turn: r?.turn ?? state.turn,
    points: r?.points ?? scoreObjectives(state),
    losses: lossesSoFar(state),
  };
};

export class App {
  private battle: BattleController | null = null;
  private problems: string[] = [];
  /** The saved game the open battle writes to. */
  private saveId: string | null = null;
  /** For branches: how the game each branched from ended (kept in their saved-games entries too). */
  private readonly parentOutcomes = new Map<string, ParentOutcome>();

  private screen: 'loading' | 'menu' | 'battle' | 'replay' | 'lab' | 'teacher' | 'exercise' = 'loading';
  /** The teacher's class view or exercise editor (kept while a student's game is watched). */
  private teacher: TeacherPage | null = null;
  /** The student's exercise page and the game linked to it (src/ui/exercise; loaded lazily). */
  private exercise: ExerciseHost | null = null;
  /** The what-if lab (kept while one of its games is watched, so its results wait for the way back). */
  private lab: LabPage | null = null;
  private replay: ReplayController | null = null;
  private replaySource: ReplaySource | null = null;
  private replayRecord: GameRecord | null = null;
  /** The last share link made (the tests open it). */
  private lastShareUrl: string | null = null;

  constructor(private readonly deps: AppDeps) {
    // The browser tests' hook exists only in the e2e build (`vite build --mode e2e`); production bundles drop it.
    if (import.meta.env.MODE === 'e2e') void import('./test-hook').then((m) => m.installTestHook(() => this.testView));
  }

  async boot(): Promise<void> {
    installFileDrop((file) => void this.openDroppedFile(file));
    const params = new URLSearchParams(window.location.search);
    const shared = decodeRecordFragment(window.location.hash);
    if (shared || params.has('replay')) {
      const { position, problems: positionProblems } = parseUrlPosition(params);
      this.problems.push(...positionProblems);
      if (shared && !shared.ok) this.problems.push(shared.reason);
      else if (shared?.ok) {
        this.openReplayText(shared.text, { kind: 'link' }, position);
        return;
      } else {
        const source = params.get('replay') ?? '';
        if (source.startsWith('saved:')) {
          const saved = await loadSave(source.slice('saved:'.length));
          if (saved.ok) {
            this.openReplayRecord(saved.record, { kind: 'saved', id: saved.summary.id }, position);
            return;
          }
          this.problems.push(saved.problem);
          await this.menu();
          return;
        }
        const loaded = await fetchReplaySource(source);
        if (loaded.ok) {
          this.openReplayText(loaded.text, { kind: 'url', source }, position);
          return;
        }
        this.problems.push(loaded.reason);
      }
      await this.menu();
      return;
    }
    const teacher = teacherRoute(window.location.search);
    if (teacher.problem) this.problems.push(teacher.problem);
    if (teacher.route) return this.openTeacher(teacher.route);
    if (exerciseParam(window.location.search) !== null) return this.openExercise(exerciseParam(window.location.search), params.get('game'));
    const labAsk = parseLabUrl(window.location.search);
    if (labAsk.request) {
      this.problems.push(...labAsk.problems);
      this.openLab(labAsk.request, null);
      return;
    }
    const { request, problems } = parseStartUrl(window.location.search, randomSeed);
    this.problems.push(...problems);
    const gameId = params.get('game');
    if (request) {
      // A reload of a started game resumes its save; a different URL starts afresh.
      if (gameId) {
        const loaded = await loadSave(gameId);
        const asked = loaded.ok ? requestFromRecord(loaded.record) : null;
        if (loaded.ok && asked?.ok && sameGame(asked.request, request)) {
          this.resume(gameId, loaded.record);
          return;
        }
      }
      this.start(request);
      return;
    }
    await this.menu();
  }

  async menu(scenarioFile?: ScenarioFileOutcome): Promise<void> {
    this.battle?.dispose();
    this.battle = null;
    this.replay?.dispose();
    this.replay = null;
    this.lab?.dispose();
    this.lab = null;
    this.teacher?.dispose();
    this.teacher = null;
    this.exercise?.dispose();
    this.exercise = null;
    this.saveId = null;
    history.replaceState(null, '', window.location.pathname);
    const { saves, problem } = await listSaves();
    if (problem) this.problems.push(problem);
    const titleOf = (id: string) => this.deps.catalog.entries.find((e) => e.id === id)?.title ?? id;
    showMenu(this.deps.catalog, {
      onStart: (r) => this.start(r),
      randomSeed,
      saves: saves.map((s) => (s.ok ? { ...s, summary: { ...s.summary, scenarioTitle: titleOf(s.summary.scenarioId) } } : s)),
      onContinue: (id) => void this.continueFromMenu(id),
      onRename: (id, name) => void renameSave(id, name).then((p) => this.afterSaveChange(p)),
      onDelete: (id) => void deleteSave(id).then((p) => this.afterSaveChange(p)),
      onDownload: (id) => void this.downloadSave(id),
      onWatch: (id) => void this.watchSave(id),
      onOpenFile: (file) => void this.openReplayFile(file),
      onOpenScenario: (file) => void this.openScenarioFile(file),
      ...(scenarioFile ? { scenarioFile } : {}),
      onLab: (scenarioId) =>
        this.openLab({ scenarioId, runs: 100, seedStart: 1, a: {}, b: {}, difficulty: { soviet: 'regular', japanese: 'regular' }, start: false }, null),
      onExercise: () => void this.openExercise(''),
    });
    showNotices(this.takeProblems());
    this.markReady('menu');
  }

  start(request: StartRequest, saveId: string = newSaveId()): void {
    const entry = this.deps.catalog.entries.find((e) => e.id === request.scenarioId);
    if (!entry) {
      this.problems.push(`There is no scenario "${request.scenarioId}"; choose one from the menu.`);
      void this.menu();
      return;
    }
    const { levers, problems } = resolveLevers(entry, request.levers);
    this.problems.push(...problems);
    const fixed: StartRequest = { ...request, levers };
    const initial = this.deps.catalog.createGame(entry.id, fixed.seed, levers);
    if ('ok' in initial) {
      this.problems.push(initial.reason);
      void this.menu();
      return;
    }
    this.open(new GameSession(this.deps.rules, initial, fixed), saveId);
  }

  /** A saved game continued from the menu: an exercise's game comes back with its exercise behind it. */
  private async continueFromMenu(id: string): Promise<void> {
    const exercise = await exerciseOfGame(id);
    if (exercise) await this.openExercise(`stored:${exercise}`, id);
    else await this.continueSave(id);
  }

  /** Opens a saved game where it was left. */
  async continueSave(id: string): Promise<void> {
    const loaded = await loadSave(id);
    if (!loaded.ok) {
      this.problems.push(loaded.problem);
      await this.menu();
      return;
    }
    if (loaded.summary.parentOutcome) this.parentOutcomes.set(id, loaded.summary.parentOutcome);
    this.resume(id, loaded.record);
  }

  /** Plays a record on from its last command, saving into `id`. */
  resume(id: string, record: GameRecord): void {
    const asked = requestFromRecord(record);
    const entry = asked.ok ? this.deps.catalog.entries.find((e) => e.id === asked.request.scenarioId) : undefined;
    const initial = asked.ok && entry ? this.deps.catalog.createGame(entry.id, asked.request.seed, asked.request.levers) : null;
    if (!asked.ok || !initial || 'ok' in initial) {
      this.problems.push(
        !asked.ok ? asked.reason : initial && 'ok' in initial ? initial.reason : `The saved game is a game of "${record.scenarioId}", which is not installed.`,
      );
      void this.menu();
      return;
    }
    if (initial.setup.contentHash !== record.scenarioHash) {
      this.problems.push('The saved game was played on another version of this scenario; it is replayed on this one and may stop early.');
    }
    const { session, problem } = GameSession.restore(this.deps.rules, initial, asked.request, record);
    if (problem) this.problems.push(problem);
    this.open(session, id);
  }

  private async watchSave(id: string): Promise<void> {
    const loaded = await loadSave(id);
    if (!loaded.ok) {
      this.problems.push(loaded.problem);
      await this.menu();
      return;
    }
    this.openReplayRecord(loaded.record, { kind: 'saved', id }, NO_POSITION);
  }

  /**
   * A file dropped on the page: a game record opens in the replay viewer (from any screen, as before); anything else
   * dropped on the menu is read as a scenario file.
   */
  private async openDroppedFile(file: File): Promise<void> {
    if (this.screen !== 'menu' || file.size > RECORD_MAX_BYTES) return this.openReplayFile(file);
    const text = await fileText(file);
    // A game record says so near its start (the same test as `validate`'s).
    if (/"recordVersion"\s*:/.test(text.slice(0, 4096))) this.openReplayText(text, { kind: 'file', name: file.name }, NO_POSITION);
    else this.openScenarioText(text, file.name);
  }

  /** A scenario file from the menu's chooser: checked like `validate` checks it, then offered in the menu. */
  private async openScenarioFile(file: File): Promise<void> {
    // parseScenario refuses an oversized text too; a file far over the limit is not even read into memory.
    if (file.size > 4 * SCENARIO_LIMITS.bytes) {
      void this.menu({ name: file.name, errors: [`the file is ${(file.size / (1024 * 1024)).toFixed(1)} MB; scenario files may be at most ${SCENARIO_LIMITS.bytes / (1024 * 1024)} MB`] });
      return;
    }
    this.openScenarioText(await fileText(file), file.name);
  }

  private openScenarioText(text: string, name: string): void {
    const added = this.deps.catalog.addScenarioFile(text, name);
    if (!added.ok) {
      void this.menu({ name, errors: cappedErrors(added.errors).map(formatFileError) });
      return;
    }
    this.problems.push(`Opened ${name}: "${added.entry.title}" is chosen below. It stays in the menu until the page is closed.`);
    void this.menu({ name, chosen: added.entry.id });
  }

  private async openReplayFile(file: File): Promise<void> {
    if (file.size > RECORD_MAX_BYTES) {
      showNotices([`${file.name} is over 20 MB; game records may be at most 20 MB.`]);
      return;
    }
    this.openReplayText(await file.text(), { kind: 'file', name: file.name }, NO_POSITION);
  }

  /** Reads a record's text and opens the viewer on it, or says in a notice why it cannot. */
  openReplayText(text: string, source: ReplaySource, position: UrlPosition): void {
    const parsed = parseRecord(text);
    if (!parsed.ok) {
      const first = parsed.errors.slice(0, 5).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
      const more = parsed.errors.length > 5 ? [`… and ${parsed.errors.length - 5} more problems.`] : [];
      this.problems.push(`This is not a game record this game can read: ${[...first, ...more].join('; ')}`);
      void this.menu();
      return;
    }
    this.openReplayRecord(parsed.record, source, position);
  }

  private openReplayRecord(record: GameRecord, source: ReplaySource, position: UrlPosition, lab?: { initial: GameState | null; title: string; back?: { label: string; go: () => void } }): void {
    const entry = this.deps.catalog.entries.find((e) => e.id === record.scenarioId);
    const asked = requestFromRecord(record);
    if (!entry || !asked.ok) {
      this.problems.push(!asked.ok ? asked.reason : `This record is a game of "${record.scenarioId}", which is not installed here.`);
      void this.menu();
      return;
    }
    const initial = lab?.initial ?? this.deps.catalog.createGame(entry.id, asked.request.seed, record.levers);
    if ('ok' in initial) {
      this.problems.push(`This record cannot be replayed: ${initial.reason}`);
      void this.menu();
      return;
    }
    if (initial.setup.contentHash !== record.scenarioHash) {
      this.problems.push(`This record was played on different content of "${entry.title}" (content hash ${record.scenarioHash}, this game has ${initial.setup.contentHash}); it cannot be replayed on this version.`);
      void this.menu();
      return;
    }
    const cursor = ReplayCursor.fromState(initial, record);
    void import('./replay-controller').then(({ ReplayController }) => {
      hideMenu();
      this.battle?.dispose();
      this.battle = null;
      this.replay?.dispose();
      this.replaySource = source;
      this.replayRecord = record;
      const start = positionFromUrl(position, cursor.length, (t) => cursor.turnStart(t));
      if (lab) {
        // A lab's game: watched and left for the lab again; a game run from a position is only part of a record, so
        // it cannot be branched, shared or downloaded (the lab's CSV and link stand for it).
        this.lab?.hide();
        const whole = lab.initial === null;
        this.replay = new ReplayController({
          cursor,
          entry: { ...entry, title: lab.title },
          rules: this.deps.rules,
          start,
          onPosition: () => undefined,
          onMenu: () => (lab.back ? this.backFromReplay(lab.back.go) : this.backToLab()),
          menuLabel: lab.back?.label ?? 'Back to the lab',
          ...(whole
            ? {
                onBranch: (branch, take) => this.branch(branch, take, entry.title, cursor.turnAt(branch.commands.length), outcomeOf(cursor.last)),
                onDownload: () => downloadText(recordFileName(record, cursor.lastTurn), serializeRecord(record)),
              }
            : {}),
        });
        showNotices(this.takeProblems());
        this.markReady('replay');
        return;
      }
      this.replay = new ReplayController({
        cursor,
        entry,
        rules: this.deps.rules,
        start,
        onPosition: (p, turn) => history.replaceState(null, '', replayUrl(source, p, turn)),
        onMenu: () => void this.menu(),
        onBranch: (branch, take) => this.branch(branch, take, entry.title, cursor.turnAt(branch.commands.length), outcomeOf(cursor.last)),
        onShare: (p, turn) => this.share(record, p, turn),
        onDownload: () => downloadText(recordFileName(record, cursor.lastTurn), serializeRecord(record)),
        onRunFromHere: (p, state, turn) => this.openLabFrom(record, p, state, turn, cursor.last, source),
      });
      // `&labFromHere=1`: the page was the lab run from this position (reloaded, or a link to it): open it again.
      const labHere = new URLSearchParams(window.location.search).get('labFromHere') === '1';
      history.replaceState(null, '', replayUrl(source, start, cursor.turnAt(start)));
      if (labHere && restorable(source)) {
        this.openLabFrom(record, start, cursor.seek(start), cursor.turnAt(start), cursor.last, source);
        return;
      }
      showNotices(this.takeProblems());
      this.markReady('replay');
      void this.showFamily(record, source.kind === 'saved' ? source.id : null, cursor);
    });
  }

  /** Finds the replayed game's parent and branches among the saved games and lists them in the viewer. */
  private async showFamily(record: GameRecord, selfId: string | null, cursor: ReplayCursor): Promise<void> {
    const { saves } = await listSaves();
    const loaded = await Promise.all(saves.filter((s) => s.ok).map((s) => loadSave(s.ok ? s.summary.id : '')));
    const others = loaded.flatMap((l) => (l.ok ? [{ id: l.summary.id, record: l.record, name: l.summary.name }] : []));
    const { parents, children } = branchRelations(record, selfId, others);
    const nameOf = (id: string) => others.find((o) => o.id === id)?.name ?? 'a saved game';
    const watch = (id: string) => () => void this.watchSave(id);
    const replay = this.replay;
    replay?.setFamily([
      ...parents.map((p) => ({ text: `Branched from “${nameOf(p.id)}” at command ${p.commandIndex}.`, open: watch(p.id) })),
      ...children.map((c) => ({
        text: `“${nameOf(c.id)}” branches off at turn ${cursor.turnAt(c.commandIndex)} (command ${c.commandIndex}).`,
        open: watch(c.id),
        seek: () => replay.goTo(c.commandIndex),
      })),
    ]);
  }

  /** Plays on from a replay's position as a new saved game (a branch of the record). */
  private branch(record: GameRecord, take: 'soviet' | 'japanese' | 'hotseat', title: string, turn: number, parent: ParentOutcome): void {
    const named: GameRecord = { ...record, name: `${title} — branch at turn ${turn}${take === 'hotseat' ? '' : `, ${SIDE_NAMES[take]} side`}` };
    this.replay?.dispose();
    this.replay = null;
    const id = newSaveId();
    this.parentOutcomes.set(id, parent);
    this.resume(id, named);
  }

  /** Copies a share link for the record at this position, or says why there is none. */
  private share(record: GameRecord, position: number, turn: number): string {
    const link = encodeRecordFragment(serializeRecord(record));
    if (!link.ok) return link.reason;
    const url = `${window.location.origin}${window.location.pathname}${replayUrl({ kind: 'link' }, position, turn)}#${link.fragment}`;
    void navigator.clipboard?.writeText(url).catch(() => undefined);
    this.lastShareUrl = url;
    return `Link copied (${link.chars.toLocaleString('en-GB')} characters). It carries the whole game; anyone who opens it watches from turn ${turn}.`;
  }

  private afterSaveChange(problem: string | null): void {
    if (problem) this.problems.push(problem);
    void this.menu();
  }

  private async downloadSave(id: string): Promise<void> {
    const loaded = await loadSave(id);
    if (!loaded.ok) {
      showNotices([loaded.problem]);
      return;
    }
    downloadText(recordFileName(loaded.record, loaded.summary.turn), serializeRecord(loaded.record));
  }

  /** The saved-games list's words for a session. */
  private summaryOf(session: GameSession, id: string): SaveSummary {
    const s = session.state;
    const entry = this.deps.catalog.entries.find((e) => e.id === session.request.scenarioId);
    const title = entry?.title ?? session.request.scenarioId;
    const winner = s.result ? (s.result.winner === 'draw' ? 'Draw' : `${SIDE_NAMES[s.result.winner]} ${s.result.level} victory`) : null;
    const parent = session.record().parent;
    return {
      id,
      name: session.name ?? title,
      scenarioId: session.request.scenarioId,
      scenarioTitle: title,
      side: session.request.mode === 'hotseat' ? null : session.request.side,
      turn: s.turn,
      turns: s.setup.clock.turns,
      commands: session.commands.length,
      savedAt: new Date().toISOString(),
      result: winner,
      ...(parent ? { parent } : {}),
      ...(this.parentOutcomes.has(id) ? { parentOutcome: this.parentOutcomes.get(id)! } : {}),
    };
  }

  private save(session: GameSession): void {
    const id = this.saveId;
    if (!id) return;
    void writeSave(this.summaryOf(session, id), session.record()).then((problem) => {
      if (problem) showNotices([problem]);
    });
  }

  private takeProblems(): string[] {
    const out = this.problems;
    this.problems = [];
    this.shownProblems.push(...out);
    return out;
  }

  /** Every problem shown to the player so far (the tests read them). */
  private readonly shownProblems: string[] = [];

  private open(session: GameSession, saveId: string): void {
    this.saveId = saveId;
    this.save(session);
    // Phaser is loaded only when the first battle opens, so the menu is up quickly.
    void import('./battle-controller').then(({ BattleController: Controller }) => this.openWith(Controller, session, saveId));
  }

  private openWith(Controller: typeof BattleController, session: GameSession, saveId: string): void {
    hideMenu();
    this.battle?.dispose();
    this.replay?.dispose();
    this.replay = null;
    // An exercise's game names its exercise too, so a reload comes back to both.
    const exercise = this.exercise?.gameId === saveId ? `&exercise=${encodeURIComponent(this.exercise.param)}` : '';
    history.replaceState(null, '', `${startUrl(session.request)}&game=${encodeURIComponent(saveId)}${exercise}`);
    const entry = this.deps.catalog.entries.find((e) => e.id === session.request.scenarioId)!;
    this.battle = new Controller({
      session,
      rules: this.deps.rules,
      entry,
      brain: this.deps.brain(this.deps.catalog, entry.id),
      onCommand: (s) => this.save(s),
      onMenu: () => void this.menu(),
      onDownload: () => downloadText(recordFileName(session.record(), session.state.turn), serializeRecord(session.record())),
      onWatch: () => this.openReplayRecord(session.record(), { kind: 'saved', id: saveId }, NO_POSITION),
      parentOutcome: this.parentOutcomes.get(saveId) ?? null,
      onRestart: (newSeed) => this.start({ ...session.request, seed: newSeed ? randomSeed() : session.request.seed }),
      onEndReport: (slot) => this.endReport(slot, session.record(), session.request.mode === 'hotseat' ? null : session.request.side),
      ...(this.exercise?.gameId === saveId ? { onBackToExercise: () => this.backToExercise() } : {}),
    });
    showNotices(this.takeProblems());
    this.markReady('battle');
  }

  /**
   * Opens the what-if lab (lazily loaded: neither it nor Chart.js is part of the first load). The scenario and
   * levers are checked here, against the catalogue: each unusable one is named in a notice.
   */
  /** `exercise`: the lab within an exercise (its levers shown, not changed; its measures; the way back to it). */
  openLab(asked: LabRequest, position: LabStartPosition | null, exercise: (LabExercise & { readonly back: () => void }) | null = null): void {
    const entries = this.deps.catalog.entries;
    let entry = entries.find((e) => e.id === asked.scenarioId);
    if (!entry) {
      entry = entries.find((e) => !e.tutorial) ?? entries[0];
      if (!entry) {
        this.problems.push('No scenarios are installed, so the lab has nothing to play.');
        void this.menu();
        return;
      }
      this.problems.push(`There is no scenario "${asked.scenarioId}"; the lab opens with ${entry.title} (the scenarios are ${entries.map((e) => e.id).join(', ')}).`);
    }
    const checked = (levers: Readonly<Record<string, number>>, arm: 'A' | 'B'): Record<string, number> => {
      const { levers: all, problems } = resolveLevers(entry, levers);
      this.problems.push(...problems.map((p) => `${arm}: ${p}`));
      return Object.fromEntries(Object.keys(levers).filter((k) => k in all).map((k) => [k, all[k]!]));
    };
    const request: LabRequest = { ...asked, scenarioId: entry.id, a: checked(asked.a, 'A'), b: asked.b ? checked(asked.b, 'B') : null };
    void import('./lab/lab-page').then(({ LabPage: Page }) => {
      hideMenu();
      this.battle?.dispose();
      this.battle = null;
      this.replay?.dispose();
      this.replay = null;
      this.lab?.dispose();
      this.lab = new Page({
        catalog: this.deps.catalog,
        request,
        position,
        workers: () => this.labWorker(),
        onMenu: exercise?.back ?? (() => void this.menu()),
        ...(exercise ? { menuLabel: 'Back to the exercise', exercise: { title: exercise.title, measures: exercise.measures } } : {}),
        onWatch: (w) => this.watchLabGame(w),
        onUrl: (query) => history.replaceState(null, '', query),
      });
      this.exercise?.hide();
      this.lab.show();
      showNotices(this.takeProblems());
      this.markReady('lab');
    });
  }

  /** One lab worker (the lab's pool and the end screen's computer games use the same bundle). */
  private labWorker(): PoolWorker<LabTask | LabInit, LabReply> {
    return new Worker(new URL('./lab/lab-worker.ts', import.meta.url), { type: 'module' }) as unknown as PoolWorker<LabTask | LabInit, LabReply>;
  }

  /** The end screen's after-action report (lazily loaded); returns what stops it. */
  private endReport(slot: HTMLElement, record: GameRecord, player: 'soviet' | 'japanese' | null): () => void {
    const scenario = this.deps.catalog.scenario(record.scenarioId);
    if (!scenario) return () => undefined;
    let stop: (() => void) | null = null;
    let stopped = false;
    const runs = this.exercise?.gameId !== undefined && this.exercise.gameId === this.saveId ? this.exercise.labRuns : 10;
    void import('./exercise/end-report').then(({ fillEndReport }) => {
      if (!stopped) stop = fillEndReport(slot, { scenario, record, player, runs, workers: () => this.labWorker() });
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }

  /**
   * The student's exercise page: `param` is `?exercise=`'s value ('' opens the picker). Its game is a normal saved
   * game linked to it; its lab comes back to it. Loaded lazily (not part of the first load).
   */
  async openExercise(param: string | null, resumeGame: string | null = null): Promise<void> {
    const { ExerciseHost: Host } = await import('./exercise/exercise-host');
    this.battle?.dispose();
    this.battle = null;
    this.replay?.dispose();
    this.replay = null;
    hideMenu();
    this.exercise?.dispose();
    this.exercise = new Host({
      catalog: this.deps.catalog,
      play: (request, continueId) => {
        this.exercise?.hide();
        if (continueId) void this.continueSave(continueId);
        else this.start(request, this.exercise!.newGame());
      },
      lab: (request, exercise) => this.openLab(request, null, { ...exercise, back: () => this.backToExercise() }),
      menu: () => void this.menu(),
      ready: () => {
        showNotices(this.takeProblems());
        this.markReady('exercise');
      },
      url: (query) => history.replaceState(null, '', query),
    });
    await this.exercise.open(param ?? '');
    // A reload of the exercise's game: back into the game, with the exercise behind it.
    if (resumeGame !== null && this.exercise.gameId === resumeGame) {
      this.exercise.hide();
      await this.continueSave(resumeGame);
    }
  }

  /** From the exercise's game or lab back to its page (the lab's B games summed up for the result file). */
  private backToExercise(): void {
    this.battle?.dispose();
    this.battle = null;
    this.replay?.dispose();
    this.replay = null;
    if (this.lab) this.exercise?.takeLab(this.lab);
    this.lab?.dispose();
    this.lab = null;
    if (!this.exercise) return void this.menu();
    this.exercise.show();
    this.markReady('exercise');
  }

  /** "Run games from here" in the replay viewer: the lab from this position of the record. */
  private openLabFrom(record: GameRecord, commandIndex: number, state: GameState, turn: number, last: GameState, source: ReplaySource): void {
    // The address names the record, the position and the lab, so a reload (or the link) comes back to this lab; a
    // record opened from a file cannot be fetched again, so its address stays as it was.
    if (restorable(source)) {
      const [query, hash] = replayUrl(source, commandIndex, turn).split('#');
      history.replaceState(null, '', `${query}&labFromHere=1${hash !== undefined ? `#${hash}` : ''}`);
    }
    const own = last.result
      ? summarizeGame(last, { scenario: record.scenarioId, seed: record.seed, levers: record.levers, engineVersion: ENGINE_VERSION, finalHash: hashState(last) })
      : null;
    const title = `${record.name ?? this.deps.catalog.entries.find((e) => e.id === record.scenarioId)?.title ?? record.scenarioId}, from turn ${turn} (command ${commandIndex} of ${record.commands.length})${own ? '' : '; this game is not finished, so there is no result of yours to set among them'}`;
    this.openLab(
      { scenarioId: record.scenarioId, runs: 20, seedStart: 1, a: {}, b: null, difficulty: { soviet: 'regular', japanese: 'regular' }, start: false },
      { record, commandIndex, turn, state, own, title },
    );
  }

  /** Opens a lab game in the replay viewer; its way back leads to the lab. */
  private watchLabGame(w: WatchRequest): void {
    const turnsBefore = w.from ? w.from.turn - 1 : 0;
    // A run from a position starts mid-game: its record's turn hashes are padded so turn t's hash sits at t − 1.
    const record: GameRecord = w.from ? { ...w.record, turnHashes: [...Array.from({ length: turnsBefore }, (): string => ''), ...w.record.turnHashes] } : w.record;
    const title = w.from ? `Lab: the computer's game ${w.run + 1} from here (seed ${w.seed})` : `Lab game ${w.run + 1}${w.arm === 'b' ? ' B' : ' A'} (seed ${w.seed})`;
    this.openReplayRecord(record, { kind: 'file', name: title }, NO_POSITION, { initial: w.from, title });
  }

  /**
   * The teacher's pages (`?teacher=class|editor`), loaded lazily like the lab. A student's game opens in the replay
   * viewer as a lab game does (watched, downloadable, branchable), with its way back to the class.
   */
  private openTeacher(route: TeacherRoute): void {
    void import('./teacher/teacher-page').then(({ openTeacherPage }) => {
      hideMenu();
      this.teacher = openTeacherPage(route, {
        catalog: this.deps.catalog,
        onMenu: () => void this.menu(),
        onWatch: (record, title, back) => this.openReplayRecord(record, { kind: 'file', name: title }, NO_POSITION, { initial: null, title, back: { label: 'Back to the class', go: back } }),
      });
      showNotices(this.takeProblems());
      this.markReady('teacher');
    });
  }

  private backFromReplay(go: () => void): void {
    this.replay?.dispose();
    this.replay = null;
    go();
    this.markReady('teacher');
  }

  private backToLab(): void {
    this.replay?.dispose();
    this.replay = null;
    if (!this.lab) {
      void this.menu();
      return;
    }
    this.lab.show();
    this.markReady('lab');
  }

  private markReady(screen: 'menu' | 'battle' | 'replay' | 'lab' | 'teacher' | 'exercise'): void {
    this.screen = screen;
  }

  /** What the browser tests' hook reads (see test-hook.ts). */
  get testView(): TestHookHost {
    return {
      screen: this.screen,
      battle: this.battle,
      replay: this.replay,
      lab: this.lab,
      exercise: this.exercise?.testView ?? null,
      problems: [...this.shownProblems, ...this.problems],
      catalog: this.deps.catalog,
      lastShareUrl: this.lastShareUrl,
    };
  }
}

/**
 * The browser game's composition: the menu or a battle, chosen from the URL (`?scenario=…&seed=…&side=…` starts a
 * game directly), and the autosave (a reload resumes the saved game if it is the same game the URL asks for). The
 * browser tests' hook lives in test-hook.ts and is built only into the e2e bundle.
 */
import type { AiBrain } from './controller/ai-turn';
import { resolveLevers, type ScenarioCatalog } from './controller/catalog';
import { GameSession, type SavedGame } from './controller/game-session';
import type { RulesPort } from './controller/rules-port';
import { MAX_SEED, parseStartUrl, startUrl, type StartRequest } from './controller/url-params';
import type { BattleController } from './battle-controller';
import { hideMenu, showMenu } from './hud/menu';
import type { TestHookHost } from './test-hook';
import { clearAutosave, readAutosave, writeAutosave } from './save-store';

export interface AppDeps {
  readonly catalog: ScenarioCatalog;
  readonly rules: RulesPort;
  readonly brain: (catalog: ScenarioCatalog, scenarioId: string) => AiBrain;
}

/** A random seed for a new game; the only randomness outside the engine, and it is shown to the player. */
export const randomSeed = (): number => Math.floor(Math.random() * MAX_SEED);

const sameGame = (a: StartRequest, b: StartRequest): boolean => startUrl(a) === startUrl(b);

export class App {
  private battle: BattleController | null = null;
  private problems: string[] = [];

  private screen: 'loading' | 'menu' | 'battle' = 'loading';

  constructor(private readonly deps: AppDeps) {
    // The browser tests' hook exists only in the e2e build (`vite build --mode e2e`); production bundles drop it.
    if (import.meta.env.MODE === 'e2e') void import('./test-hook').then((m) => m.installTestHook(() => this.testView));
  }

  async boot(): Promise<void> {
    const saved = await readAutosave();
    const { request, problems } = parseStartUrl(window.location.search, randomSeed);
    this.problems = problems;
    if (request) {
      // A reload of a started game resumes it; a different URL starts afresh.
      if (saved && sameGame(saved.request, request)) this.resume(saved);
      else this.start(request);
      return;
    }
    this.menu(saved);
  }

  menu(saved: SavedGame | null): void {
    this.battle?.dispose();
    this.battle = null;
    history.replaceState(null, '', window.location.pathname);
    const entry = saved ? this.deps.catalog.entries.find((e) => e.id === saved.request.scenarioId) : undefined;
    showMenu(this.deps.catalog, {
      onStart: (r) => this.start(r),
      onResume: saved && entry ? () => this.resume(saved) : null,
      resumeLabel: saved && entry ? `Resume ${entry.title} (seed ${saved.request.seed}, ${saved.commands.length} orders given)` : null,
      randomSeed,
    });
    this.markReady('menu');
  }

  start(request: StartRequest): void {
    const entry = this.deps.catalog.entries.find((e) => e.id === request.scenarioId);
    if (!entry) {
      this.problems.push(`There is no scenario "${request.scenarioId}".`);
      this.menu(null);
      return;
    }
    const { levers, problems } = resolveLevers(entry, request.levers);
    this.problems.push(...problems);
    const fixed: StartRequest = { ...request, levers };
    const initial = this.deps.catalog.createGame(entry.id, fixed.seed, levers);
    if ('ok' in initial) {
      this.problems.push(initial.reason);
      this.menu(null);
      return;
    }
    const session = new GameSession(this.deps.rules, initial, fixed);
    void writeAutosave(session.save());
    this.open(session);
  }

  resume(saved: SavedGame): void {
    const entry = this.deps.catalog.entries.find((e) => e.id === saved.request.scenarioId);
    const initial = entry ? this.deps.catalog.createGame(entry.id, saved.request.seed, saved.request.levers) : null;
    if (!entry || !initial || 'ok' in initial) {
      this.problems.push('The saved game could not be opened; it belongs to a scenario that is no longer installed.');
      void clearAutosave();
      this.menu(null);
      return;
    }
    const { session, problem } = GameSession.restore(this.deps.rules, initial, saved);
    if (problem) this.problems.push(problem);
    this.open(session);
  }

  private open(session: GameSession): void {
    // Phaser is loaded only when the first battle opens, so the menu is up quickly.
    void import('./battle-controller').then(({ BattleController: Controller }) => this.openWith(Controller, session));
  }

  private openWith(Controller: typeof BattleController, session: GameSession): void {
    hideMenu();
    this.battle?.dispose();
    history.replaceState(null, '', startUrl(session.request));
    const entry = this.deps.catalog.entries.find((e) => e.id === session.request.scenarioId)!;
    this.battle = new Controller({
      session,
      rules: this.deps.rules,
      entry,
      brain: this.deps.brain(this.deps.catalog, entry.id),
      aiStepMs: 120,
      onCommand: (s) => void writeAutosave(s.save()),
      onMenu: () => void readAutosave().then((s) => this.menu(s)),
      onRestart: (newSeed) => this.start({ ...session.request, seed: newSeed ? randomSeed() : session.request.seed }),
    });
    this.markReady('battle');
  }

  private markReady(screen: 'menu' | 'battle'): void {
    this.screen = screen;
  }

  /** What the browser tests' hook reads (see test-hook.ts). */
  get testView(): TestHookHost {
    return { screen: this.screen, battle: this.battle, problems: this.problems, catalog: this.deps.catalog };
  }
}

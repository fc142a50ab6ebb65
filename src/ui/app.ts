/**
 * The browser game's composition: the menu or a battle, chosen from the URL (`?scenario=…&seed=…&side=…` starts a
 * game directly), the autosave (a reload resumes the saved game if it is the same game the URL asks for), and the
 * test hook `window.__kg` that the browser tests drive instead of hunting pixels.
 */
import { hashState } from '../engine/hash';
import { hexAt, indexOf } from '../engine/map';
import type { Axial } from '../engine/hex';
import type { Command } from '../engine/types';
import type { AiBrain } from './controller/ai-turn';
import { resolveLevers, type ScenarioCatalog } from './controller/catalog';
import { GameSession, type SavedGame } from './controller/game-session';
import type { RulesPort } from './controller/rules-port';
import { MAX_SEED, parseStartUrl, startUrl, type StartRequest } from './controller/url-params';
import type { BattleController } from './battle-controller';
import { hideMenu, showMenu } from './hud/menu';
import { autosaveSettled, clearAutosave, readAutosave, writeAutosave } from './save-store';

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

  constructor(private readonly deps: AppDeps) {
    this.installHook();
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
    const hook = (window as unknown as { __kg: Record<string, unknown> }).__kg;
    hook.screen = screen;
    hook.ready = true;
  }

  /** The browser tests' handle: state summaries and helpers to act by hex coordinate. */
  private installHook(): void {
    const battle = () => this.battle;
    (window as unknown as { __kg: unknown }).__kg = {
      ready: false,
      screen: 'loading',
      problems: () => this.problems.slice(),
      summary: () => {
        const b = battle();
        if (!b) return null;
        const s = b.session.state;
        const side = b.perspective;
        const view = side ? b.session.view(side) : null;
        const sel = b.currentSelection;
        return {
          scenarioId: s.setup.scenarioId,
          seed: b.session.request.seed,
          mode: b.session.request.mode,
          turn: s.turn,
          activeSide: s.activeSide,
          perspective: side,
          sceneReady: b.sceneReady,
          aiRunning: b.aiRunning,
          result: s.result,
          commands: b.session.commands.length,
          visibleUnits: (view?.state.units ?? [])
            .filter((u) => u.hex && (u.status === 'active' || u.status === 'routed'))
            .map((u) => ({ id: u.id, side: u.side, label: u.label, hex: u.hex, index: indexOf(s.setup.map, u.hex!), men: u.men, mp: u.mp, status: u.status, acted: u.acted })),
          selectedId: sel.selectedId,
          reach: sel.reach ? [...sel.reach.costs.entries()] : [],
          preview: sel.preview ? { odds: sel.preview.odds, modifiers: sel.preview.modifiers.length, kind: sel.preview.kind } : null,
          log: side ? b.session.logFor(side).map((l) => l.text) : [],
        };
      },
      /** The true state's hash and what produced it, so a test can replay the game in Node and compare. */
      replayProof: () => {
        const b = battle();
        if (!b) return null;
        const s = b.session.state;
        return { scenarioId: s.setup.scenarioId, seed: b.session.request.seed, levers: s.setup.levers, commands: b.session.commands, hash: hashState(s) };
      },
      /** The true state's units (tests compare what a side sees against this). */
      trueUnits: () => {
        return battle()?.session.state.units.map((u) => ({ id: u.id, side: u.side, hex: u.hex, status: u.status, men: u.men })) ?? [];
      },
      indexOf: (h: Axial) => {
        const b = battle();
        return b ? indexOf(b.session.state.setup.map, h) : -1;
      },
      hexAt: (index: number) => {
        const b = battle();
        return b ? hexAt(b.session.state.setup.map, index) : null;
      },
      screenOfHex: (index: number) => {
        return battle()?.screenOfHex(index) ?? null;
      },
      clickHex: (index: number) => {
        battle()?.onHexClick(index);
      },
      hoverHex: (index: number) => {
        battle()?.onHexHover(index);
      },
      panBy: (dx: number, dy: number) => {
        battle()?.panBy(dx, dy);
      },
      saved: () => autosaveSettled(),
      skipAi: () => {
        battle()?.skipAi();
      },
      send: (command: Command) => {
        return battle()?.send(command) ?? false;
      },
      scenarios: () => {
        return this.deps.catalog.entries.map((e) => ({ id: e.id, title: e.title, tutorial: e.tutorial, levers: e.levers.map((l) => l.id) }));
      },
      defaultLevers: (id: string) => {
        const e = this.deps.catalog.entries.find((x) => x.id === id);
        return e ? resolveLevers(e, {}).levers : null;
      },
    };
  }
}

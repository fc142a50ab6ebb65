/**
 * The browser tests' handle, `window.__kg`: state summaries and helpers to act by hex coordinate, so the tests drive
 * the game instead of hunting pixels. Built only into the e2e bundle (`vite build --mode e2e`): the app imports this
 * module behind `import.meta.env.MODE === 'e2e'`, which the production build folds away.
 */
import { hashState, hexAt, indexOf, type Axial, type Command } from '../engine';
import type { BattleController } from './battle-controller';
import type { ReplayController } from './replay-controller';
import type { LabPage } from './lab/lab-page';
import { objectiveHexes } from './controller/objectives';
import { resolveLevers, type ScenarioCatalog } from './controller/catalog';
import { serializeRecord } from '../replay';
import { savesSettled } from './save-store';

/** What the hook reads from the app, fresh on every call. */
export interface TestHookHost {
  readonly screen: 'loading' | 'menu' | 'battle' | 'replay' | 'lab' | 'teacher' | 'exercise';
  readonly battle: BattleController | null;
  readonly replay: ReplayController | null;
  readonly lab: LabPage | null;
  /** The exercise page: whether one is open, its linked game and the last result file made. */
  readonly exercise: { readonly open: boolean; readonly gameId: string | null; readonly lastResult: { fileName: string; text: string } | null } | null;
  readonly lastShareUrl: string | null;
  readonly problems: readonly string[];
  readonly catalog: ScenarioCatalog;
}

type HookWindow = { __kg: unknown };

export const installTestHook = (host: () => TestHookHost): void => {
  const battle = () => host().battle;
  const hook = {
    get ready() {
      return host().screen !== 'loading';
    },
    get screen() {
      return host().screen;
    },
    problems: () => host().problems.slice(),
    /** The replay viewer's position and the state it shows, hashed (null when no replay is open). */
    replay: () => {
      const r = host().replay;
      if (!r) return null;
      return { sceneReady: r.sceneReady, position: r.position, turn: r.state.turn, hash: hashState(r.state), result: r.state.result };
    },
    replaySeek: (position: number) => host().replay?.goTo(position),
    /** The what-if lab: its status, progress, results per arm in run order, and how many charts are drawn. */
    lab: () => host().lab?.testView ?? null,
    lastShareUrl: () => host().lastShareUrl,
    exercise: () => host().exercise,
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
        preview: sel.preview ? { odds: sel.preview.odds, modifiers: sel.preview.modifiers.length, kind: sel.preview.kind, attackerIds: sel.preview.attackerIds, joinable: sel.joinable } : null,
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
    trueUnits: () => battle()?.session.state.units.map((u) => ({ id: u.id, side: u.side, hex: u.hex, status: u.status, men: u.men })) ?? [],
    indexOf: (h: Axial) => {
      const b = battle();
      return b ? indexOf(b.session.state.setup.map, h) : -1;
    },
    hexAt: (index: number) => {
      const b = battle();
      return b ? hexAt(b.session.state.setup.map, index) : null;
    },
    screenOfHex: (index: number) => battle()?.screenOfHex(index) ?? null,
    clickHex: (index: number, shift = false) => battle()?.onHexClick(index, shift),
    hoverHex: (index: number) => battle()?.onHexHover(index),
    panBy: (dx: number, dy: number) => battle()?.panBy(dx, dy),
    zoomBy: (factor: number) => battle()?.zoomBy(factor),
    /** Whether Phaser is drawing frames now (it sleeps while the map stands still) and how often it has slept. */
    renderLoop: () => battle()?.renderLoop() ?? null,
    /** The light sheet (colour, alpha, whether it covers the view), objective marks and the camera's view. */
    mapLook: () => battle()?.mapLook() ?? null,
    /** The hex indices objectives name. */
    objectiveHexes: () => {
      const b = battle();
      return b ? objectiveHexes(b.session.state).map((x) => x.index) : [];
    },
    saved: () => savesSettled(),
    /** The open game's record as file text (what Download gives). */
    recordText: () => {
      const b = battle();
      return b ? serializeRecord(b.session.record()) : null;
    },
    skipAi: () => battle()?.skipAi(),
    /** The overlays switched on (supply, zoc, sight, legend), and switching one. */
    overlaysOn: () => battle()?.overlaysOn.slice() ?? [],
    toggleOverlay: (name: 'supply' | 'zoc' | 'sight' | 'legend') => battle()?.toggleOverlay(name),
    /** A unit joins or leaves the previewed assault. */
    toggleAttacker: (id: string) => battle()?.toggleAttacker(id),
    /** The computer's acting unit and the banner's words while its turn is played out (null otherwise). */
    aiActing: () => battle()?.aiActing ?? null,
    aiPace: () => battle()?.aiPace ?? null,
    aiPlanMs: () => battle()?.aiPlanMs ?? null,
    setAiPace: (p: 'slow' | 'normal' | 'fast') => battle()?.setPace(p),
    send: (command: Command) => battle()?.send(command) ?? false,
    scenarios: () => host().catalog.entries.map((e) => ({ id: e.id, title: e.title, tutorial: e.tutorial, levers: e.levers.map((l) => l.id) })),
    defaultLevers: (id: string) => {
      const e = host().catalog.entries.find((x) => x.id === id);
      return e ? resolveLevers(e, {}).levers : null;
    },
  };
  (window as unknown as HookWindow).__kg = hook;
};

/** The test map page's hook (`?map=test`, e2e build only). */
export const installTestMapHook = (map: { width: number; height: number }): void => {
  (window as unknown as HookWindow).__kg = { ready: true, screen: 'test-map', map: { width: map.width, height: map.height } };
};

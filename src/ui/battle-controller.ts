/**
 * The battle screen's glue: it owns the session and the selection, feeds the Phaser scene and the HTML panels from
 * them, turns input into commands for the engine, runs the computer's turns and the hotseat hand-over, and saves
 * after every command. It holds no rule of its own.
 */
import type Phaser from 'phaser';
import { createPhaserGame, renderGovernorOf } from './render/phaser-game';
import { clockAt, indexOf, type Command, type Side } from '../engine';
import { AiTurnPlayer, describeAiCommand, isAiPace, PACE_STEP_MS, type ActingUnit, type AiBrain, type AiPace } from './controller/ai-turn';
import type { ScenarioEntry } from './controller/catalog';
import type { GameSession } from './controller/game-session';
import { historicalCoverage, lossesSoFar } from '../analysis';
import type { RulesPort, SideViewLite } from './controller/rules-port';
import { clearSelection, clickHex, EMPTY_SELECTION, hoverHex, nextUnitId, refreshSelection, selectUnit, toggleAttacker, type Selection, type SelectionContext } from './controller/selection';
import { hexTooltip } from './controller/hex-tooltip';
import { objectiveHexes, objectiveRows, objectiveTooltip } from './controller/objectives';
import { stacksByHex } from './controller/stacks';
import { combatEffects } from './controller/combat-effect';
import { OVERLAY_NAMES, overlayMarks, type MapOverlay, type OverlayName } from './controller/map-overlays';
import type { SessionStep } from './controller/game-session';
import { hudModel } from './controller/hud-model';
import { keyAction, type OpenDialog } from './controller/keymap';
import { BattleHud, type HudModel } from './hud/battle-hud';
import { Minimap } from './hud/minimap';
import { closeOverlay, overlayOpen, type ParentOutcome, showBriefing, showEndScreen, showHandover, showHelp } from './hud/overlays';
import { BattleScene } from './scenes/battle-scene';
import { TutorialGuide } from './tutorial-guide';
import { h } from './hud/dom';

export interface BattleOptions {
  readonly session: GameSession;
  readonly rules: RulesPort;
  readonly entry: ScenarioEntry;
  readonly brain: AiBrain;
  /** Called after every accepted command (autosave). */
  readonly onCommand: (session: GameSession) => void;
  readonly onMenu: () => void;
  readonly onRestart: (newSeed: boolean) => void;
  /** Hands the player the game record as a file. */
  readonly onDownload: () => void;
  /** Opens this game in the replay viewer. */
  readonly onWatch: () => void;
  /** For a branch: how the game it branched from ended. */
  readonly parentOutcome: ParentOutcome | null;
  /** Fills the end screen's after-action report into `slot`; returns what stops its work when the screen goes. */
  readonly onEndReport?: (slot: HTMLElement) => () => void;
  /** For an exercise's game: back to the exercise page (a button on the end screen). */
  readonly onBackToExercise?: () => void;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const PACE_KEY = 'kg-ai-pace';
/** While the computer's turn is skipped, the map is redrawn at most this often, in ms. */
const SKIP_DRAW_MS = 1000;
/** The pace the player last chose for the computer's moves (kept in the browser), normal at first. */
const savedPace = (): AiPace => {
  try {
    const p = localStorage.getItem(PACE_KEY);
    return isAiPace(p) ? p : 'normal';
  } catch {
    return 'normal';
  }
};

export class BattleController {
  readonly session: GameSession;
  private readonly rules: RulesPort;
  private selection: Selection = EMPTY_SELECTION;
  private view: SideViewLite;
  private scene: BattleScene | null = null;
  private game: Phaser.Game | null = null;
  private hud: BattleHud;
  private minimap: Minimap | null = null;
  private readonly ai: AiTurnPlayer;
  private status: string | null = null;
  /** How fast the computer's moves are played out. */
  private pace: AiPace = savedPace();
  /** The computer's unit acting now, as the side on screen may see it (while its turn is played out). */
  private acting: ActingUnit | null = null;
  /** In hotseat, the side whose map is on screen; null while the hand-over screen hides it. */
  private shown: Side | null;
  private readonly keyHandler: (e: KeyboardEvent) => void;
  private disposed = false;
  private pointer = { x: 0, y: 0 };
  /** The hex the tooltip describes, or -1 when none is shown. */
  private tooltipIndex = -1;
  private readonly stopListening: () => void;
  private shownStep: SessionStep | null = null;
  /** The overlays the player has switched on. */
  private readonly overlays = new Set<OverlayName>();
  /** What each drawn map overlay was drawn from, so it is redrawn only when that changes. */
  private overlayDrawn = new Map<MapOverlay, unknown>();
  /** The tutorial's coach (a fresh tutorial game against the computer only). */
  private readonly tutorial: TutorialGuide | null;
  /** Stops the end screen's report (its computer games) when the battle goes. */
  private stopReport: (() => void) | null = null;
  private readonly pointerHandler = (e: PointerEvent) => {
    this.pointer = { x: e.clientX, y: e.clientY };
  };

  constructor(private readonly options: BattleOptions) {
    this.session = options.session;
    this.rules = options.rules;
    this.shown = this.session.request.mode === 'hotseat' ? null : this.session.perspective();
    this.view = this.session.view(this.shown ?? this.session.perspective());
    this.ai = new AiTurnPlayer(options.brain, { stepMs: PACE_STEP_MS[this.pace], wait, maxRefusals: 20, maxCommands: 3000 });
    this.hud = new BattleHud({
      endTurn: () => this.endTurn(),
      nextUnit: () => this.nextUnit(),
      help: () => showHelp(),
      menu: () => options.onMenu(),
      undo: () => this.undo(),
      confirmAttack: () => this.confirmAttack(),
      cancel: () => this.cancel(),
      skipAi: () => this.skipAi(),
      setPace: (p) => this.setPace(p),
      order: (c) => {
        if (this.canOrder()) this.send(c);
      },
      briefing: () => this.briefing(),
      selectUnit: (id) => this.selectFromRoster(id),
      toggleAttacker: (id) => this.toggleAttacker(id),
      toggleOverlay: (name) => this.toggleOverlay(name),
    });
    // Every command, the player's or the computer's, may carry combats: show them on the map.
    this.stopListening = this.session.onChange(() => this.showCombat());
    // The computer to move first: it thinks while the map loads.
    if (!this.session.isHumanTurn() && !this.session.state.result) options.brain.prepare?.(this.session);
    this.tutorial = TutorialGuide.forGame(this.session, this.tutorialGoal(), (hex) => this.scene?.pointAt(hex));
    this.keyHandler = (e) => this.onKey(e);
    window.addEventListener('keydown', this.keyHandler);
    window.addEventListener('pointermove', this.pointerHandler);
    this.startScene();
  }

  private startScene(): void {
    const scene = new BattleScene({
      map: this.session.state.setup.map,
      onHexClick: (i, shift) => this.onHexClick(i, shift),
      onHexHover: (i) => this.onHexHover(i),
      onViewChange: () => {
        // A tooltip says what was under the pointer: once the map moves under it, it is stale.
        this.hideTooltip();
        this.drawMinimap();
      },
      onReady: (s) => {
        this.scene = s;
        this.lastFog = null;
        this.minimap = new Minimap(this.session.state.setup.map, s.geometry, (x, y) => s.mapCamera.centreOn(x, y));
        this.lookAtOwnForces();
        this.status = this.objectiveHint();
        this.refresh();
        this.afterTurnChange();
      },
    });
    this.game = createPhaserGame(scene);
  }

  dispose(): void {
    this.disposed = true;
    this.stopReport?.();
    this.stopReport = null;
    this.stopListening();
    this.ai.skip();
    this.options.brain.dispose?.();
    window.removeEventListener('keydown', this.keyHandler);
    window.removeEventListener('pointermove', this.pointerHandler);
    this.game?.destroy(true);
    this.game = null;
    this.scene = null;
    this.hud.dispose();
    this.tutorial?.dispose();
    for (const id of ['end-screen', 'handover', 'help-overlay', 'briefing-overlay']) closeOverlay(id);
  }

  /** The side whose eyes the screen uses now. */
  get perspective(): Side | null {
    return this.shown;
  }

  get currentSelection(): Selection {
    return this.selection;
  }

  get aiRunning(): boolean {
    return this.ai.isRunning;
  }

  private ctx(): SelectionContext {
    return { rules: this.rules, state: this.view.state, side: this.session.state.activeSide };
  }

  private canOrder(): boolean {
    return this.session.isHumanTurn() && !this.ai.isRunning && this.shown === this.session.state.activeSide && !this.session.state.result;
  }

  onHexClick(index: number, shift = false): void {
    if (!this.canOrder()) return;
    this.scene?.skipEffects();
    const out = clickHex(this.selection, this.ctx(), index, shift);
    this.selection = out.selection;
    this.status = out.selection.message;
    if (out.command) this.send(out.command);
    else this.refresh();
  }

  onHexHover(index: number): void {
    this.selection = hoverHex(this.selection, index);
    this.scene?.drawMarks(this.selection, this.selectedHex());
    this.hud.render(this.model());
    this.updateTooltip(index);
  }

  /** The hex tooltip, worked out afresh from the game as it is now (after a move, a combat or the computer's turn). */
  private updateTooltip(index: number): void {
    this.tooltipIndex = index;
    const map = this.session.state.setup.map;
    const units = this.shown ? (stacksByHex(this.view.state).get(index) ?? []) : [];
    // No tooltip until a real pointer has moved over the page (keyboard and test-driven hovers have none).
    const pointerSeen = this.pointer.x !== 0 || this.pointer.y !== 0;
    const lines = this.shown && pointerSeen ? [...hexTooltip(map, index, units, this.view.visible[index] === 1), ...objectiveTooltip(this.session.state, index)] : [];
    if (pointerSeen && this.selection.pathCost !== null && this.selection.hover === index) lines.unshift(`Move here: ${this.selection.pathCost} MP`);
    this.hud.showTooltip(lines, this.pointer.x, this.pointer.y);
  }

  /** Hides the tooltip until the pointer next moves onto a hex. */
  private hideTooltip(): void {
    this.tooltipIndex = -1;
    this.hud.showTooltip([], 0, 0);
  }

  /** Sends a command; on refusal shows the engine's reason. */
  send(command: Command): boolean {
    const r = this.session.submit(command);
    if (!r.ok) {
      this.status = r.reason;
      this.refresh();
      return false;
    }
    this.status = null;
    // The computer to move next: its worker starts planning now, while this thread saves and draws.
    if (!this.session.isHumanTurn() && !this.session.state.result) this.options.brain.prepare?.(this.session);
    this.options.onCommand(this.session);
    this.view = this.session.view(this.shown ?? this.session.perspective());
    this.selection = command.type === 'end-turn' ? EMPTY_SELECTION : refreshSelection(this.selection, this.ctx());
    this.refresh(command.type === 'move' ? 180 : 0);
    if (command.type === 'end-turn' || this.session.state.result) this.afterTurnChange();
    return true;
  }

  /** Plays the last command's combats on the map (fire line, flash, losses), as the side on screen may see them. */
  private showCombat(): void {
    const step = this.session.lastStep;
    const viewer = this.shown;
    if (!step || step === this.shownStep || !this.scene || !viewer || this.disposed) return;
    this.shownStep = step;
    // A skipped turn is skipped: its fights are in the log, not played one after another on the map.
    if (this.ai.isSkipping || !step.events.some((e) => e.type === 'combat')) return;
    const visible = this.session.view(viewer).visible;
    const effects = combatEffects(step.before, step.events, viewer, visible);
    const last = effects[effects.length - 1];
    if (last) this.scene.playCombat(last);
  }

  /** Takes back the player's last command if it taught them nothing new (see src/replay/undo.ts). */
  undo(): void {
    if (!this.canOrder()) return;
    const hadSelected = this.selection.selectedId;
    if (!this.session.undo()) {
      this.status = 'Nothing to undo: the last order showed you something new (a fight, an enemy, the dice) or the turn has changed.';
      this.refresh();
      return;
    }
    this.status = 'Order taken back.';
    this.options.onCommand(this.session);
    this.view = this.session.view(this.shown ?? this.session.perspective());
    this.selection = hadSelected ? selectUnit(this.ctx(), hadSelected) : EMPTY_SELECTION;
    this.refresh(180);
  }

  endTurn(): void {
    if (!this.canOrder()) return;
    this.selection = clearSelection();
    this.send({ type: 'end-turn' });
  }

  nextUnit(): void {
    if (!this.canOrder()) return;
    const id = nextUnitId(this.ctx(), this.selection.selectedId);
    if (!id) {
      this.status = 'Every unit has done what it can this turn. End the turn when ready.';
      this.refresh();
      return;
    }
    this.selection = selectUnit(this.ctx(), id);
    const hex = this.selectedHex();
    if (hex >= 0) this.scene?.centreOnHex(hex);
    this.refresh();
  }

  /** A roster row: select the unit and centre the map on it. */
  selectFromRoster(id: string): void {
    if (!this.shown) return;
    this.selection = selectUnit(this.ctx(), id);
    const hex = this.selectedHex();
    if (hex >= 0) this.scene?.centreOnHex(hex);
    this.refresh();
  }

  /** Switches an overlay on or off (HUD buttons and U, C, V, L). */
  toggleOverlay(name: OverlayName): void {
    if (this.overlays.has(name)) this.overlays.delete(name);
    else this.overlays.add(name);
    this.refresh();
  }

  /** For the e2e hook: which overlays are on. */
  get overlaysOn(): readonly OverlayName[] {
    return OVERLAY_NAMES.filter((n) => this.overlays.has(n));
  }

  /** Draws the map overlays that are on from what the side on screen knows, and clears the others. */
  private drawOverlays(scene: BattleScene): void {
    const side = this.shown;
    for (const name of ['supply', 'zoc', 'sight'] as const) {
      const on = side !== null && this.overlays.has(name);
      const source = on ? this.view : null;
      if (this.overlayDrawn.has(name) && this.overlayDrawn.get(name) === source) continue;
      this.overlayDrawn.set(name, source);
      if (!on || !side) {
        scene.setOverlay(name, null);
        continue;
      }
      const view = this.view;
      scene.setOverlay(
        name,
        overlayMarks(name, {
          state: view.state,
          side,
          visible: view.visible,
          supply: () => this.rules.supply(view.state, side),
          zones: () => this.rules.enemyZones(view.state, side),
        }),
      );
    }
  }

  /** A unit joins the previewed assault, or leaves it (the preview's checkboxes; shift-click on the map). */
  toggleAttacker(id: string): void {
    if (!this.canOrder()) return;
    this.selection = toggleAttacker(this.selection, this.ctx(), id);
    this.status = this.selection.message;
    this.refresh();
  }

  confirmAttack(): void {
    const p = this.selection.preview;
    if (!p || !this.canOrder()) return;
    this.selection = { ...this.selection, preview: null };
    this.send(p.command);
  }

  cancel(): void {
    this.scene?.skipEffects();
    this.selection = clearSelection();
    this.status = null;
    this.refresh();
  }

  skipAi(): void {
    if (!this.ai.isRunning || this.ai.isSkipping) {
      this.ai.skip();
      return;
    }
    this.ai.skip();
    this.acting = null;
    this.scene?.finishGlides();
    this.scene?.skipEffects();
    // Skipped, the rest of the turn is drawn once at its end: the map's frames stop meanwhile, leaving the machine
    // to the computer's thinking and the rules (a software-rendered map takes much of it otherwise).
    this.game?.loop.sleep();
  }

  /** The player chose how fast the computer's moves are played out (kept for the next games too). */
  setPace(pace: AiPace): void {
    this.pace = pace;
    this.ai.setStepMs(PACE_STEP_MS[pace]);
    try {
      localStorage.setItem(PACE_KEY, pace);
    } catch {
      // private mode: the pace lasts this game only
    }
    this.hud.render(this.model());
  }

  /** For the e2e test hook: the computer's acting unit and the banner's words while its turn is played out. */
  get aiActing(): ActingUnit | null {
    return this.acting;
  }

  /** How long the computer took to plan its last side-turn, in ms. */
  get aiPlanMs(): number | null {
    return this.options.brain.lastPlanMs ?? null;
  }

  get aiPace(): AiPace {
    return this.pace;
  }

  /** The briefing of the side on screen, with its objectives. */
  briefing(): void {
    const side = this.shown;
    if (!side) return;
    const objectives = objectiveRows(this.session.state)
      .filter((o) => o.side === side)
      .map((o) => `★ ${o.name} (${o.points} points, ${o.deadline}): ${o.description}${o.achievedTurn !== null ? ` — achieved on turn ${o.achievedTurn}` : ''}`);
    showBriefing(side, this.options.entry.briefings[side], objectives);
  }

  private selectedHex(): number {
    const id = this.selection.selectedId;
    const u = id ? this.view.state.units.find((x) => x.id === id) : undefined;
    return u?.hex ? indexOf(this.view.state.setup.map, u.hex) : -1;
  }

  /** What happens when the side to move changes: hand-over, the computer's turn, or the end. */
  private afterTurnChange(): void {
    if (this.disposed) return;
    const state = this.session.state;
    if (state.result) {
      this.showEnd();
      return;
    }
    if (!this.session.isHumanTurn()) {
      void this.runAi();
      return;
    }
    if (this.session.request.mode === 'hotseat' && this.shown !== state.activeSide) {
      this.shown = null;
      this.selection = clearSelection();
      this.scene?.setStacks(new Map(), null);
      this.refresh();
      showHandover(state.activeSide, clockAt(state.setup, state.turn).time.replace('T', ' '), () => {
        this.shown = state.activeSide;
        this.view = this.session.view(state.activeSide);
        this.refresh();
      });
    }
  }

  private async runAi(): Promise<void> {
    if (this.ai.isRunning) return;
    const side = this.session.state.activeSide;
    this.acting = null;
    this.refresh();
    let lastDraw = performance.now();
    await this.ai.play(this.session, (command) => {
      if (this.disposed) return;
      // Played out, every command is saved and drawn; skipped, the map catches up a few times a second at most, so
      // a big side's turn flies by (drawing the map is what takes the time).
      if (this.ai.isSkipping && performance.now() - lastDraw < SKIP_DRAW_MS) return;
      lastDraw = performance.now();
      this.options.onCommand(this.session);
      this.view = this.session.view(this.shown ?? this.session.perspective());
      if (this.ai.isSkipping || command.type === 'end-turn' || !this.shown) this.acting = null;
      else {
        // Name the acting unit in the banner, ring it and bring it into view — if the side on screen can see it.
        this.acting = describeAiCommand(command, side, this.view.state);
        if (this.acting.hex >= 0 && !this.onScreen(this.acting.hex)) this.scene?.centreOnHex(this.acting.hex);
      }
      this.refresh(this.ai.isSkipping ? 0 : Math.min(250, PACE_STEP_MS[this.pace]));
    });
    this.acting = null;
    if (this.disposed) return;
    this.game?.loop.wake(true);
    this.options.onCommand(this.session);
    this.view = this.session.view(this.shown ?? this.session.perspective());
    this.refresh();
    this.afterTurnChange();
  }

  /** Whether a hex is on the map's screen area, well inside its edges. */
  private onScreen(index: number): boolean {
    const p = this.scene?.screenOfHex(index);
    if (!p) return false;
    const margin = 80;
    return p.x > margin && p.y > margin && p.x < window.innerWidth - margin && p.y < window.innerHeight - margin;
  }

  private showEnd(): void {
    const state = this.session.state;
    if (!state.result || overlayOpen('end-screen')) return;
    const report = h('div', { id: 'end-report' });
    showEndScreen(
      {
        title: this.options.entry.title,
        result: state.result,
        player: this.session.request.mode === 'hotseat' ? null : this.session.request.side,
        losses: lossesSoFar(state),
        covered: lossesSoFar(state, historicalCoverage(this.options.entry.historical)),
        historical: this.options.entry.historical?.losses ?? null,
        historicalResult: this.options.entry.historical?.result ?? null,
        seed: this.session.request.seed,
        parent: this.options.parentOutcome,
        objectives: objectiveRows(state, this.session.request.mode === 'hotseat' ? null : this.session.request.side),
        report,
      },
      {
        again: () => this.options.onRestart(false),
        newSeed: () => this.options.onRestart(true),
        menu: () => this.options.onMenu(),
        download: () => this.options.onDownload(),
        watch: () => this.options.onWatch(),
        ...(this.options.onBackToExercise ? { exercise: this.options.onBackToExercise } : {}),
      },
    );
    this.stopReport?.();
    this.stopReport = this.options.onEndReport?.(report) ?? null;
  }

  private onKey(e: KeyboardEvent): void {
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement) return;
    // Enter and Space on a control the keyboard has focused (Tab) press it, not the map's shortcut; after a mouse
    // click on a button they stay the map's (confirm the attack, skip the computer's moves).
    if ((e.key === 'Enter' || e.key === ' ') && t instanceof HTMLElement && t.matches(':focus-visible') && t.closest('button, a[href], summary, [role="button"], tr[tabindex]')) return;
    const action = keyAction(e.key, { dialog: this.openDialog(), aiRunning: this.ai.isRunning, ctrl: e.ctrlKey || e.metaKey });
    if (!action) return;
    e.preventDefault();
    switch (action) {
      case 'end-turn':
        return this.endTurn();
      case 'next-unit':
        return this.nextUnit();
      case 'cancel':
        return this.cancel();
      case 'confirm-attack':
        return this.confirmAttack();
      case 'skip-ai':
        return this.skipAi();
      case 'help':
        return showHelp();
      case 'undo':
        return this.undo();
      case 'overlay-supply':
        return this.toggleOverlay('supply');
      case 'overlay-zoc':
        return this.toggleOverlay('zoc');
      case 'overlay-sight':
        return this.toggleOverlay('sight');
      case 'overlay-legend':
        return this.toggleOverlay('legend');
      case 'close-dialog':
        closeOverlay('help-overlay');
        closeOverlay('briefing-overlay');
        return;
    }
  }

  /** The dialog over the map, if any (the hand-over first: it hides everything). */
  private openDialog(): OpenDialog {
    if (overlayOpen('handover')) return 'handover';
    if (overlayOpen('end-screen')) return 'end-screen';
    if (overlayOpen('help-overlay')) return 'help';
    if (overlayOpen('briefing-overlay')) return 'briefing';
    return null;
  }

  /** At the start: what the side on screen is to do, and that the ★ hexes on the map are where. */
  private objectiveHint(): string | null {
    const side = this.shown;
    if (!side || this.session.state.result) return null;
    const own = objectiveRows(this.session.state).filter((o) => o.side === side);
    if (own.length === 0) return null;
    return `Your objectives (★ on the map; Briefing for more): ${own.map((o) => `${o.name} — ${o.points} points ${o.deadline}`).join('; ')}.`;
  }

  /** For the e2e test hook: the light sheet, the objective marks and the camera. */
  mapLook(): {
    light: { colour: number; alpha: number; covers: boolean };
    objectives: number;
    zoom: number;
    view: { x: number; y: number; width: number; height: number };
    world: { width: number; height: number };
    readableZoom: number;
    counterLabelPx: number;
    placeLabelPx: number;
    overlays: Record<string, number>;
    effectsPlayed: number;
    pointsShown: number;
  } | null {
    const scene = this.scene;
    if (!scene) return null;
    const v = scene.cameras.main.worldView;
    return {
      readableZoom: scene.readableZoom(),
      counterLabelPx: scene.counterLabelPx(),
      placeLabelPx: scene.placeLabelPx(),
      overlays: scene.overlaysShown(),
      effectsPlayed: scene.effectsPlayed,
      pointsShown: scene.pointsShown,
      light: scene.lightCover(),
      objectives: scene.objectiveCount,
      zoom: scene.cameras.main.zoom,
      view: { x: v.x, y: v.y, width: v.width, height: v.height },
      world: { width: scene.geometry.pixelWidth, height: scene.geometry.pixelHeight },
    };
  }

  /** For the e2e test hook: zoom about the screen centre. */
  zoomBy(factor: number): void {
    const cam = this.scene?.cameras.main;
    if (cam) this.scene!.mapCamera.zoomAt(cam.width / 2, cam.height / 2, factor);
  }

  /**
   * Start the view over the player's own units and the hexes of their own objectives, so the first screen shows both
   * who is there and where to go (zoomed out as far as that needs, never past fitting the whole map).
   */
  private lookAtOwnForces(): void {
    const side = this.shown ?? this.session.perspective();
    const state = this.session.state;
    const map = state.setup.map;
    const own = state.units.filter((u) => u.side === side && u.hex).map((u) => indexOf(map, u.hex!));
    const goals = objectiveHexes(state)
      .filter((o) => o.objectives.some((x) => x.side === side))
      .map((o) => o.index);
    this.scene?.frameHexes(own.filter((i) => i >= 0), goals);
  }

  private drawMinimap(): void {
    if (!this.scene || !this.minimap) return;
    const v = this.scene.cameras.main.worldView;
    this.minimap.draw(
      this.shown ? this.view.state.units : [],
      { x: v.x, y: v.y, width: v.width, height: v.height },
      this.shown ? objectiveHexes(this.session.state).map((o) => o.index) : [],
    );
  }

  /** Redraws the map and the panels from the session and selection. */
  refresh(glideMs = 0): void {
    if (this.disposed) return;
    const scene = this.scene;
    const state = this.session.state;
    if (scene) {
      const clock = clockAt(state.setup, state.turn);
      scene.setLight(clock.light, clock.weather?.name ?? null);
      scene.setObjectives(this.shown ? objectiveHexes(state) : []);
      if (this.shown) {
        scene.setStacks(stacksByHex(this.view.state), this.acting?.unitId ?? this.selection.selectedId, glideMs, this.shown);
        this.setFog(this.view.visible);
      } else {
        scene.setStacks(new Map(), null);
        this.setFog(new Uint8Array(state.setup.map.width * state.setup.map.height));
      }
      scene.setSelection(this.selection, this.selectedHex());
      this.drawOverlays(scene);
      this.drawMinimap();
    }
    this.hud.render(this.model());
    if (this.shown) this.tutorial?.update(this.view.state.units, this.selection.selectedId);
    if (this.tooltipIndex >= 0) this.updateTooltip(this.tooltipIndex);
  }

  /** The coach's closing words: the player's own objectives, by name and deadline. */
  private tutorialGoal(): string {
    const side = this.session.request.side;
    const goals = objectiveRows(this.session.state).filter((o) => o.side === side).map((o) => `${o.name} (${o.deadline})`);
    return `Now win: ${goals.join('; ')}. The rings on the map mark the objectives; the Briefing lists them.`;
  }

  /** The fog drawn last: redrawing it is costly, so only a change is passed on. */
  private lastFog: Uint8Array | null = null;

  private setFog(visible: Uint8Array): void {
    const last = this.lastFog;
    if (last && last.length === visible.length && last.every((v, i) => v === visible[i])) return;
    this.lastFog = visible.slice();
    this.scene?.setFog(visible);
  }

  private model(): HudModel {
    const reader = this.shown;
    const id = this.selection.selectedId;
    const canOrder = this.canOrder();
    return hudModel({
      title: this.options.entry.title,
      state: this.session.state,
      seen: this.view.state,
      reader,
      selection: this.selection,
      canOrder,
      aiRunning: this.ai.isRunning,
      aiText: this.acting?.text ?? null,
      aiPace: this.pace,
      status: this.status,
      log: reader ? this.session.logFor(reader) : [],
      offeredOrders: id && canOrder ? this.rules.unitOrders(this.view.state, id) : [],
      canUndo: canOrder && this.session.canUndo(),
      overlays: this.overlaysOn,
      legend: this.overlays.has('legend') && reader ? this.rules.movementTable(this.view.state, id && this.view.state.units.some((u) => u.id === id && u.side === reader) ? id : null) : null,
    });
  }

  /** For the e2e test hook: screen position of a hex. */
  screenOfHex(index: number): { x: number; y: number } | null {
    return this.scene ? this.scene.screenOfHex(index) : null;
  }

  /** Moves the camera by screen pixels (the speed test pans with it). */
  panBy(dx: number, dy: number): void {
    this.scene?.mapCamera.panBy(dx, dy);
  }

  /** For the e2e test hook: whether the map is being redrawn now, and how often it has gone to sleep. */
  renderLoop(): { awake: boolean; sleeps: number } | null {
    const governor = this.game ? renderGovernorOf(this.game) : undefined;
    return governor ? { awake: governor.awake, sleeps: governor.sleeps } : null;
  }

  get sceneReady(): boolean {
    return this.scene !== null;
  }
}

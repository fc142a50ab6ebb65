/**
 * The replay viewer's glue: a game record opened in a replay cursor, drawn by the same battle scene as a game, moved
 * about by the transport, the timeline, the keys and the URL (which keeps the position, so a teacher can link to a
 * moment). It shows the map as the observer or as either side saw it, highlights what each command did, and hands a
 * branch ("take command from here") to the app. It holds no rule of its own.
 */
import type Phaser from 'phaser';
import { SIDE_NAMES, clockAt, indexOf, type GameState, type Side } from '../engine';
import type { ControlChange, GameRecord, ReplayCursor } from '../replay';
import type { ScenarioEntry } from './controller/catalog';
import { replayLog, stepEffect, timelineMarks, type ReplayViewpoint } from './controller/replay-model';
import type { RulesPort } from './controller/rules-port';
import { stacksByHex } from './controller/stacks';
import { Minimap } from './hud/minimap';
import { ReplayHud, SPEED_COMMANDS_PER_SECOND, type ReplaySpeed } from './hud/replay-hud';
import { createPhaserGame } from './render/phaser-game';
import { BattleScene } from './scenes/battle-scene';

export interface ReplayOptions {
  readonly cursor: ReplayCursor;
  readonly entry: ScenarioEntry;
  readonly rules: RulesPort;
  /** The position to open at. */
  readonly start: number;
  /** Called whenever the position changes (the app writes it into the URL). */
  readonly onPosition: (position: number, turn: number) => void;
  readonly onMenu: () => void;
  /** The way back's words when it is not the menu (a lab's game goes back to the lab). */
  readonly menuLabel?: string;
  /**
   * A new game record that starts as this one did, to be played on. This, share and download are absent when the
   * cursor holds only part of a game (a lab run from a position), which no record file can stand for.
   */
  readonly onBranch?: (record: GameRecord, take: 'soviet' | 'japanese' | 'hotseat') => void;
  readonly onShare?: (position: number, turn: number) => string;
  readonly onDownload?: () => void;
  /** "Run games from here": the what-if lab from this position. */
  readonly onRunFromHere?: (position: number, state: GameState, turn: number) => void;
}


export class ReplayController {
  private readonly cursor: ReplayCursor;
  private scene: BattleScene | null = null;
  private game: Phaser.Game | null = null;
  private readonly hud: ReplayHud;
  private minimap: Minimap | null = null;
  private viewpoint: ReplayViewpoint = 'observer';
  private speed: ReplaySpeed = 'normal';
  private timer: ReturnType<typeof setInterval> | null = null;
  private disposed = false;
  private readonly keyHandler = (e: KeyboardEvent) => this.onKey(e);
  private readonly labels: Map<string, { label: string; side: Side }>;
  private readonly marks;

  constructor(private readonly options: ReplayOptions) {
    this.cursor = options.cursor;
    this.labels = new Map(this.cursor.initial.units.map((u) => [u.id, { label: u.label, side: u.side }]));
    const names = new Map(this.cursor.initial.setup.objectives.map((o) => [o.id, o.name]));
    this.marks = timelineMarks(this.cursor.steps, (id) => names.get(id) ?? 'Objective');
    this.cursor.seek(options.start);
    this.hud = new ReplayHud({
      seek: (p) => this.goTo(p),
      first: () => this.goTo(0),
      last: () => this.goTo(this.cursor.length),
      stepBack: () => this.goTo(this.cursor.position - 1),
      stepForward: () => this.goTo(this.cursor.position + 1),
      previousTurn: () => this.goToTurn(this.turnHere() - (this.cursor.position === this.cursor.turnStart(this.turnHere()) ? 1 : 0)),
      nextTurn: () => this.goToTurn(this.turnHere() + 1),
      togglePlay: () => this.togglePlay(),
      setSpeed: (s) => {
        this.speed = s;
        if (this.timer) this.play();
        this.refresh();
      },
      goToTurn: (t) => this.goToTurn(t),
      setViewpoint: (v) => {
        this.viewpoint = v;
        this.refresh();
      },
      ...(options.onBranch ? { takeCommand: (side: 'soviet' | 'japanese' | 'hotseat') => this.takeCommand(side) } : {}),
      ...(options.onShare ? { share: () => this.hud.say(options.onShare!(this.cursor.position, this.turnHere())) } : {}),
      ...(options.onDownload ? { download: () => options.onDownload!() } : {}),
      ...(options.onRunFromHere
        ? {
            runFromHere: () => {
              this.pause();
              options.onRunFromHere!(this.cursor.position, this.cursor.state, this.turnHere());
            },
          }
        : {}),
      menu: () => this.options.onMenu(),
      ...(options.menuLabel ? { menuLabel: options.menuLabel } : {}),
    });
    window.addEventListener('keydown', this.keyHandler);
    const scene = new BattleScene({
      map: this.cursor.initial.setup.map,
      onViewChange: () => this.drawMinimap(),
      onReady: (s) => {
        this.scene = s;
        this.minimap = new Minimap(this.cursor.initial.setup.map, s.geometry, (x, y) => s.mapCamera.centreOn(x, y));
        const map = this.cursor.initial.setup.map;
        s.lookAtHexes(this.cursor.state.units.filter((u) => u.hex).map((u) => indexOf(map, u.hex!)).filter((i) => i >= 0));
        this.refresh();
      },
    });
    this.game = createPhaserGame(scene);
    this.refresh();
  }

  /** Shows the game's parent and branches among the saved games. */
  setFamily(entries: Parameters<ReplayHud['setFamily']>[0]): void {
    if (!this.disposed) this.hud.setFamily(entries);
  }

  get position(): number {
    return this.cursor.position;
  }

  get sceneReady(): boolean {
    return this.scene !== null;
  }

  get state(): GameState {
    return this.cursor.state;
  }

  /** The last state the record reaches (how its game ended). */
  get lastState(): GameState {
    return this.cursor.last;
  }

  get record(): GameRecord {
    return this.cursor.record;
  }

  dispose(): void {
    this.disposed = true;
    this.pause();
    window.removeEventListener('keydown', this.keyHandler);
    this.game?.destroy(true);
    this.game = null;
    this.scene = null;
    this.hud.dispose();
  }

  goTo(position: number, glideMs = 0): void {
    this.cursor.seek(position);
    if (this.cursor.position >= this.cursor.length) this.pause();
    this.refresh(glideMs);
    this.options.onPosition(this.cursor.position, this.turnHere());
  }

  goToTurn(turn: number): void {
    this.goTo(this.cursor.turnStart(Math.max(1, turn)));
  }

  private turnHere(): number {
    return this.cursor.state.turn;
  }

  private togglePlay(): void {
    if (this.timer) this.pause();
    else this.play();
    this.refresh();
  }

  private play(): void {
    this.pause();
    if (this.cursor.position >= this.cursor.length) this.cursor.seek(0);
    const perSecond = SPEED_COMMANDS_PER_SECOND[this.speed];
    const ms = Math.max(25, Math.round(1000 / perSecond));
    this.timer = setInterval(() => {
      if (this.disposed) return;
      this.goTo(this.cursor.position + 1, Math.min(ms, 250));
    }, ms);
  }

  private pause(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** "Take command from here": a branch record that keeps the commands so far, with who now commands each side. */
  private takeCommand(take: 'soviet' | 'japanese' | 'hotseat'): void {
    this.pause();
    const p = this.cursor.position;
    const control: ControlChange[] = (['soviet', 'japanese'] as const).map((side) =>
      take === 'hotseat' || take === side ? { commandIndex: p, side, player: 'human' } : { commandIndex: p, side, player: 'ai', difficulty: 'regular' },
    );
    this.options.onBranch?.(this.cursor.branch(p, control), take);
  }

  private onKey(e: KeyboardEvent): void {
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => this.goTo(this.cursor.position - 1),
      ArrowRight: () => this.goTo(this.cursor.position + 1),
      PageUp: () => this.goToTurn(this.turnHere() - (this.cursor.position === this.cursor.turnStart(this.turnHere()) ? 1 : 0)),
      PageDown: () => this.goToTurn(this.turnHere() + 1),
      Home: () => this.goTo(0),
      End: () => this.goTo(this.cursor.length),
      ' ': () => this.togglePlay(),
    };
    const act = actions[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  }

  private drawMinimap(): void {
    if (!this.scene || !this.minimap) return;
    const v = this.scene.cameras.main.worldView;
    this.minimap.draw(this.shownState().units, { x: v.x, y: v.y, width: v.width, height: v.height });
  }

  /** The state as the chosen eyes see it, and which hexes are in sight (null: all). */
  private shownState(): GameState {
    return this.viewpoint === 'observer' ? this.cursor.state : this.options.rules.viewFor(this.cursor.state, this.viewpoint).state;
  }

  private refresh(glideMs = 0): void {
    if (this.disposed) return;
    const state = this.cursor.state;
    const setup = state.setup;
    const clock = clockAt(setup, state.turn);
    const map = setup.map;
    const step = this.cursor.position > 0 ? this.cursor.steps[this.cursor.position - 1] : undefined;
    if (this.scene) {
      this.scene.setLight(clock.light, clock.weather?.name ?? null);
      if (this.viewpoint === 'observer') {
        this.scene.setStacks(stacksByHex(state), null, glideMs);
        this.scene.setFog(null);
      } else {
        const view = this.options.rules.viewFor(state, this.viewpoint);
        this.scene.setStacks(stacksByHex(view.state), null, glideMs);
        this.scene.setFog(view.visible);
      }
      this.scene.drawEffect(stepEffect(step, map));
      this.drawMinimap();
    }
    const labelOf = (id: string) => this.labels.get(id)?.label ?? id;
    const sideOf = (id: string) => this.labels.get(id)?.side;
    const result = state.result ? (state.result.winner === 'draw' ? 'Draw' : `${SIDE_NAMES[state.result.winner]} ${state.result.level} victory`) : null;
    const d = this.cursor.divergence;
    this.hud.render({
      title: `${this.options.entry.title} — replay`,
      dateTime: `${clock.date} ${clock.hourMinute}`,
      turn: state.turn,
      turns: setup.clock.turns,
      sideToMove: SIDE_NAMES[state.activeSide],
      position: this.cursor.position,
      length: this.cursor.length,
      playing: this.timer !== null,
      speed: this.speed,
      viewpoint: this.viewpoint,
      log: replayLog(this.cursor.steps, this.cursor.position, labelOf, sideOf, this.viewpoint, (id) => setup.objectives.find((o) => o.id === id)?.name ?? 'an objective'),
      marks: this.marks,
      stepText: step ? `${SIDE_NAMES[step.side]}, turn ${step.turn}: ${describeStep(step.command.type, 'unitId' in step.command ? labelOf(step.command.unitId) : 'unitIds' in step.command ? step.command.unitIds.map(labelOf).join(', ') : '')}` : 'The start of the game.',
      divergence: d ? `This record diverges from the rules at turn ${d.turn}: ${d.message}. It plays up to there.` : null,
      result,
    });
  }
}

const STEP_WORDS: Readonly<Record<string, string>> = {
  move: 'move',
  attack: 'assault',
  fire: 'direct fire',
  bombard: 'bombardment',
  'air-strike': 'air strike',
  entrench: 'digging in',
  rally: 'rally',
  'build-bridge': 'bridging',
  exit: 'leaving the map',
  'end-turn': 'end of its turn',
};

const describeStep = (type: string, who: string): string => `${STEP_WORDS[type] ?? type}${who ? ` by ${who}` : ''}.`;

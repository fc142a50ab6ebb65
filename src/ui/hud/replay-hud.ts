/**
 * The replay viewer's panels: the clock and turn, the transport (first, previous turn, step back, play/pause, step,
 * next turn, last, speed), the timeline slider with the milestones marked on it, "go to turn", whose eyes to use, the
 * event log in step with the position (click a line to go there), the divergence warning, and the buttons to take
 * command from here, share and download. It renders a model and reports presses; it decides nothing.
 */
import type { ReplayLogLine, ReplayViewpoint, TimelineMark } from '../controller/replay-model';
import { byId, fill, h } from './dom';

export interface ReplayHudModel {
  readonly title: string;
  readonly dateTime: string;
  readonly turn: number;
  readonly turns: number;
  readonly sideToMove: string;
  readonly position: number;
  readonly length: number;
  readonly playing: boolean;
  readonly speed: ReplaySpeed;
  readonly viewpoint: ReplayViewpoint;
  readonly log: readonly ReplayLogLine[];
  readonly marks: readonly TimelineMark[];
  /** What the command just played was, in words ("Move of 2/149"). */
  readonly stepText: string;
  readonly divergence: string | null;
  readonly result: string | null;
}

export type ReplaySpeed = 'slow' | 'normal' | 'fast';
export const SPEED_COMMANDS_PER_SECOND: Readonly<Record<ReplaySpeed, number>> = { slow: 2, normal: 8, fast: 40 };

export interface ReplayHudHandlers {
  seek(position: number): void;
  first(): void;
  last(): void;
  stepBack(): void;
  stepForward(): void;
  previousTurn(): void;
  nextTurn(): void;
  togglePlay(): void;
  setSpeed(speed: ReplaySpeed): void;
  goToTurn(turn: number): void;
  setViewpoint(v: ReplayViewpoint): void;
  /** Absent for a game that is not a whole record (a lab run from a position): no branch, share or download then. */
  takeCommand?(side: 'soviet' | 'japanese' | 'hotseat'): void;
  share?(): void;
  download?(): void;
  /** "Run games from here": the what-if lab from this position. */
  runFromHere?(): void;
  menu(): void;
  /** The words on the way back ("Menu", or "Back to the lab"). */
  readonly menuLabel?: string;
}

export class ReplayHud {
  private readonly root = byId('hud');
  private readonly clock = h('div', { id: 'clock', class: 'panel' });
  private readonly log = h('div', { id: 'log', class: 'panel replay-log', 'aria-label': 'Event log' });
  private readonly slider: HTMLInputElement;
  private readonly ticks = h('div', { class: 'ticks', 'aria-hidden': 'true' });
  private readonly positionText = h('span', { id: 'replay-position' });
  private readonly playButton: HTMLButtonElement;
  private readonly speedSelect: HTMLSelectElement;
  private readonly viewSelect: HTMLSelectElement;
  private readonly turnInput: HTMLInputElement;
  private readonly banner = h('div', { id: 'replay-divergence', class: 'panel hidden', role: 'alert' });
  private readonly status = h('div', { id: 'status', class: 'panel', role: 'status' });
  private readonly family = h('details', { id: 'replay-family', class: 'panel hidden' });
  private lastLogKey = '';
  private lastMarksKey = '';

  constructor(private readonly handlers: ReplayHudHandlers) {
    const btn = (id: string, label: string, title: string, onclick: () => void) => h('button', { id, title, 'aria-label': title, onclick }, label);
    this.slider = h('input', {
      id: 'replay-slider',
      type: 'range',
      min: '0',
      max: '0',
      value: '0',
      'aria-label': 'Position in the game (commands played)',
      oninput: () => handlers.seek(Number(this.slider.value)),
    });
    this.playButton = btn('replay-play', 'Play', 'Play or pause (Space)', () => handlers.togglePlay()) as HTMLButtonElement;
    this.speedSelect = h(
      'select',
      { id: 'replay-speed', 'aria-label': 'Playback speed', onchange: () => handlers.setSpeed(this.speedSelect.value as ReplaySpeed) },
      h('option', { value: 'slow' }, 'Slow'),
      h('option', { value: 'normal' }, 'Normal'),
      h('option', { value: 'fast' }, 'Fast'),
    );
    this.viewSelect = h(
      'select',
      { id: 'replay-view', 'aria-label': 'Whose eyes', onchange: () => handlers.setViewpoint(this.viewSelect.value as ReplayViewpoint) },
      h('option', { value: 'observer' }, 'Observer: everything'),
      h('option', { value: 'soviet' }, 'As the Soviet side saw it'),
      h('option', { value: 'japanese' }, 'As the Japanese side saw it'),
    );
    this.turnInput = h('input', { id: 'replay-turn', type: 'number', min: '1', 'aria-label': 'Go to turn', title: 'Go to the start of this turn (Enter)' });
    const goTo = h(
      'form',
      {
        class: 'go-to',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const t = Number(this.turnInput.value);
          if (Number.isInteger(t)) handlers.goToTurn(t);
        },
      },
      h('label', { for: 'replay-turn' }, 'Turn'),
      this.turnInput,
      h('button', { type: 'submit', id: 'replay-go' }, 'Go'),
    );
    const take = h(
      'select',
      {
        id: 'replay-take',
        'aria-label': 'Take command from here',
        title: 'Play on from this position against the computer (a new saved game, a branch of this one)',
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          (e.target as HTMLSelectElement).value = '';
          if (v === 'soviet' || v === 'japanese' || v === 'hotseat') handlers.takeCommand?.(v);
        },
      },
      h('option', { value: '' }, 'Take command from here…'),
      h('option', { value: 'soviet' }, 'as the Soviet side'),
      h('option', { value: 'japanese' }, 'as the Japanese side'),
      h('option', { value: 'hotseat' }, 'both sides (two players)'),
    );
    const topbar = h(
      'div',
      { id: 'topbar' },
      this.clock,
      h('div', { class: 'spacer' }),
      this.family,
      this.viewSelect,
      handlers.takeCommand ? take : null,
      handlers.runFromHere
        ? btn('replay-lab', 'Run games from here', 'What-if lab: the computer plays many games on from this moment, so you can see where this game’s result falls among them', () => handlers.runFromHere?.())
        : null,
      handlers.share ? btn('replay-share', 'Share link', 'Copy a link that carries this game and this position', () => handlers.share?.()) : null,
      handlers.download ? btn('replay-download', 'Download', 'Download the game record', () => handlers.download?.()) : null,
      btn('to-menu', handlers.menuLabel ?? 'Menu', handlers.menuLabel ?? 'Back to the menu', () => handlers.menu()),
    );
    const transport = h(
      'div',
      { id: 'replay-controls', class: 'panel' },
      h(
        'div',
        { class: 'row' },
        btn('replay-first', '⇤', 'First position (Home)', () => handlers.first()),
        btn('replay-prev-turn', '◀◀', 'Previous turn (Page Up)', () => handlers.previousTurn()),
        btn('replay-back', '◀', 'One command back (←)', () => handlers.stepBack()),
        this.playButton,
        btn('replay-forward', '▶', 'One command forward (→)', () => handlers.stepForward()),
        btn('replay-next-turn', '▶▶', 'Next turn (Page Down)', () => handlers.nextTurn()),
        btn('replay-last', '⇥', 'Last position (End)', () => handlers.last()),
        this.speedSelect,
        goTo,
        this.positionText,
      ),
      h('div', { class: 'timeline' }, this.slider, this.ticks),
    );
    fill(this.root, topbar, this.banner, transport, this.log, this.status, h('div', { id: 'minimap', class: 'panel' }));
    this.root.classList.remove('hidden');
    this.root.classList.add('replay');
  }

  render(m: ReplayHudModel): void {
    fill(
      this.clock,
      h('span', { class: 'title' }, m.title),
      h('span', { id: 'clock-date' }, m.dateTime),
      h('span', { id: 'turn' }, `Turn ${m.turn} of ${m.turns}`),
      h('span', { id: 'side-to-move' }, m.result ?? `${m.sideToMove} to move`),
      h('span', { class: 'tag' }, 'Replay'),
    );
    this.slider.max = String(m.length);
    this.slider.value = String(m.position);
    this.slider.setAttribute('aria-valuetext', `command ${m.position} of ${m.length}, turn ${m.turn}`);
    this.positionText.textContent = `Command ${m.position} of ${m.length}`;
    this.playButton.textContent = m.playing ? 'Pause' : 'Play';
    this.playButton.setAttribute('aria-pressed', String(m.playing));
    this.speedSelect.value = m.speed;
    this.viewSelect.value = m.viewpoint;
    this.turnInput.max = String(m.turns);
    if (document.activeElement !== this.turnInput) this.turnInput.value = String(m.turn);
    this.banner.classList.toggle('hidden', !m.divergence);
    this.banner.textContent = m.divergence ?? '';
    this.status.textContent = m.stepText;
    this.renderMarks(m);
    this.renderLog(m);
  }

  private renderMarks(m: ReplayHudModel): void {
    const key = `${m.length}:${m.marks.length}`;
    if (key === this.lastMarksKey) return;
    this.lastMarksKey = key;
    fill(
      this.ticks,
      ...m.marks.map((mark) =>
        h('button', {
          class: `tick ${mark.kind}`,
          style: `left:${m.length ? (mark.position / m.length) * 100 : 0}%`,
          title: `Turn ${mark.turn}: ${mark.label}`,
          'aria-label': `Go to turn ${mark.turn}: ${mark.label}`,
          onclick: () => this.handlers.seek(mark.position),
        }),
      ),
    );
  }

  private renderLog(m: ReplayHudModel): void {
    const key = `${m.viewpoint}:${m.log.length}:${m.position}`;
    if (key === this.lastLogKey) return;
    this.lastLogKey = key;
    // The last 200 lines: enough to read back a turn of the largest battle without a slow redraw.
    fill(
      this.log,
      ...m.log.slice(-200).map((l) =>
        h('button', { class: `log-line${l.position === m.position ? ' current' : ''}`, title: `Go to this moment (turn ${l.turn})`, onclick: () => this.handlers.seek(l.position) }, l.text),
      ),
    );
    this.log.scrollTop = this.log.scrollHeight;
  }

  /**
   * The game's family among the saved games: the game it branched from and the branches taken from it, each a
   * button that opens it (and, for a branch, its branch point in this game).
   */
  setFamily(entries: readonly { readonly text: string; readonly open: () => void; readonly seek?: () => void }[]): void {
    this.family.classList.toggle('hidden', entries.length === 0);
    fill(
      this.family,
      h('summary', {}, `Branches (${entries.length})`),
      h(
        'ul',
        {},
        ...entries.map((e) =>
          h(
            'li',
            {},
            e.text,
            ' ',
            e.seek ? h('button', { class: 'family-seek', title: 'Go to the moment the branch left this game', onclick: e.seek }, 'Branch point') : null,
            h('button', { class: 'family-open', title: 'Watch that game', onclick: e.open }, 'Watch'),
          ),
        ),
      ),
    );
  }

  /** A short message in the status line (e.g. "Link copied"). */
  say(text: string): void {
    this.status.textContent = text;
  }

  dispose(): void {
    this.root.replaceChildren();
    this.root.classList.remove('replay');
    this.root.classList.add('hidden');
  }
}

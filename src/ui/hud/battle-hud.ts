/**
 * The panels around the battle map: scenario and clock (date, time, turn of N, light), the side to move, end turn,
 * help and menu buttons, the unit panel, the attack preview with every modifier, the event log, the status line and
 * the banner shown while the computer moves. It renders a model and reports button presses; it decides nothing.
 */
import type { Command } from '../../engine/types';
import type { Side } from '../../engine/vocabulary';
import type { LogLine } from '../controller/game-session';
import type { AttackPreviewView } from '../controller/rules-port';
import type { UnitSummary } from '../controller/unit-summary';
import { SIDE_COLOURS } from '../render/palette';
import { byId, fill, h } from './dom';

export interface HudModel {
  readonly title: string;
  readonly date: string;
  readonly time: string;
  readonly turnText: string;
  readonly light: 'day' | 'dusk' | 'night';
  /** What the clock panel says: dawn and dusk share the same (half) light but are named apart. */
  readonly phase: 'dawn' | 'day' | 'dusk' | 'night';
  readonly weather: string | null;
  readonly sideToMove: Side;
  readonly perspective: Side;
  readonly humanTurn: boolean;
  readonly aiRunning: boolean;
  readonly unit: (UnitSummary & { readonly own: boolean }) | null;
  readonly preview: AttackPreviewView | null;
  readonly log: readonly LogLine[];
  readonly status: string | null;
  /** Orders the selected unit may give now besides moving and attacking, with their button words. */
  readonly orders: readonly { readonly command: Command; readonly label: string; readonly title: string }[];
  /** The last order may be taken back (it taught the player nothing new). */
  readonly canUndo: boolean;
}

export interface HudHandlers {
  endTurn(): void;
  nextUnit(): void;
  help(): void;
  menu(): void;
  confirmAttack(): void;
  cancel(): void;
  skipAi(): void;
  order(command: Command): void;
  briefing(): void;
  undo(): void;
}

const sideName = (s: Side) => (s === 'soviet' ? 'Soviet' : 'Japanese');

export class BattleHud {
  private readonly root = byId('hud');
  private readonly clock = h('div', { id: 'clock', class: 'panel' });
  private readonly endTurnButton: HTMLButtonElement;
  private readonly unitPanel = h('div', { id: 'unit-panel', class: 'panel hidden', 'aria-live': 'polite' });
  private readonly preview = h('div', { id: 'preview', class: 'panel hidden', role: 'dialog', 'aria-label': 'Attack preview' });
  private readonly log = h('div', { id: 'log', class: 'panel', 'aria-label': 'Event log' });
  private readonly status = h('div', { id: 'status', class: 'panel', role: 'status' });
  private readonly aiBanner: HTMLElement;
  private lastLogLength = -1;
  private readonly tooltip = h('div', { id: 'tooltip', class: 'panel hidden', role: 'tooltip' });

  constructor(private readonly handlers: HudHandlers) {
    this.endTurnButton = h('button', { id: 'end-turn', class: 'primary', title: 'End your part of the turn (E)', onclick: () => handlers.endTurn() }, 'End turn');
    this.aiBanner = h(
      'div',
      { id: 'ai-banner', class: 'panel hidden' },
      h('span', { id: 'ai-text' }, 'The computer is moving…'),
      h('button', { id: 'skip-ai', title: 'Show the rest of the computer’s moves at once (Space)', onclick: () => handlers.skipAi() }, 'Skip'),
    );
    const topbar = h(
      'div',
      { id: 'topbar' },
      this.clock,
      h('div', { class: 'spacer' }),
      h('button', { id: 'next-unit', class: 'panel-button', title: 'Select the next unit that can still act (N)', onclick: () => handlers.nextUnit() }, 'Next unit'),
      h('button', { id: 'undo', title: 'Take back your last order, if it showed you nothing new (Ctrl+Z)', onclick: () => handlers.undo() }, 'Undo'),
      this.endTurnButton,
      h('button', { id: 'briefing', title: 'Your orders and the situation', onclick: () => handlers.briefing() }, 'Briefing'),
      h('button', { id: 'help', title: 'Keys and how to play (H or ?)', onclick: () => handlers.help() }, 'Help'),
      h('button', { id: 'to-menu', title: 'Back to the menu (the game stays saved)', onclick: () => handlers.menu() }, 'Menu'),
    );
    fill(this.root, topbar, this.unitPanel, this.preview, this.log, this.status, this.aiBanner, h('div', { id: 'minimap', class: 'panel' }), this.tooltip);
    this.root.classList.remove('hidden');
  }

  render(m: HudModel): void {
    fill(
      this.clock,
      h('span', { class: 'title' }, m.title),
      h('span', { id: 'clock-date', title: 'Date and local time at the start of this turn' }, `${m.date} ${m.time}`),
      h('span', { class: `light ${m.light}`, title: 'Light: at night, dawn and dusk units see and are seen only close by' }, m.phase),
      m.weather ? h('span', { title: 'Weather' }, m.weather) : null,
      h('span', { id: 'turn', title: 'Turn of the scenario’s total' }, m.turnText),
      h('span', { class: `side-chip ${m.sideToMove}`, id: 'side-to-move', title: 'The side moving now' }, `${sideName(m.sideToMove)} to move`),
    );
    this.endTurnButton.disabled = !m.humanTurn;
    (document.getElementById('undo') as HTMLButtonElement | null)?.toggleAttribute('disabled', !m.canUndo);
    (document.getElementById('next-unit') as HTMLButtonElement | null)?.toggleAttribute('disabled', !m.humanTurn);
    this.aiBanner.classList.toggle('hidden', !m.aiRunning);
    this.renderUnit(m);
    this.renderPreview(m.preview);
    this.renderLog(m.log);
    this.status.textContent = m.status ?? '';
  }

  /** The hex tooltip near the pointer; no lines hides it. */
  showTooltip(lines: readonly string[], x: number, y: number): void {
    this.tooltip.classList.toggle('hidden', lines.length === 0);
    if (lines.length === 0) return;
    fill(this.tooltip, ...lines.map((l, k) => h('div', k === 0 ? { style: 'font-weight:600' } : {}, l)));
    const left = Math.min(x + 18, window.innerWidth - 290);
    const top = Math.min(y + 18, window.innerHeight - 24 * lines.length - 20);
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${top}px`;
  }

  private renderUnit(m: HudModel): void {
    const u = m.unit;
    this.unitPanel.classList.toggle('hidden', !u);
    if (!u) return;
    fill(
      this.unitPanel,
      h('h3', {}, u.title),
      h('div', { class: 'sub' }, u.subtitle),
      h('div', {}, `Men: ${u.men.now} of ${u.men.start} (${u.strengthPercent}%)`),
      h('div', { class: 'bar', title: 'Strength: men fit to fight against the start' }, h('div', { style: `width:${u.strengthPercent}%` })),
      u.rows.length > 0
        ? h(
            'table',
            {},
            h('tr', {}, h('th', {}, 'Equipment'), h('th', { class: 'n' }, 'Now'), h('th', { class: 'n' }, 'Start'), h('th', { class: 'n' }, 'Damaged')),
            ...u.rows.map((r) => h('tr', {}, h('td', { title: r.id }, r.name), h('td', { class: 'n' }, String(r.now)), h('td', { class: 'n' }, String(r.start)), h('td', { class: 'n' }, r.damaged ? String(r.damaged) : ''))),
          )
        : null,
      h('table', {}, ...u.condition.map((c) => h('tr', {}, h('td', {}, c.label), h('td', { class: 'n' }, c.value)))),
      u.own ? h('div', { class: 'sub', style: 'margin-top:6px' }, `Can still: ${u.canStill.join(', ')}.`) : null,
      u.own && m.humanTurn && m.orders.length > 0
        ? h(
            'div',
            { class: 'actions' },
            ...m.orders.map((o) => h('button', { class: 'order', dataset: { order: o.command.type }, title: o.title, onclick: () => this.handlers.order(o.command) }, o.label)),
          )
        : null,
      u.note ? h('p', { class: 'sub' }, u.note) : null,
    );
  }

  private renderPreview(p: AttackPreviewView | null): void {
    this.preview.classList.toggle('hidden', !p);
    if (!p) return;
    const word = p.kind === 'assault' ? 'Assault' : p.kind === 'fire' ? 'Direct fire' : 'Bombardment';
    fill(
      this.preview,
      h('h3', {}, `${word} — preview`),
      h('div', { class: 'sub' }, `Attacking: ${p.attackerIds.join(', ')}`),
      h('div', { class: 'odds', id: 'preview-odds', title: 'Attack strength against defence, after every modifier' }, p.odds),
      h('table', { id: 'preview-modifiers' }, ...p.modifiers.map((m) => h('tr', { title: m.why }, h('td', {}, m.name), h('td', { class: 'n' }, m.value)))),
      p.outcomes.length > 0 ? h('table', {}, ...p.outcomes.map((o) => h('tr', {}, h('td', {}, o.label), h('td', { class: 'n' }, `${o.percent}%`)))) : null,
      ...p.expected.map((line) => h('div', { class: 'sub' }, line)),
      h(
        'div',
        { class: 'buttons' },
        h('button', { id: 'confirm-attack', class: 'primary', title: 'Carry out the attack (Enter, or click the target again)', onclick: () => this.handlers.confirmAttack() }, 'Attack'),
        h('button', { id: 'cancel-attack', title: 'Call it off (Esc)', onclick: () => this.handlers.cancel() }, 'Cancel'),
      ),
    );
  }

  private renderLog(lines: readonly LogLine[]): void {
    if (lines.length === this.lastLogLength) return;
    this.lastLogLength = lines.length;
    fill(this.log, ...lines.slice(-200).map((l) => h('div', {}, l.text)));
    this.log.scrollTop = this.log.scrollHeight;
  }

  dispose(): void {
    this.root.replaceChildren();
    this.root.classList.add('hidden');
  }
}

/** Side colours for text. */
export const sideColour = (s: Side): string => SIDE_COLOURS[s].fill;

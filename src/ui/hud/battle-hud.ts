/**
 * The panels around the battle map: scenario and clock (date, time, turn of N, light), the side to move, end turn,
 * help and menu buttons, the unit panel, the attack preview with every modifier, the event log, the status line and
 * the banner shown while the computer moves. It renders a model and reports button presses; it decides nothing.
 */
import { SIDE_NAMES, type BySide, type Command, type Side, type Unit } from '../../engine';
import { rosterRows, type RosterSort } from '../controller/roster';
import { AI_PACES, isAiPace, type AiPace } from '../controller/ai-turn';
import type { LogLine } from '../controller/game-session';
import type { AttackPreviewView, MovementTable } from '../controller/rules-port';
import { OVERLAY_LABELS, OVERLAY_NAMES, type OverlayName } from '../controller/map-overlays';
import type { UnitSummary } from '../controller/unit-summary';
import { SIDE_COLOURS, TERRAIN_COLOURS, TERRAIN_NAMES } from '../render/palette';
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
  /** What the computer's acting unit does, as the side on screen may see it (null: it is thinking or unseen). */
  readonly aiText: string | null;
  /** How fast the computer's moves are played out. */
  readonly aiPace: AiPace;
  readonly unit: (UnitSummary & { readonly own: boolean }) | null;
  readonly preview: AttackPreviewView | null;
  /** The attackers of the previewed attack, by their labels. */
  readonly attackers: string;
  /** The overlays switched on (their buttons show pressed). */
  readonly overlays: readonly OverlayName[];
  /** The terrain legend's movement costs, when it is on. */
  readonly legend: MovementTable | null;
  /** Units that could join the previewed assault (from any hex next to the target), and whether they are in it. */
  readonly joinable: readonly { readonly id: string; readonly label: string; readonly checked: boolean }[];
  /** Objective points each side holds now (the engine's count). */
  readonly score: BySide<number>;
  /** "Game over: Soviet decisive victory" once the game has ended. */
  readonly resultText: string | null;
  readonly selectedId: string | null;
  /** The side on screen's own units (for the roster). */
  readonly units: readonly Unit[];
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
  /** The player chose how fast the computer's moves are played out. */
  setPace(pace: AiPace): void;
  order(command: Command): void;
  briefing(): void;
  undo(): void;
  /** A roster row was clicked: select that unit and centre the map on it. */
  selectUnit(id: string): void;
  /** A unit's box in the assault preview was ticked or cleared. */
  toggleAttacker(id: string): void;
  /** An overlay button was pressed. */
  toggleOverlay(name: OverlayName): void;
}


export class BattleHud {
  private readonly root = byId('hud');
  private readonly clock = h('div', { id: 'clock', class: 'panel' });
  private readonly endTurnButton: HTMLButtonElement;
  private readonly unitPanel = h('div', { id: 'unit-panel', class: 'panel hidden', 'aria-live': 'polite' });
  private readonly preview = h('div', { id: 'preview', class: 'panel hidden', role: 'dialog', 'aria-label': 'Attack preview' });
  private readonly log = h('div', { id: 'log', class: 'panel', role: 'log', 'aria-label': 'Event log', tabindex: '0' });
  private readonly status = h('div', { id: 'status', class: 'panel', role: 'status' });
  private readonly aiBanner: HTMLElement;
  private readonly aiText = h('span', { id: 'ai-text', 'aria-live': 'polite' }, 'The computer is moving…');
  private readonly paceSelect: HTMLSelectElement;
  private lastLogLength = -1;
  private readonly tooltip = h('div', { id: 'tooltip', class: 'panel hidden', role: 'tooltip' });
  private readonly score = h('span', { id: 'score', class: 'score', title: 'Objective points each side holds now (the briefing lists the objectives)' });
  private readonly roster = h('div', { id: 'roster', class: 'panel hidden', role: 'dialog', 'aria-label': 'Your units' });
  private readonly overlayBar = h('div', { id: 'overlay-bar', class: 'panel', role: 'toolbar', 'aria-label': 'Map overlays' });
  private readonly legend = h('div', { id: 'terrain-legend', class: 'panel hidden', 'aria-label': 'Terrain legend' });
  private legendKey = '';
  private rosterOpen = false;
  private rosterOnlyCanAct = true;
  private rosterSort: RosterSort = 'type';
  /** The unit panel folded down to its title (a phone's bottom sheet, or to see the map under it). */
  private unitCollapsed = window.matchMedia?.('(max-width: 700px)').matches ?? false;
  private lastModel: HudModel | null = null;
  private rosterKey = '';
  /** Whether the unit panel's equipment and condition tables are unfolded (kept from unit to unit). */
  private detailsOpen = false;

  constructor(private readonly handlers: HudHandlers) {
    this.endTurnButton = h('button', { id: 'end-turn', class: 'primary', title: 'End your part of the turn (E)', onclick: () => handlers.endTurn() }, 'End turn');
    this.paceSelect = h(
      'select',
      {
        id: 'ai-pace',
        'aria-label': 'Pace of the computer’s moves',
        title: 'How fast the computer’s moves are shown',
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          if (isAiPace(v)) handlers.setPace(v);
        },
      },
      ...AI_PACES.map((p) => h('option', { value: p }, p[0]!.toUpperCase() + p.slice(1))),
    ) as HTMLSelectElement;
    this.aiBanner = h(
      'div',
      { id: 'ai-banner', class: 'panel hidden' },
      this.aiText,
      h('label', { class: 'pace' }, 'Pace ', this.paceSelect),
      h('button', { id: 'skip-ai', title: 'Show the rest of the computer’s moves at once (Space)', onclick: () => handlers.skipAi() }, 'Skip'),
    );
    const topbar = h(
      'div',
      { id: 'topbar' },
      this.clock,
      this.score,
      h('div', { class: 'spacer' }),
      h('button', { id: 'roster-button', title: 'Your units: who can still act, by type', 'aria-expanded': 'false', onclick: () => this.toggleRoster() }, 'Units'),
      h('button', { id: 'next-unit', class: 'panel-button', title: 'Select the next unit that can still act (N)', onclick: () => handlers.nextUnit() }, 'Next unit'),
      h('button', { id: 'undo', title: 'Take back your last order, if it showed you nothing new (Ctrl+Z)', onclick: () => handlers.undo() }, 'Undo'),
      this.endTurnButton,
      h('button', { id: 'briefing', title: 'Your orders and the situation', onclick: () => handlers.briefing() }, 'Briefing'),
      h('button', { id: 'help', title: 'Keys and how to play (H or ?)', onclick: () => handlers.help() }, 'Help'),
      h('button', { id: 'to-menu', title: 'Back to the menu (the game stays saved)', onclick: () => handlers.menu() }, 'Menu'),
    );
    fill(
      this.overlayBar,
      ...OVERLAY_NAMES.map((name) =>
        h(
          'button',
          { class: 'overlay-toggle', dataset: { overlay: name }, title: OVERLAY_LABELS[name].title, 'aria-pressed': 'false', onclick: () => handlers.toggleOverlay(name) },
          OVERLAY_LABELS[name].label,
        ),
      ),
    );
    fill(this.root, topbar, this.overlayBar, this.legend, this.roster, this.unitPanel, this.preview, this.log, this.status, this.aiBanner, h('div', { id: 'minimap', class: 'panel' }), this.tooltip);
    this.root.classList.remove('hidden');
  }

  render(m: HudModel): void {
    fill(
      this.clock,
      h('span', { class: 'title' }, m.title),
      h('span', { id: 'clock-date', title: 'Date and local time at the start of this turn' }, `${m.date} ${m.time}`),
      h('span', { class: `light ${m.light}`, title: 'Light: at night, dawn and dusk units see and are seen only close by' }, m.phase),
      m.weather ? h('span', { class: 'weather', title: `Weather: ${m.weather}` }, m.weather) : null,
      h('span', { id: 'turn', title: 'Turn of the scenario’s total' }, m.turnText),
      m.resultText
        ? h('span', { class: 'side-chip over', id: 'side-to-move', title: 'The game has ended' }, m.resultText)
        : h('span', { class: `side-chip ${m.sideToMove}`, id: 'side-to-move', title: 'The side moving now' }, `${SIDE_NAMES[m.sideToMove]} to move`),
    );
    fill(this.score, h('span', { class: 'soviet' }, `★ Soviet ${m.score.soviet}`), ' – ', h('span', { class: 'japanese' }, `${m.score.japanese} Japanese`));
    this.lastModel = m;
    this.renderRoster();
    this.endTurnButton.disabled = !m.humanTurn;
    (document.getElementById('undo') as HTMLButtonElement | null)?.toggleAttribute('disabled', !m.canUndo);
    (document.getElementById('next-unit') as HTMLButtonElement | null)?.toggleAttribute('disabled', !m.humanTurn);
    this.aiBanner.classList.toggle('hidden', !m.aiRunning);
    this.aiText.textContent = m.aiText ?? 'The computer is moving…';
    if (this.paceSelect.value !== m.aiPace) this.paceSelect.value = m.aiPace;
    this.renderUnit(m);
    this.renderPreview(m.preview, m.attackers, m.joinable);
    for (const b of this.overlayBar.querySelectorAll<HTMLButtonElement>('button[data-overlay]')) {
      b.setAttribute('aria-pressed', String(m.overlays.includes(b.dataset.overlay as OverlayName)));
    }
    this.renderLegend(m.legend, m.unit?.own ? m.unit.title.split(" — ")[0]! : null);
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
    this.unitPanel.classList.toggle('collapsed', this.unitCollapsed);
    const toggle = h(
      'button',
      {
        id: 'unit-panel-toggle',
        class: 'fold',
        title: this.unitCollapsed ? 'Show the unit’s details' : 'Fold the panel down to its title, to see the map under it',
        'aria-expanded': String(!this.unitCollapsed),
        onclick: () => {
          this.unitCollapsed = !this.unitCollapsed;
          if (this.lastModel) this.renderUnit(this.lastModel);
        },
      },
      this.unitCollapsed ? '▴' : '▾',
    );
    const head = h('div', { class: 'head' }, h('h3', {}, u.title), toggle);
    const strength = h('div', { class: 'men' }, `Men: ${u.men.now} of ${u.men.start} (${u.strengthPercent}%)`);
    if (this.unitCollapsed) {
      fill(this.unitPanel, head, strength);
      return;
    }
    fill(
      this.unitPanel,
      head,
      h('div', { class: 'sub' }, u.subtitle),
      strength,
      h('div', { class: 'bar', title: 'Strength: men fit to fight against the start' }, h('div', { style: `width:${u.strengthPercent}%` })),
      h(
        'details',
        {
          id: 'unit-details',
          open: this.detailsOpen,
          ontoggle: (e: Event) => {
            this.detailsOpen = (e.target as HTMLDetailsElement).open;
          },
        },
        h('summary', { title: 'Equipment now against the start, cohesion, supply, ammunition, fatigue, losses' }, 'Equipment and condition'),
      u.rows.length > 0
          ? h(
              'table',
              {},
              h('tr', {}, h('th', {}, 'Equipment'), h('th', { class: 'n' }, 'Now'), h('th', { class: 'n' }, 'Start'), h('th', { class: 'n' }, 'Damaged')),
              ...u.rows.map((r) => h('tr', {}, h('td', {}, r.name), h('td', { class: 'n' }, String(r.now)), h('td', { class: 'n' }, String(r.start)), h('td', { class: 'n' }, r.damaged ? String(r.damaged) : ''))),
            )
          : null,
        h('table', {}, ...u.condition.map((c) => h('tr', {}, h('td', {}, c.label), h('td', { class: 'n' }, c.value)))),
      ),
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

  /** The terrain legend: a swatch, the terrain's name and its MP for the selected unit's class (or every class). */
  private renderLegend(t: MovementTable | null, unitName: string | null): void {
    this.legend.classList.toggle('hidden', !t);
    const key = t ? JSON.stringify([t, unitName]) : '';
    if (!t || key === this.legendKey) return;
    this.legendKey = key;
    const mp = (c: number | null) => (c === null ? '—' : String(c));
    fill(
      this.legend,
      h('h3', {}, 'Terrain and movement'),
      h('div', { class: 'sub' }, t.mobility && unitName ? `MP to enter, for ${unitName} (${t.mobility})${t.mpLeft !== null ? `; ${t.mpLeft} MP left` : ''}` : 'MP to enter, by mobility class (select a unit for its own)'),
      h(
        'table',
        {},
        h('tr', {}, h('th', {}, ''), h('th', {}, 'Terrain'), ...t.classes.map((c) => h('th', { class: 'n' }, t.classes.length > 1 ? c : 'MP'))),
        ...t.terrain.map((row) =>
          h(
            'tr',
            { class: 'legend-row' },
            h('td', {}, h('span', { class: 'swatch', style: `background:${TERRAIN_COLOURS[row.terrain]}` })),
            h('td', {}, TERRAIN_NAMES[row.terrain]),
            ...row.costs.map((c) => h('td', { class: 'n' }, mp(c))),
          ),
        ),
        ...t.other.map((row) => h('tr', { class: 'legend-row' }, h('td', {}, ''), h('td', {}, row.name), ...row.costs.map((c) => h('td', { class: 'n' }, mp(c))))),
      ),
      h('div', { class: 'sub' }, '— impassable. Climbing or descending a slope off the roads costs more.'),
    );
  }

  private renderPreview(p: AttackPreviewView | null, attackers: string, joinable: HudModel['joinable']): void {
    this.preview.classList.toggle('hidden', !p);
    if (!p) return;
    const word = p.kind === 'assault' ? 'Assault' : p.kind === 'fire' ? 'Direct fire' : 'Bombardment';
    fill(
      this.preview,
      h('h3', {}, `${word} — preview`),
      h('div', { class: 'sub', id: 'preview-attackers' }, `Attacking: ${attackers}`),
      joinable.length > 1
        ? h(
            'fieldset',
            { id: 'preview-join', class: 'join' },
            h('legend', {}, 'Attack with (or shift-click your units next to the target)'),
            ...joinable.map((j) =>
              h(
                'label',
                {},
                h('input', { type: 'checkbox', checked: j.checked, dataset: { unit: j.id }, onchange: () => this.handlers.toggleAttacker(j.id) }),
                ` ${j.label}`,
              ),
            ),
          )
        : null,
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

  toggleRoster(): void {
    this.rosterOpen = !this.rosterOpen;
    this.rosterKey = '';
    document.getElementById('roster-button')?.setAttribute('aria-expanded', String(this.rosterOpen));
    this.renderRoster();
  }

  get rosterShown(): boolean {
    return this.rosterOpen;
  }

  private renderRoster(): void {
    this.roster.classList.toggle('hidden', !this.rosterOpen);
    const m = this.lastModel;
    if (!this.rosterOpen || !m) return;
    const rows = rosterRows(m.units, m.perspective, { onlyCanAct: this.rosterOnlyCanAct, sort: this.rosterSort });
    const key = JSON.stringify([rows, m.selectedId]);
    if (key === this.rosterKey) return;
    this.rosterKey = key;
    fill(
      this.roster,
      h('div', { class: 'head' }, h('h3', {}, 'Your units'), h('button', { id: 'roster-close', class: 'fold', title: 'Close the list ', onclick: () => this.toggleRoster() }, '✕')),
      h(
        'div',
        { class: 'controls' },
        h(
          'label',
          {},
          h('input', {
            id: 'roster-can-act',
            type: 'checkbox',
            checked: this.rosterOnlyCanAct,
            onchange: (e: Event) => {
              this.rosterOnlyCanAct = (e.target as HTMLInputElement).checked;
              this.rosterKey = '';
              this.renderRoster();
            },
          }),
          ' Only those that can still act',
        ),
        h(
          'label',
          {},
          ' Sort ',
          h(
            'select',
            {
              id: 'roster-sort',
              onchange: (e: Event) => {
                this.rosterSort = (e.target as HTMLSelectElement).value as RosterSort;
                this.rosterKey = '';
                this.renderRoster();
              },
            },
            ...(
              [
                ['type', 'by type'],
                ['label', 'by name'],
                ['strength', 'weakest first'],
              ] as const
            ).map(([v, t]) => h('option', { value: v, selected: this.rosterSort === v }, t)),
          ),
        ),
      ),
      rows.length === 0
        ? h('p', { class: 'sub' }, this.rosterOnlyCanAct ? 'Every unit has done what it can this turn.' : 'No units on the map.')
        : h(
            'table',
            {},
            h('tr', {}, h('th', {}, 'Unit'), h('th', {}, 'Type'), h('th', { class: 'n' }, 'Men'), h('th', { class: 'n' }, 'MP'), h('th', {}, 'State')),
            ...rows.map((r) =>
              h(
                'tr',
                {
                  class: `roster-row${r.id === m.selectedId ? ' selected' : ''}`,
                  dataset: { unit: r.id },
                  tabindex: '0',
                  title: `${r.name}: select it and centre the map on it`,
                  onclick: () => this.handlers.selectUnit(r.id),
                  onkeydown: (e: KeyboardEvent) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      this.handlers.selectUnit(r.id);
                    }
                  },
                },
                h('td', {}, r.label),
                h('td', {}, r.type),
                h('td', { class: 'n' }, `${r.men} (${r.strengthPercent}%)`),
                h('td', { class: 'n' }, String(r.mp)),
                h('td', {}, r.state),
              ),
            ),
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

/**
 * Full-screen dialogs: the help overlay, the hotseat hand-over screen (opaque, so the player waiting cannot see the
 * other side's map), and the end screen with the result, the victory level and the losses beside history's.
 */
import counterSymbolsUrl from '../../../assets/nato/counter-symbols.svg?url';
import terrainKeyUrl from '../../../assets/terrain/terrain-key.svg?url';
import type { BySide, GameResult, Side } from '../../engine';
import type { HistoricalLosses } from '../controller/catalog';
import type { ObjectiveRow } from '../controller/objectives';
import type { LossCount } from '../../analysis';
import { SIDE_COLOURS } from '../render/palette';
import { h } from './dom';

const overlay = (id: string, opaque: boolean, ...children: (Node | string | null)[]): HTMLElement => {
  document.getElementById(id)?.remove();
  const el = h('div', { id, class: `overlay${opaque ? ' opaque' : ''}`, role: 'dialog', 'aria-modal': 'true' }, h('div', { class: 'box panel' }, ...children));
  // The dialog is named by its heading, and the keyboard's focus moves into it (to its main button).
  const heading = el.querySelector('h1, h2, h3');
  if (heading) {
    heading.id ||= `${id}-title`;
    el.setAttribute('aria-labelledby', heading.id);
  } else el.setAttribute('aria-label', id.replace(/-/g, ' '));
  document.body.append(el);
  (el.querySelector<HTMLElement>('button.primary') ?? el.querySelector<HTMLElement>('button'))?.focus();
  return el;
};

export const closeOverlay = (id: string): void => document.getElementById(id)?.remove();
export const overlayOpen = (id: string): boolean => document.getElementById(id) !== null;

export const showHelp = (): void => {
  const close = () => closeOverlay('help-overlay');
  const el = overlay(
    'help-overlay',
    false,
    h('h2', {}, 'How to play'),
    h('p', {}, 'Click one of your counters to select it: the hexes it can reach this turn light up with their cost in movement points. Hover a hex to see the path; click it to move.'),
    h('p', {}, 'Click an enemy counter with a unit selected to see the attack: the odds and every modifier (terrain, elevation, river, night, supply, dug-in, combined arms…). Click it again, or press Attack, to carry it out. Results are in men and vehicles.'),
    h('p', {}, 'Units spot only what they can see: hexes out of sight are shaded, and enemy units there are hidden. Night shrinks what anyone can see.'),
    h(
      'table',
      { class: 'keys' },
      ...(
        [
          ['Click / tap', 'select, move, choose a target'],
          ['Drag, arrow keys, WASD', 'pan the map'],
          ['Wheel, + / −, pinch', 'zoom'],
          ['N', 'next unit that can still act'],
          ['E', 'end your turn'],
          ['Enter', 'confirm the previewed attack'],
          ['Esc', 'cancel / deselect'],
          ['Space', 'skip the computer’s moves'],
          ['U, C, V, L', 'overlays: supply, enemy zones of control, sight, terrain legend (also the buttons above the log)'],
          ['Shift-click', 'with an assault previewed: add or remove your units next to the target (a combined attack)'],
          ['Pace (while the computer moves)', 'show its moves slowly, at normal speed or fast; its banner names the unit acting when you can see it'],
          ['H or ?', 'this help'],
          ['Units (top bar)', 'your units: who can still act, by type; click one to select it and look there'],
          ['★ hexes', 'objectives: the ring shows who holds the hex; hover for its points and deadline; the score is in the top bar'],
        ] as const
      ).map(([k, v]) => h('tr', {}, h('td', {}, h('kbd', {}, k)), h('td', {}, v))),
    ),
    h('h3', {}, 'Map symbols'),
    h(
      'div',
      { class: 'symbol-keys' },
      h('img', { id: 'key-counters', src: counterSymbolsUrl, alt: 'Counter symbols: infantry is a cross, armour an oval, artillery a dot, anti-tank guns an inverted V; the size mark above the box runs from ••• (platoon) to XX (division).', width: '540', loading: 'lazy' }),
      h('img', { id: 'key-terrain', src: terrainKeyUrl, alt: 'Terrain: each terrain has its own colour and mark (dunes crescents, hollows small Vs, marsh reeds, floodplain water lines, heights a triangle, settlements houses, lakes a ripple).', width: '540', loading: 'lazy' }),
    ),
    h('div', { class: 'buttons' }, h('button', { id: 'close-help', class: 'primary', onclick: close }, 'Close')),
  );
  el.addEventListener('click', (e) => {
    if (e.target === el) close();
  });
};

/** A side's briefing: what it is to do and why, from the scenario. */
export const showBriefing = (side: Side, briefing: { title: string; commander: string; text: string }, objectives: readonly string[]): void => {
  const close = () => closeOverlay('briefing-overlay');
  overlay(
    'briefing-overlay',
    false,
    h('h2', {}, briefing.title),
    h('p', { class: 'sub' }, `${SIDE_COLOURS[side].name} — ${briefing.commander}`),
    h('div', { class: 'briefing' }, briefing.text),
    objectives.length > 0 ? h('h3', {}, 'Objectives') : null,
    objectives.length > 0 ? h('ul', {}, ...objectives.map((o) => h('li', {}, o))) : null,
    h('div', { class: 'buttons' }, h('button', { id: 'close-briefing', class: 'primary', onclick: close }, 'To the map')),
  );
};

/** Hides the screen until the next player says they are at it. */
export const showHandover = (side: Side, turnText: string, onReady: () => void): void => {
  overlay(
    'handover',
    true,
    h('h2', {}, `Pass the screen to the ${SIDE_COLOURS[side].name} player`),
    h('p', {}, `${turnText}. The other side's map stays hidden until you continue.`),
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        {
          id: 'handover-ready',
          class: 'primary',
          onclick: () => {
            closeOverlay('handover');
            onReady();
          },
        },
        `I am the ${SIDE_COLOURS[side].name} player — show my map`,
      ),
    ),
  );
};

export interface EndScreenModel {
  readonly title: string;
  readonly result: GameResult;
  readonly player: Side | null;
  readonly losses: BySide<LossCount>;
  readonly historical: BySide<HistoricalLosses> | null;
  readonly historicalResult: string | null;
  readonly seed: number;
  /** For a branch: how the game it branched from ended, to compare with. */
  readonly parent?: ParentOutcome | null;
  /** Every objective with what it earned, the player's side first. */
  readonly objectives: readonly ObjectiveRow[];
  /** Where history's figures cover only some units: the game's losses of those units, set beside them like with like. */
  readonly covered?: BySide<LossCount> | null;
  /** The after-action report's place (filled in a moment later), under the result line. */
  readonly report?: HTMLElement | null;
}

/** How a branch's parent game ended (or where it stood when it was last saved). */
export interface ParentOutcome {
  readonly result: string;
  readonly turn: number;
  readonly points: BySide<number>;
  readonly losses: BySide<LossCount>;
}

const cell = (v: number | null): string => (v === null ? '—' : v.toLocaleString('en-GB'));

/** "History's Japanese figures cover Azuma's group only; in this game those units lost …" — like with like. */
const coveredNotes = (m: EndScreenModel): HTMLElement[] =>
  (['soviet', 'japanese'] as const).flatMap((side) => {
    const hist = m.historical?.[side];
    const game = m.covered?.[side];
    if (!hist?.units || !game) return [];
    const text = `History's ${SIDE_COLOURS[side].name} figures cover ${hist.covers ?? 'part of the force'}; in this game those units lost ${cell(game.killed)} killed, ${cell(game.wounded)} wounded and ${cell(game.missing)} missing or captured.`;
    return [h('p', { class: 'end-covered' }, text)];
  });

export const showEndScreen = (m: EndScreenModel, handlers: { again(): void; newSeed(): void; menu(): void; download(): void; watch(): void; exercise?: () => void }): void => {
  const winner = m.result.winner === 'draw' ? 'Draw' : `${SIDE_COLOURS[m.result.winner].name} victory`;
  const level = m.result.level === 'draw' ? '' : ` (${m.result.level})`;
  const you = m.player === null || m.result.winner === 'draw' ? '' : m.result.winner === m.player ? ' — you won' : ' — you lost';
  const rows: [string, 'killed' | 'wounded' | 'missing' | 'tanks' | 'armouredCars' | 'guns'][] = [
    ['Killed', 'killed'],
    ['Wounded', 'wounded'],
    ['Missing or captured', 'missing'],
    ['Tanks', 'tanks'],
    ['Armoured cars', 'armouredCars'],
    ['Guns', 'guns'],
  ];
  overlay(
    'end-screen',
    false,
    h('h2', { id: 'end-result' }, `${winner}${level}${you}`),
    h('p', {}, `${m.title}, seed ${m.seed}. ${m.result.reason} Points: Soviet ${m.result.points.soviet}, Japanese ${m.result.points.japanese}.`),
    m.report ?? null,
    m.objectives.length > 0
      ? h(
          'table',
          { id: 'end-objectives' },
          h('tr', {}, h('th', {}, 'Objective'), h('th', {}, 'Side'), h('th', {}, 'Result'), h('th', {}, 'Points')),
          ...m.objectives.map((o) =>
            h(
              'tr',
              { title: o.description },
              h('td', {}, o.name),
              h('td', {}, SIDE_COLOURS[o.side].name),
              h('td', {}, o.achievedTurn !== null ? `achieved, turn ${o.achievedTurn}` : 'not achieved'),
              h('td', {}, `${o.earned} of ${o.points}`),
            ),
          ),
        )
      : null,
    h(
      'table',
      { id: 'end-losses' },
      h(
        'tr',
        {},
        h('th', {}, 'Losses'),
        h('th', {}, 'Soviet (game)'),
        m.parent ? h('th', {}, 'Soviet (parent game)') : null,
        h('th', {}, 'Soviet (history)'),
        h('th', {}, 'Japanese (game)'),
        m.parent ? h('th', {}, 'Japanese (parent game)') : null,
        h('th', {}, 'Japanese (history)'),
      ),
      ...rows.map(([label, k]) =>
        h(
          'tr',
          {},
          h('td', {}, label),
          h('td', {}, cell(m.losses.soviet[k])),
          m.parent ? h('td', {}, cell(m.parent.losses.soviet[k])) : null,
          h('td', {}, cell(m.historical?.soviet[k] ?? null)),
          h('td', {}, cell(m.losses.japanese[k])),
          m.parent ? h('td', {}, cell(m.parent.losses.japanese[k])) : null,
          h('td', {}, cell(m.historical?.japanese[k] ?? null)),
        ),
      ),
    ),
    m.parent
      ? h(
          'p',
          { id: 'end-parent' },
          h('b', {}, 'The game you branched from: '),
          `${m.parent.result} on turn ${m.parent.turn} (points: Soviet ${m.parent.points.soviet}, Japanese ${m.parent.points.japanese}).`,
        )
      : null,
    ...coveredNotes(m),
    m.historicalResult ? h('p', {}, h('b', {}, 'In 1939: '), m.historicalResult) : null,
    h(
      'div',
      { class: 'buttons' },
      handlers.exercise ? h('button', { id: 'end-exercise', class: 'primary', onclick: handlers.exercise }, 'Back to the exercise') : null,
      h('button', { id: 'play-again', class: handlers.exercise ? '' : 'primary', title: 'The same battle with the same dice', onclick: handlers.again }, 'Play again with this seed'),
      h('button', { id: 'new-seed', title: 'The same battle with new dice', onclick: handlers.newSeed }, 'New seed'),
      h('button', { id: 'end-watch', title: 'Watch the whole game again, move by move, and step back to any moment', onclick: handlers.watch }, 'Watch the replay'),
      h('button', { id: 'end-download', title: 'The game record: a file that replays move by move and verifies with npm run replay', onclick: handlers.download }, 'Download the game record'),
      h('button', { id: 'end-menu', onclick: handlers.menu }, 'Menu'),
    ),
  );
};

/**
 * The after-action report as HTML: the summary sentences first, then the detail folded underneath — the timeline
 * against history ("your game turn 12 — history turn 19 (24 Aug)"), the losses against the record, the decisive
 * moments — and the computer comparison, which fills in when the page has played the computer's games. Every text is
 * set as text (it may come from a student's file).
 */
import { shortDate, type AfterActionSummary } from '../../exercise';
import { SIDE_NAMES } from '../../engine';
import { h } from '../hud/dom';
import './exercise.css';

const FIGURES: Readonly<Record<string, string>> = {
  killed: 'Killed',
  wounded: 'Wounded',
  missing: 'Missing or captured',
  tanks: 'Tanks',
  armouredCars: 'Armoured cars',
  guns: 'Guns',
  aircraft: 'Aircraft',
};

const num = (v: number | null): string => (v === null ? '—' : v.toLocaleString('en-GB'));

export interface AfterActionViewOptions {
  /** A game turn's date ("24 Aug 06:00"), from the scenario's clock. */
  readonly turnDate: (turn: number) => string;
  /** How the computer comparison stands while it is not in the report yet ("3 of 20 computer games played…"). */
  readonly amongPending?: string | null;
  /** Show history's result in words (the end screen has its own line for it). */
  readonly history?: boolean;
  /** Show the losses fold (the end screen has its own table of losses against history). */
  readonly losses?: boolean;
}

const timelineCell = (turn: number | null, date: string | null, none: string): string => (turn === null ? none : `turn ${turn}${date ? ` (${date})` : ''}`);

export const afterActionView = (aar: AfterActionSummary, options: AfterActionViewOptions): HTMLElement => {
  const timeline = aar.timeline.filter((t) => t.gameTurn !== null || t.historicalTurn !== null || t.historicalDate !== null);
  const rest = aar.timeline.filter((t) => !timeline.includes(t));
  const losses = aar.losses.filter((l) => l.figure !== 'aircraft' || l.historical !== null);
  const among = aar.amongComputer;
  return h(
    'section',
    { id: 'aar', class: 'aar', 'aria-label': 'After-action report' },
    h('h3', {}, 'After-action report'),
    // The computer comparison's sentence has a line of its own below (filled in when the games are played).
    h('ul', { id: 'aar-summary', class: 'aar-summary' }, ...aar.summary.filter((s) => s !== among?.text).map((s) => h('li', {}, s))),
    h(
      'p',
      { id: 'aar-among', class: 'aar-among' },
      among ? among.text : (options.amongPending ?? 'The computer’s games with the same levers have not been played.'),
    ),
    h(
      'details',
      { id: 'aar-timeline', class: 'aar-details' },
      h('summary', {}, 'Timeline against history'),
      h(
        'div',
        { class: 'aar-scroll' },
        h(
          'table',
          {},
          h('tr', {}, h('th', {}, 'Objective or milestone'), h('th', {}, 'Your game'), h('th', {}, 'History')),
          ...timeline.map((t) =>
            h(
              'tr',
              {},
              h('td', {}, t.name),
              h('td', {}, timelineCell(t.gameTurn, t.gameTurn === null ? null : options.turnDate(t.gameTurn), 'did not happen')),
              h('td', {}, t.historicalTurn === null && t.historicalDate === null ? '—' : timelineCell(t.historicalTurn ?? null, t.historicalDate ? shortDate(t.historicalDate) : null, t.historicalDate ? shortDate(t.historicalDate) : '—')),
            ),
          ),
        ),
      ),
      rest.length ? h('p', { class: 'sub' }, `Neither in your game nor in history: ${rest.map((t) => t.name).join('; ')}.`) : null,
    ),
    options.losses === false
      ? null
      : h(
      'details',
      { id: 'aar-losses', class: 'aar-details' },
      h('summary', {}, 'Losses against the record'),
      h(
        'div',
        { class: 'aar-scroll' },
        h(
          'table',
          {},
          h('tr', {}, h('th', {}, 'Losses'), h('th', {}, 'Side'), h('th', {}, 'Your game'), h('th', {}, '1939')),
          ...losses.map((l) => h('tr', { title: l.covers ?? '' }, h('td', {}, FIGURES[l.figure] ?? l.figure), h('td', {}, SIDE_NAMES[l.side]), h('td', {}, num(l.game)), h('td', {}, num(l.historical)))),
        ),
      ),
      ...[...new Set(aar.losses.map((l) => l.covers).filter((c): c is string => !!c))].map((c) => h('p', { class: 'sub' }, `Where history’s figures cover part of a side (${c}), your game’s are counted over the same units.`)),
    ),
    h(
      'details',
      { id: 'aar-moments', class: 'aar-details' },
      h('summary', {}, 'Decisive moments'),
      aar.decisiveMoments.length ? h('ol', {}, ...aar.decisiveMoments.map((m) => h('li', {}, m.what))) : h('p', {}, 'Nothing changed hands and nobody was lost.'),
    ),
    aar.historicalResult && options.history !== false ? h('p', { class: 'aar-history' }, h('b', {}, 'In 1939: '), aar.historicalResult) : null,
  );
};

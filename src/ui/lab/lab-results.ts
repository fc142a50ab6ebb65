/**
 * The lab's results section, drawn from `LabFigures`: the headline (marked provisional until every game is played),
 * the teacher's prediction, counts per arm, the B − A comparison (sentences first, then the table with intervals),
 * the dot plot with its measure, the charts, history's benchmarks, the table of games (each row opens its replay)
 * and the exports. It renders and reports presses; it computes nothing.
 */
import type { Chart } from 'chart.js';
import { SIDE_NAMES } from '../../engine';
import { h } from '../hud/dom';
import { barChart } from './lab-charts';
import { dotPlot, WINNER_COLOURS } from './lab-dots';
import type { LabFigures } from './lab-figures';
import type { Arm } from './lab-plan';

export interface ResultsHandlers {
  readonly prediction: string;
  readonly measure: string;
  setMeasure(id: string): void;
  watch(arm: Arm, run: number): void;
  chartDrawn(chart: Chart<'bar', number[], string>): void;
  downloadCsv(): void;
  downloadReport(): void;
  print(): void;
  /** The width the dot plot is drawn for (the results' width on this screen), in CSS pixels. */
  readonly plotWidth: number;
}

const num = (x: number): string => x.toLocaleString('en-GB', { maximumFractionDigits: 1 });
const signed = (x: number, digits = 0): string => `${x < 0 ? '−' : x > 0 ? '+' : ''}${Math.abs(x).toFixed(digits)}`;

export const renderResults = (f: LabFigures, on: ResultsHandlers): HTMLElement => {
  const provisional = f.provisional ? h('span', { class: 'lab-provisional', title: 'Not every game has been played: stopping early and reading the figures as final makes chance differences look real' }, 'provisional') : null;
  const header = h(
    'div',
    { class: 'lab-results-head' },
    h('h2', {}, `Results: ${f.title} `, provisional),
    h('p', { class: 'sub' }, `${f.paired} game${f.paired === 1 ? '' : 's'}${f.arms.length > 1 ? ' in each arm' : ''} counted (${f.done} of ${f.total} played). ${f.levelsText}`),
    h(
      'div',
      { class: 'lab-export no-print' },
      h('button', { id: 'lab-csv', type: 'button', title: 'Download every game as a spreadsheet (CSV)', onclick: () => on.downloadCsv() }, 'Download CSV'),
      h('button', { id: 'lab-print', type: 'button', title: 'Print the results as a one-page report (or save it as PDF)', onclick: () => on.print() }, 'Print report'),
      h('button', { id: 'lab-report', type: 'button', title: 'Download the results as one web page (charts included) to hand out', onclick: () => on.downloadReport() }, 'Download report'),
    ),
  );
  const prediction = on.prediction ? h('blockquote', { class: 'lab-prediction-shown' }, h('b', {}, 'Prediction before the games: '), on.prediction) : null;
  const own = f.own ? h('p', { id: 'lab-own', class: 'lab-own' }, f.own.text) : null;
  const counts = h(
    'div',
    { class: 'lab-counts' },
    ...f.arms.map((arm) => h('div', { class: `lab-count arm-${arm}` }, h('h3', {}, f.armNames[arm]), h('ul', {}, ...f.counts[arm].map((line) => h('li', {}, line))))),
  );
  const comparison = f.comparison
    ? h(
        'section',
        { class: 'lab-comparison', 'aria-label': 'B compared with A' },
        h('h3', {}, 'What B changed: B − A with its 95 % interval'),
        h('ul', { class: 'lab-sentences' }, ...f.comparison.filter((r) => r.clear).map((r) => h('li', {}, r.sentence))),
        f.comparison.some((r) => r.clear) ? null : h('p', {}, 'No difference between A and B is clear of chance at the 95 % level with this many games.'),
        h(
          'details',
          { class: 'lab-compare-table' },
          h('summary', {}, 'Every measure, A beside B'),
          h(
            'table',
            {},
            h('thead', {}, h('tr', {}, h('th', {}, 'Measure'), h('th', {}, 'A'), h('th', {}, 'B'), h('th', {}, 'B − A (95 % interval)'))),
            h(
              'tbody',
              {},
              ...f.comparison.map((r) =>
                h(
                  'tr',
                  { class: r.clear ? 'clear' : '' },
                  h('td', {}, r.name),
                  h('td', {}, r.a),
                  h('td', {}, r.b),
                  h('td', { title: r.sentence }, `${signed(r.difference, r.kind === 'share' ? 0 : 1)}${r.kind === 'share' ? ' points' : ''} (${signed(r.low, r.kind === 'share' ? 0 : 1)} to ${signed(r.high, r.kind === 'share' ? 0 : 1)})`),
                ),
              ),
            ),
          ),
          h('p', { class: 'sub' }, 'A share’s difference is in percentage points (Newcombe’s interval from Wilson’s); a number’s is Welch’s interval of the difference of means. A and B intervals that overlap do not mean “no difference”: read the difference’s own interval.'),
        ),
      )
    : null;
  const measure = f.measures.find((m) => m.id === on.measure) ?? f.measures[0]!;
  const dots = h(
    'section',
    { class: 'lab-dots-box', 'aria-label': 'Every game as a dot' },
    h(
      'div',
      { class: 'lab-dots-head' },
      h('h3', {}, 'Every game, one dot'),
      h(
        'label',
        { for: 'lab-measure', class: 'no-print' },
        'Placed by: ',
        h('select', { id: 'lab-measure', onchange: (e: Event) => on.setMeasure((e.target as HTMLSelectElement).value) }, ...f.measures.map((m) => h('option', { value: m.id, selected: m.id === measure.id }, m.name))),
      ),
      h(
        'span',
        { class: 'lab-legend' },
        ...(['soviet', 'japanese', 'draw'] as const).map((w) => h('span', {}, h('i', { style: `background:${WINNER_COLOURS[w]}` }), w === 'draw' ? 'draw' : `${SIDE_NAMES[w]} won`)),
      ),
    ),
    dotPlot({
      games: f.games,
      arms: f.arms,
      armNames: { a: f.own || f.armNames.a.startsWith('Computer') ? 'Computer' : 'A', b: 'B' },
      measure,
      describe: (g) => `Game ${g.run + 1}${f.arms.length > 1 ? ` ${g.arm.toUpperCase()}` : ''} (seed ${g.summary.seed}): ${g.summary.winner === 'draw' ? 'draw' : `${SIDE_NAMES[g.summary.winner]} ${g.summary.victoryLevel} victory`}; ${measure.name}: ${measure.value(g.summary)}. Click to watch it.`,
      onOpen: (g) => on.watch(g.arm, g.run),
      mark: f.own ? { value: measure.value(f.own.summary), label: 'Your game' } : null,
      width: on.plotWidth,
    }),
    h('p', { class: 'sub no-print' }, 'Click a dot to watch that game; the table below lists the same games.'),
  );
  const charts = h('div', { class: 'lab-charts' }, ...f.charts.map((spec) => barChart(spec, (c) => on.chartDrawn(c))));
  const history =
    f.history.length > 0
      ? h(
          'section',
          { class: 'lab-history', 'aria-label': 'Compared with history' },
          h('h3', {}, `${f.armNames.a} compared with history`),
          h(
            'table',
            {},
            h('thead', {}, h('tr', {}, h('th', {}, 'Figure'), h('th', {}, 'The games'), h('th', {}, 'History'), h('th', {}, 'Percentile of history'), h('th', {}, 'Verdict'))),
            h(
              'tbody',
              {},
              ...f.history.map((r) =>
                h(
                  'tr',
                  {},
                  h('td', {}, r.measure),
                  h('td', {}, r.matches ? `${r.matches.count} of ${r.matches.runs} games as in history` : r.median === null ? `never in ${r.games} games` : `median ${num(r.median)} (10–90 %: ${num(r.p10 ?? 0)}–${num(r.p90 ?? 0)})${r.never ? `; never in ${r.never}` : ''}`),
                  h('td', {}, r.historyText),
                  h('td', {}, r.percentile === null || Number.isNaN(r.percentile) ? '—' : `${Math.round(r.percentile)}`),
                  h('td', {}, r.verdict),
                ),
              ),
            ),
          ),
        )
      : null;
  const table = h(
    'section',
    { class: 'lab-runs', 'aria-label': 'Every game' },
    h('h3', {}, 'Every game'),
    h(
      'table',
      { id: 'lab-runs-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'Game'),
          f.arms.length > 1 ? h('th', {}, 'Arm') : null,
          h('th', {}, 'Seed'),
          h('th', {}, 'Result'),
          h('th', {}, 'Turns'),
          h('th', {}, 'Points (Sov.–Jap.)'),
          h('th', {}, 'Soviet men lost'),
          h('th', {}, 'Japanese men lost'),
          h('th', {}, 'Tanks lost (Sov./Jap.)'),
          h('th', {}, 'What happened'),
          h('th', { class: 'no-print' }, h('span', { class: 'visually-hidden' }, 'Replay')),
        ),
      ),
      h(
        'tbody',
        {},
        ...f.rows.map((r) =>
          h(
            'tr',
            { class: `lab-run arm-${r.arm}`, dataset: { arm: r.arm, run: String(r.run) }, onclick: (e: Event) => (e.target as HTMLElement).closest('button') || on.watch(r.arm, r.run) },
            h('td', {}, String(r.run + 1)),
            f.arms.length > 1 ? h('td', {}, r.arm.toUpperCase()) : null,
            h('td', {}, String(r.seed)),
            h('td', {}, r.result),
            h('td', {}, String(r.turns)),
            h('td', {}, r.points),
            h('td', {}, num(r.menLost.soviet)),
            h('td', {}, num(r.menLost.japanese)),
            h('td', {}, `${r.tanksLost.soviet}/${r.tanksLost.japanese}`),
            h('td', { class: 'lab-events' }, r.events || '—'),
            h('td', { class: 'no-print' }, h('button', { class: 'lab-watch', type: 'button', title: `Watch game ${r.run + 1}${f.arms.length > 1 ? ` ${r.arm.toUpperCase()}` : ''} move by move`, onclick: () => on.watch(r.arm, r.run) }, 'Watch')),
          ),
        ),
      ),
    ),
  );
  return h('div', {}, header, prediction, own, counts, comparison, dots, charts, history, table);
};

/**
 * The lab's dot plot: one dot a game, one row per arm, stacked where games have the same value (a "dot histogram"),
 * coloured by who won. Clicking a dot opens that game's replay. Plain SVG: a class reads it at a glance, and each dot
 * carries its game in a tooltip; keyboard users reach the same games through the table of runs below it.
 */
import type { GameResultSummary } from '../../analysis';
import type { Arm } from './lab-plan';

const SVG = 'http://www.w3.org/2000/svg';

export interface DotMeasure {
  readonly id: string;
  /** For people, with its unit: "Soviet men lost (%)". */
  readonly name: string;
  readonly value: (r: GameResultSummary) => number;
}

export interface DotGame {
  readonly arm: Arm;
  readonly run: number;
  readonly summary: GameResultSummary;
}

export const WINNER_COLOURS: Readonly<Record<string, string>> = { soviet: '#2f6fb0', japanese: '#d0741c', draw: '#8a8a80' };

/** Bins of equal width over [min, max] (at most `bins`; whole numbers get one bin each when they fit). */
export const binOf = (min: number, max: number, bins: number): ((v: number) => number) & { count: number; edge: (i: number) => number } => {
  const span = max - min;
  const whole = Number.isInteger(min) && Number.isInteger(max) && span + 1 <= bins;
  const count = span === 0 ? 1 : whole ? span + 1 : bins;
  const width = span === 0 ? 1 : whole ? 1 : span / bins;
  const f = ((v: number) => (span === 0 ? 0 : Math.min(count - 1, Math.max(0, Math.floor((v - min) / width + (whole ? 0.5 : 0)))))) as ((v: number) => number) & { count: number; edge: (i: number) => number };
  f.count = count;
  f.edge = (i: number) => (whole ? min + i : min + i * width);
  return f;
};

const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
};

const fmt = (x: number): string => String(Math.round(x));

export interface DotPlotOptions {
  readonly games: readonly DotGame[];
  readonly arms: readonly Arm[];
  readonly armNames: Readonly<Record<Arm, string>>;
  readonly measure: DotMeasure;
  readonly describe: (g: DotGame) => string;
  readonly onOpen: (g: DotGame) => void;
  /** A value to mark with a line (the player's own game from this position), and its label. */
  readonly mark?: { readonly value: number; readonly label: string } | null;
}

/** Draws the plot (an `<svg>` sized to its content, 100 % wide). */
export const dotPlot = (o: DotPlotOptions): SVGSVGElement => {
  const values = o.games.map((g) => o.measure.value(g.summary));
  if (o.mark) values.push(o.mark.value);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const bin = binOf(min, max, 40);
  const width = 760;
  const left = 90;
  const plotW = width - left - 20;
  const x = (i: number) => left + ((i + 0.5) * plotW) / bin.count;
  const stacks = o.arms.map((arm) => {
    const heights = Array.from({ length: bin.count }, (): number => 0);
    const dots = o.games.filter((g) => g.arm === arm).map((g) => {
      const b = bin(o.measure.value(g.summary));
      return { g, b, level: heights[b]!++ };
    });
    return { arm, dots, tallest: Math.max(1, ...heights) };
  });
  // Tall stacks (a hundred games with one score) get smaller dots, side by side within their bin, so a row stays
  // a few hundred pixels high whatever the number of games.
  const tallest = Math.max(1, ...stacks.map((s) => s.tallest));
  const r = tallest <= 12 ? 5 : Math.max(2.5, (5 * 12) / tallest);
  const pitch = 2 * r + 1;
  const cols = Math.max(1, Math.floor(plotW / bin.count / pitch));
  const place = (level: number) => ({ dx: ((level % cols) - (cols - 1) / 2) * pitch, dy: Math.floor(level / cols) * pitch });
  const rowH = stacks.map((s) => Math.max(40, Math.ceil(s.tallest / cols) * pitch + 14));
  const height = rowH.reduce((a, b) => a + b, 0) + 46;
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', class: 'lab-dots', role: 'img', 'aria-label': `Dot plot of the games by ${o.measure.name}: one dot a game, coloured by the winner` });
  let top = 8;
  stacks.forEach((s, k) => {
    const base = top + rowH[k]! - 6;
    svg.append(el('text', { x: 4, y: base - 4, class: 'lab-dots-arm' }, o.armNames[s.arm]));
    svg.append(el('line', { x1: left, x2: width - 20, y1: base + 1, y2: base + 1, class: 'lab-dots-base' }));
    for (const d of s.dots) {
      const p = place(d.level);
      const dot = el('circle', { cx: x(d.b) + p.dx, cy: base - r - p.dy, r, fill: WINNER_COLOURS[d.g.summary.winner] ?? '#888', class: 'lab-dot', 'data-arm': d.g.arm, 'data-run': d.g.run }, el('title', {}, o.describe(d.g)));
      dot.addEventListener('click', () => o.onOpen(d.g));
      svg.append(dot);
    }
    top += rowH[k]!;
  });
  const axisY = top + 14;
  // Evenly spaced ticks (every `step`-th bin, at most about nine), and the last bin.
  const step = Math.max(1, Math.ceil((bin.count - 1) / 8));
  const shown = new Set<number>([bin.count - 1]);
  for (let i = 0; i < bin.count - step / 2; i += step) shown.add(i);
  for (const i of shown) svg.append(el('text', { x: x(i), y: axisY, 'text-anchor': 'middle', class: 'lab-dots-tick' }, fmt(bin.edge(i))));
  svg.append(el('text', { x: left + plotW / 2, y: axisY + 18, 'text-anchor': 'middle', class: 'lab-dots-axis' }, o.measure.name));
  if (o.mark) {
    const mx = x(bin(o.mark.value));
    svg.append(el('line', { x1: mx, x2: mx, y1: 4, y2: top + 2, class: 'lab-dots-mark' }));
    svg.append(el('text', { x: mx + 4, y: 14, class: 'lab-dots-mark-label' }, o.mark.label));
  }
  return svg;
};

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
export type Bins = ((v: number) => number) & {
  /** How many bins. */
  count: number;
  /** The value at the start of bin `i`. */
  edge: (i: number) => number;
  /** Where value `v` falls along the bins, in bin widths from the left (the centre of bin i is i + 0.5). */
  at: (v: number) => number;
};

export const binOf = (min: number, max: number, bins: number): Bins => {
  const span = max - min;
  const whole = Number.isInteger(min) && Number.isInteger(max) && span + 1 <= bins;
  const count = span === 0 ? 1 : whole ? span + 1 : bins;
  const width = span === 0 ? 1 : whole ? 1 : span / bins;
  const f = ((v: number) => (span === 0 ? 0 : Math.min(count - 1, Math.max(0, Math.floor((v - min) / width + (whole ? 0.5 : 0)))))) as Bins;
  f.count = count;
  f.edge = (i: number) => (whole ? min + i : min + i * width);
  f.at = (v: number) => (span === 0 ? 0.5 : (v - min) / width + (whole ? 0.5 : 0));
  return f;
};

/**
 * Round tick values for an axis over [min, max]: steps of 1, 2 or 5 times a power of ten, about `about` of them, so a
 * class reads "0, 10, 20" rather than the bins' own edges ("-2, 6, 15").
 */
export const roundTicks = (min: number, max: number, about = 8): number[] => {
  if (!(max > min)) return [min];
  // 1, 2, 5, 10, 20, 50 … (the values on these axes are whole numbers: men, points, percent, turns).
  let step = 1;
  for (let k = 1; (max - min) / step > about; k++) step = [1, 2, 5][k % 3]! * 10 ** Math.floor(k / 3);
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push(t === 0 ? 0 : t);
  // A span narrower than one (fractions of a percent) has no whole number inside it: label its two ends.
  return ticks.length > 0 ? ticks : [min, max];
};

const GROUPED = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** A tick's label: digits grouped by thousands, at most one decimal, a true minus sign. */
export const tickLabel = (v: number): string => GROUPED.format(v).replace('-', '\u2212');

const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
};

export interface DotPlotOptions {
  readonly games: readonly DotGame[];
  readonly arms: readonly Arm[];
  readonly armNames: Readonly<Record<Arm, string>>;
  readonly measure: DotMeasure;
  readonly describe: (g: DotGame) => string;
  readonly onOpen: (g: DotGame) => void;
  /** A value to mark with a line (the player's own game from this position), and its label. */
  readonly mark?: { readonly value: number; readonly label: string } | null;
  /**
   * The width it is drawn for, in CSS pixels (default 760). The plot is drawn at that size, not scaled to it, so on a
   * phone its dots and labels stay as large as on a desk; narrow plots get fewer bins and ticks.
   */
  readonly width?: number;
}

/** Below this drawing width the plot uses its narrow layout. */
export const NARROW_PLOT = 560;

/** Draws the plot (an `<svg>` sized to its content, 100 % wide). */
export const dotPlot = (o: DotPlotOptions): SVGSVGElement => {
  const values = o.games.map((g) => o.measure.value(g.summary));
  if (o.mark) values.push(o.mark.value);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const width = Math.round(o.width ?? 760);
  const narrow = width < NARROW_PLOT;
  const bin = binOf(min, max, narrow ? 20 : 40);
  const left = narrow ? 48 : 90;
  const plotW = width - left - (narrow ? 14 : 20);
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
    svg.append(el('line', { x1: left, x2: left + plotW, y1: base + 1, y2: base + 1, class: 'lab-dots-base' }));
    for (const d of s.dots) {
      const p = place(d.level);
      const dot = el('circle', { cx: x(d.b) + p.dx, cy: base - r - p.dy, r, fill: WINNER_COLOURS[d.g.summary.winner] ?? '#888', class: 'lab-dot', 'data-arm': d.g.arm, 'data-run': d.g.run }, el('title', {}, o.describe(d.g)));
      dot.addEventListener('click', () => o.onOpen(d.g));
      svg.append(dot);
    }
    top += rowH[k]!;
  });
  const axisY = top + 14;
  for (const t of roundTicks(min, max, narrow ? 6 : 8)) svg.append(el('text', { x: left + (bin.at(t) * plotW) / bin.count, y: axisY, 'text-anchor': 'middle', class: 'lab-dots-tick' }, tickLabel(t)));
  svg.append(el('text', { x: left + plotW / 2, y: axisY + 18, 'text-anchor': 'middle', class: 'lab-dots-axis' }, o.measure.name));
  if (o.mark) {
    const mx = x(bin(o.mark.value));
    svg.append(el('line', { x1: mx, x2: mx, y1: 4, y2: top + 2, class: 'lab-dots-mark' }));
    svg.append(el('text', { x: mx + 4, y: 14, class: 'lab-dots-mark-label' }, o.mark.label));
  }
  return svg;
};

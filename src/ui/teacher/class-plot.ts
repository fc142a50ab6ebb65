/**
 * The class plot: the victory margin (Soviet minus Japanese points) along the bottom, one row per lever setting the
 * class played; in each row the computer's games with those levers as small dots (coloured by the winner, as in the
 * lab) and each student's game as a large labelled diamond above them; history's outcome as a shaded stretch of the
 * axis (where the margin gives history's winner). Plain SVG, every mark with a tooltip; a student's diamond opens
 * the replay, and the table below does the same for keyboard users.
 */
import { binOf, roundTicks, tickLabel, WINNER_COLOURS } from '../lab/lab-dots';
import type { ClassRow, ComputerGames } from './class-model';

const SVG = 'http://www.w3.org/2000/svg';

const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
};

export interface PlotSetting {
  readonly key: string;
  /** "history's settings" or the changed levers in words. */
  readonly label: string;
  readonly computer: ComputerGames | undefined;
  readonly students: readonly ClassRow[];
}

export interface ClassPlotOptions {
  readonly settings: readonly PlotSetting[];
  /** Where history's winner lies on the margin axis (from the scenario's victory margins), and its words. */
  readonly history: { readonly from: number; readonly to: number; readonly label: string } | null;
  readonly onOpen: (row: ClassRow) => void;
}

const short = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const classPlot = (o: ClassPlotOptions): SVGSVGElement => {
  const margins = o.settings.flatMap((s) => [...(s.computer?.summaries.map((g) => g.margin) ?? []), ...s.students.flatMap((r) => (r.outcome ? [r.outcome.margin] : []))]);
  const lo = Math.min(0, ...margins);
  const hi = Math.max(0, ...margins);
  const bin = binOf(lo, hi, 30);
  const width = 1000;
  const left = 170;
  const plotW = width - left - 20;
  const x = (v: number) => left + ((bin(v) + 0.5) * plotW) / bin.count;
  const r = 4;
  const pitch = 2 * r + 1;
  const rows = o.settings.map((s) => {
    const heights = Array.from({ length: bin.count }, (): number => 0);
    const dots = (s.computer?.summaries ?? []).map((g) => ({ g, b: bin(g.margin), level: heights[bin(g.margin)]!++ }));
    const studentLevels = Array.from({ length: bin.count }, (): number => 0);
    const students = s.students.flatMap((row) => (row.outcome ? [{ row, b: bin(row.outcome.margin), level: studentLevels[bin(row.outcome.margin)]!++ }] : []));
    const tallest = Math.max(1, ...heights);
    const tallestStudents = Math.max(1, ...studentLevels);
    return { s, dots, students, height: Math.max(70, tallest * pitch + tallestStudents * 18 + 30) };
  });
  const top = 26;
  const height = top + rows.reduce((a, b) => a + b.height, 0) + 44;
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'class-plot',
    role: 'img',
    'aria-label': 'The students’ games (diamonds) among the computer’s games with the same levers (dots), by victory margin, with history’s outcome shaded',
  });
  if (o.history) {
    const from = Math.max(lo, o.history.from);
    const to = Math.min(hi, o.history.to);
    if (from <= to) {
      const x0 = x(from) - plotW / bin.count / 2;
      const x1 = x(to) + plotW / bin.count / 2;
      svg.append(el('rect', { x: x0, y: top - 6, width: Math.max(2, x1 - x0), height: height - top - 38, class: 'class-plot-history' }));
      svg.append(el('text', { x: x0 + 4, y: top - 10, class: 'class-plot-history-label' }, `History: ${o.history.label}`));
    }
  }
  const zero = x(0);
  svg.append(el('line', { x1: zero, x2: zero, y1: top - 6, y2: height - 38, class: 'class-plot-zero' }));
  let y = top;
  for (const row of rows) {
    const base = y + row.height - 8;
    const n = row.s.computer?.summaries.length ?? 0;
    const planned = row.s.computer?.planned ?? 0;
    svg.append(el('text', { x: 4, y: base - 18, class: 'class-plot-label' }, short(row.s.label, 26), el('title', {}, row.s.label)));
    svg.append(el('text', { x: 4, y: base - 4, class: 'class-plot-sub' }, planned ? `${n} of ${planned} computer games` : 'no computer games'));
    svg.append(el('line', { x1: left, x2: width - 20, y1: base + 1, y2: base + 1, class: 'class-plot-base' }));
    for (const d of row.dots) {
      svg.append(
        el(
          'circle',
          { cx: x(d.g.margin), cy: base - r - d.level * pitch, r, fill: WINNER_COLOURS[d.g.winner] ?? '#888', class: 'class-plot-dot' },
          el('title', {}, `Computer game, seed ${String(d.g.seed)}: ${d.g.winner === 'draw' ? 'a draw' : `${d.g.winner} victory`}, margin ${d.g.margin}`),
        ),
      );
    }
    const stackTop = base - r - Math.max(1, ...row.dots.map((d) => d.level + 1)) * pitch - 10;
    for (const st of row.students) {
      const cx = x(st.row.outcome!.margin);
      const cy = stackTop - st.level * 18;
      const res = st.row.loaded.result;
      const confirmed = st.row.outcomeReplayed ? '' : ' (not confirmed by the replay)';
      const g = el(
        'g',
        { class: 'class-plot-student', 'data-row': st.row.index, tabindex: '-1' },
        el('path', { d: `M ${cx} ${cy - 8} L ${cx + 8} ${cy} L ${cx} ${cy + 8} L ${cx - 8} ${cy} Z`, fill: WINNER_COLOURS[st.row.outcome!.winner] ?? '#888', class: st.row.outcomeReplayed ? 'confirmed' : 'unconfirmed' }),
        // Names on the right half are written to the left of their diamond, so none runs off the plot.
        cx > left + plotW / 2
          ? el('text', { x: cx - 11, y: cy + 4, 'text-anchor': 'end', class: 'class-plot-name' }, short(res.student, 18))
          : el('text', { x: cx + 11, y: cy + 4, class: 'class-plot-name' }, short(res.student, 18)),
        el('title', {}, `${res.student}, attempt ${res.attempt}: margin ${st.row.outcome!.margin}${confirmed}. Click to watch the game.`),
      );
      g.addEventListener('click', () => o.onOpen(st.row));
      svg.append(g);
    }
    y += row.height;
  }
  const axisY = height - 26;
  for (const t of roundTicks(lo, hi)) svg.append(el('text', { x: left + (bin.at(t) * plotW) / bin.count, y: axisY, 'text-anchor': 'middle', class: 'class-plot-tick' }, tickLabel(t)));
  svg.append(el('text', { x: left + plotW / 2, y: axisY + 18, 'text-anchor': 'middle', class: 'class-plot-axis' }, 'Victory margin: Soviet minus Japanese objective points (right: Soviet ahead)'));
  return svg;
};

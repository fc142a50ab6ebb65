/**
 * The lab's bar charts, drawn with Chart.js — loaded only when the lab first draws one (a dynamic import), so the
 * game's first load carries none of it. A chart is given as plain data (`BarChartSpec`, built in lab-figures.ts); a
 * line can be drawn at a position on the x axis (history's turn or figure). Each canvas is an image with its summary
 * as its accessible name, and the summary is printed under it.
 */
import type { Chart as ChartType, Plugin } from 'chart.js';

export interface BarSeries {
  readonly name: string;
  readonly colour: string;
  readonly counts: readonly number[];
}

export interface BarChartSpec {
  readonly id: string;
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly labels: readonly string[];
  readonly series: readonly BarSeries[];
  /** A line at this x position (a category index; fractions fall between bars), e.g. history's turn. */
  readonly mark?: { readonly at: number; readonly label: string } | null;
  /** What the chart shows, in a sentence (its accessible name and caption). */
  readonly summary: string;
}

let loaded: Promise<typeof import('chart.js')> | null = null;

const chartJs = (): Promise<typeof import('chart.js')> => {
  loaded ??= import('chart.js').then((m) => {
    m.Chart.register(m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.Legend, m.Tooltip, m.Title);
    return m;
  });
  return loaded;
};

/** Draws a vertical dashed line at `mark.at` with its label. */
const markPlugin = (mark: NonNullable<BarChartSpec['mark']>): Plugin<'bar'> => ({
  id: 'lab-mark',
  afterDatasetsDraw(chart) {
    const xs = chart.scales['x'];
    if (!xs) return;
    const lo = Math.floor(mark.at);
    const frac = mark.at - lo;
    const p0 = xs.getPixelForValue(lo);
    const p1 = xs.getPixelForValue(Math.min(lo + 1, chart.data.labels!.length - 1));
    const x = p0 + (lo + 1 < chart.data.labels!.length ? (p1 - p0) * frac : 0);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#111';
    ctx.font = 'bold 12px system-ui, sans-serif';
    ctx.textAlign = x > (chart.chartArea.left + chart.chartArea.right) / 2 ? 'right' : 'left';
    ctx.fillText(mark.label, x + (ctx.textAlign === 'right' ? -5 : 5), top + 12);
    ctx.restore();
  },
});

/** A figure element holding the chart's canvas and caption; the chart is drawn into it once Chart.js has loaded. */
export const barChart = (spec: BarChartSpec, drawn: (chart: ChartType<'bar', number[], string>) => void): HTMLElement => {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${spec.title}. ${spec.summary}`);
  canvas.id = `chart-${spec.id}`;
  const box = document.createElement('div');
  box.className = 'lab-chart-box';
  box.append(canvas);
  const caption = document.createElement('figcaption');
  caption.textContent = spec.summary;
  const figure = document.createElement('figure');
  figure.className = 'lab-chart';
  figure.dataset['chart'] = spec.id;
  figure.append(box, caption);
  void chartJs().then(({ Chart }) => {
    if (!canvas.isConnected) return;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: [...spec.labels],
        datasets: spec.series.map((s) => ({ label: s.name, data: [...s.counts], backgroundColor: s.colour, borderWidth: 0, categoryPercentage: 0.9, barPercentage: 0.95 })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
        plugins: {
          title: { display: true, text: spec.title, color: '#222', font: { size: 13, weight: 'bold' }, padding: { top: 2, bottom: 4 } },
          legend: { display: spec.series.length > 1, labels: { color: '#222', boxWidth: 14, boxHeight: 10, padding: 6, font: { size: 11 } } },
        },
        scales: {
          x: { title: { display: true, text: spec.xTitle, color: '#333' }, ticks: { color: '#333', autoSkip: true, maxRotation: 0 }, grid: { display: false } },
          y: { title: { display: true, text: spec.yTitle, color: '#333' }, ticks: { color: '#333', precision: 0 }, beginAtZero: true },
        },
      },
      plugins: spec.mark ? [markPlugin(spec.mark)] : [],
    });
    drawn(chart);
  });
  return figure;
};

// Embedded charts drawn from their stored specs with Chart.js (bundled from node_modules, no
// CDN), anchored at their cell like Sheets' floating charts. Chart types map to the nearest
// Chart.js type; Google's options that matter for reading (title, legend, colors, stacking,
// axis titles, curve) are carried over.
import {
  Chart,
  registerables,
  type ChartConfiguration,
  type ChartDataset,
  type ChartType,
} from 'chart.js';
import type { SheetSummary } from './api';
import { el } from './dom';

Chart.register(...registerables);

type ChartView = SheetSummary['charts'][number];

const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7'];
const live = new Map<HTMLElement, { key: string; charts: Chart[] }>();

/** Replaces the charts drawn in `layer` by the sheet's; `at` gives a cell's pixel position. */
export function drawCharts(
  layer: HTMLElement,
  sheet: SheetSummary,
  at: (row: number, col: number) => { left: number; top: number },
): void {
  // Redraw only when the charts or their data changed (the grid refreshes often).
  const key = JSON.stringify([sheet.name, sheet.charts, sheet.columnWidths]);
  if (live.get(layer)?.key === key) return;
  for (const chart of live.get(layer)?.charts ?? []) chart.destroy();
  const charts: Chart[] = [];
  layer.replaceChildren();
  for (const view of sheet.charts) {
    const { left, top } = at(view.position.row, view.position.col);
    const width = Number(view.options.width ?? 600);
    const height = Number(view.options.height ?? 371);
    const title = String(view.options.title ?? `Chart ${view.id}`);
    const canvas = el('canvas', { role: 'img', 'aria-label': `Chart: ${title}` });
    const box = el('figure', { class: 'chart', 'data-chart-id': view.id }, canvas);
    Object.assign(box.style, {
      left: `${left + view.position.offsetX}px`,
      top: `${top + view.position.offsetY}px`,
      width: `${width}px`,
      height: `${height}px`,
    });
    layer.append(box);
    charts.push(new Chart(canvas, config(view)));
  }
  live.set(layer, { key, charts });
}

function config(view: ChartView): ChartConfiguration {
  const o = view.options;
  const colors = Array.isArray(o.colors) ? (o.colors as string[]) : PALETTE;
  const kind = view.type.toUpperCase();
  const type: ChartType =
    kind === 'PIE'
      ? 'pie'
      : kind === 'SCATTER'
        ? 'scatter'
        : kind === 'COLUMN' || kind === 'BAR' || kind === 'HISTOGRAM' || kind === 'COMBO'
          ? 'bar'
          : 'line';
  const datasets: ChartDataset[] = view.series.map((s, i) => {
    const color = colors[i % colors.length];
    const base = {
      label: s.name,
      backgroundColor:
        type === 'pie' ? view.labels.map((_, j) => colors[j % colors.length]) : color,
      borderColor: color,
    };
    if (type === 'scatter') {
      const points = s.values.map((y, j) => ({ x: Number(view.labels[j]), y: y ?? NaN }));
      return { ...base, data: points } as ChartDataset;
    }
    const line = kind === 'COMBO' && i > 0;
    // A series' own point size and line width (Google's `series: {1: {pointSize, lineWidth}}`):
    // a series of points only, such as the Dashboard's context markers.
    const own = (
      o.series as Record<string, { pointSize?: number; lineWidth?: number }> | undefined
    )?.[String(i)];
    return {
      ...base,
      ...(line ? { type: 'line' as const } : {}),
      data: s.values,
      fill: kind === 'AREA',
      tension: o.curveType === 'function' ? 0.4 : 0,
      pointRadius:
        own?.pointSize !== undefined ? own.pointSize / 2 : type === 'line' ? 2 : undefined,
      ...(own?.lineWidth === 0 ? { showLine: false } : {}),
    } as ChartDataset;
  });
  const legend = String(o['legend.position'] ?? 'right');
  const stacked = o.isStacked === true || o.isStacked === 'true';
  const axis = (title: unknown) => ({
    stacked,
    title: { display: title !== undefined, text: String(title ?? '') },
  });
  return {
    type,
    data: { labels: type === 'scatter' ? undefined : view.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: kind === 'BAR' ? 'y' : 'x',
      plugins: {
        title: { display: o.title !== undefined, text: String(o.title ?? '') },
        legend: {
          display: legend !== 'none',
          position: legend === 'none' ? 'top' : (legend as 'top'),
        },
      },
      scales: type === 'pie' ? {} : { x: axis(o['hAxis.title']), y: axis(o['vAxis.title']) },
    },
  } as ChartConfiguration;
}

// The Achievable step's small bar chart of the KPI per period, as inline SVG (no library, no
// external resource), with the target as a dashed line. The geometry is pure (tested in Node);
// the drawing goes through the DOM helper like everything else.
import type { HistorySummary } from '../../src/server/wizard-contract';
import { svg } from '../shared/dom';

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  start: string;
}

export interface ChartLayout {
  bars: Bar[];
  /** The y of the value 0 (the bars grow from it, up or down). */
  zeroY: number;
  /** The y of the target line, when there is a target. */
  targetY: number | null;
}

const PAD = 4;

/** Bars scaled so that every value, 0 and the target fit between PAD and height − PAD. */
export function chartLayout(
  points: HistorySummary['points'],
  target: number | null,
  width: number,
  height: number,
): ChartLayout {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const all = target === null ? [...values, 0] : [...values, 0, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const y = (v: number) => PAD + ((max - v) / span) * (height - 2 * PAD);
  const zeroY = y(0);
  const slot = points.length > 0 ? width / points.length : width;
  const gap = Math.min(2, slot * 0.2);
  const bars: Bar[] = [];
  points.forEach((p, i) => {
    if (p.value === null) return;
    const top = Math.min(y(p.value), zeroY);
    // A zero value still shows a hairline, so "no sales" differs from "no data".
    const h = Math.max(Math.abs(y(p.value) - zeroY), 1);
    bars.push({
      x: i * slot + gap / 2,
      y: top,
      width: slot - gap,
      height: h,
      value: p.value,
      start: p.start,
    });
  });
  return { bars, zeroY, targetY: target === null ? null : y(target) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The chart, described by the element ids given (title and summary texts live in the page). */
export function historyChart(
  points: HistorySummary['points'],
  target: number | null,
  labelledBy: string,
  format: (value: number) => string,
): SVGSVGElement {
  const width = 268;
  const height = 96;
  const layout = chartLayout(points, target, width, height);
  return svg(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${width} ${height}`,
      width: '100%',
      height,
      role: 'img',
      'aria-labelledby': labelledBy,
      focusable: 'false',
    },
    layout.bars.map((b) =>
      svg(
        'rect',
        {
          class: 'bar',
          x: round(b.x),
          y: round(b.y),
          width: round(b.width),
          height: round(b.height),
        },
        svg('title', null, `${b.start}: ${format(b.value)}`),
      ),
    ),
    svg('line', {
      class: 'axis',
      x1: 0,
      x2: width,
      y1: round(layout.zeroY),
      y2: round(layout.zeroY),
    }),
    layout.targetY === null
      ? null
      : svg('line', {
          class: 'target',
          x1: 0,
          x2: width,
          y1: round(layout.targetY),
          y2: round(layout.targetY),
        }),
  );
}

// SPARKLINE cells drawn small as inline SVG: a line by default, or columns/bars ("charttype").
import type { CellView } from './api';

const NS = 'http://www.w3.org/2000/svg';

export function sparklineSvg(
  data: NonNullable<CellView['k']>,
  width: number,
  height: number,
): SVGSVGElement {
  const values = data.data.flat().filter((v): v is number => typeof v === 'number');
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Sparkline of ${values.length} values`);
  svg.classList.add('sparkline');
  if (values.length === 0) return svg;
  const option = (name: string): unknown => data.options[name];
  const color = String(option('color') ?? option('color1') ?? '#1a73e8');
  const type = String(option('charttype') ?? 'line').toLowerCase();
  const min = Math.min(
    Number(option('ymin') ?? Infinity),
    ...values,
    type === 'line' ? Infinity : 0,
  );
  const max = Math.max(Number(option('ymax') ?? -Infinity), ...values);
  const span = max - min || 1;
  const pad = 2;
  const y = (v: number): number => pad + (height - 2 * pad) * (1 - (v - min) / span);
  if (type === 'column' || type === 'bar') {
    const step = (width - 2 * pad) / values.length;
    values.forEach((v, i) => {
      const rect = document.createElementNS(NS, 'rect');
      rect.setAttribute('x', String(pad + i * step + step * 0.1));
      rect.setAttribute('width', String(step * 0.8));
      rect.setAttribute('y', String(Math.min(y(v), y(Math.max(min, 0)))));
      rect.setAttribute('height', String(Math.max(1, Math.abs(y(v) - y(Math.max(min, 0))))));
      rect.setAttribute('fill', color);
      svg.append(rect);
    });
    return svg;
  }
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const line = document.createElementNS(NS, 'polyline');
  line.setAttribute(
    'points',
    values.map((v, i) => `${(pad + i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' '),
  );
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', color);
  line.setAttribute('stroke-width', String(option('linewidth') ?? 1.5));
  svg.append(line);
  return svg;
}

// Bar charts for the summary email drawn with table cells of computed widths and inline styles:
// Gmail and most clients strip <style>, SVG and scripts, and images may be blocked, but a
// coloured cell of a given width shows everywhere. Two charts: the forecast as a horizontal bar
// (won so far, then the rest of what is expected) over a strip marking the 80 % range, and the
// "why did it move" parts as a diverging bar chart around a zero axis. The numbers are written
// beside each bar (the bars are decoration, hidden from screen readers). Pure: strings in, HTML
// out, every label and caption escaped.
import { escapeHtml as e } from '../workbook/email-escape';

/** One period's forecast: amounts for the bars, `caption` the same numbers in words. */
export interface RangeBar {
  readonly label: string;
  readonly won: number;
  readonly expected: number;
  readonly low: number;
  readonly high: number;
  readonly caption: string;
}

export interface RangeChart {
  readonly legend: { readonly won: string; readonly expected: string; readonly range: string };
  readonly bars: readonly RangeBar[];
}

/** One part of a change (signed), `caption` its value in words ("−7 pts"). */
export interface DivergingBar {
  readonly label: string;
  readonly value: number;
  readonly caption: string;
}

export interface DivergingChart {
  readonly title: string;
  /** The parts, then the total they add up to (drawn last, darker). */
  readonly parts: readonly DivergingBar[];
  readonly total: DivergingBar;
}

export const RANGE_WIDTH = 300;
export const HALF_WIDTH = 140;
const BAR_HEIGHT = 14;
const RANGE_HEIGHT = 6;

const COLOUR = {
  won: '#188038',
  expected: '#8ab4f8',
  track: '#f1f3f4',
  range: '#1a73e8',
  blank: '#ffffff',
  up: '#188038',
  down: '#c5221f',
  upTotal: '#0d652d',
  downTotal: '#a50e0e',
  axis: '#5f6368',
} as const;

const LABEL =
  'padding:3px 8px 3px 0;font-size:12px;color:#202124;vertical-align:middle;white-space:nowrap;';
const CAPTION =
  'padding:3px 0 3px 8px;font-size:12px;color:#202124;vertical-align:middle;white-space:nowrap;';
const CHART_TABLE =
  'role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:8px 0 4px;"';

const finite = (x: number): number => (Number.isFinite(x) && x > 0 ? x : 0);

/**
 * Pixel widths of consecutive segments laid end to end on a track of `width` pixels for `scale`:
 * each boundary is rounded, so the widths add up to the rounded end of the last segment and each
 * is within a pixel of its exact share. Negative or non-finite lengths count 0.
 */
export function segmentWidths(lengths: readonly number[], scale: number, width: number): number[] {
  if (!(scale > 0)) return lengths.map(() => 0);
  const out: number[] = [];
  let sum = 0;
  let edge = 0;
  for (const length of lengths) {
    sum += finite(length);
    const next = Math.min(width, Math.round((sum / scale) * width));
    out.push(next - edge);
    edge = next;
  }
  return out;
}

/** A solid block of `width` × `height` pixels; nothing for width 0 (a 0-wide cell still shows). */
function block(width: number, height: number, colour: string, align?: 'left' | 'right'): string {
  if (width <= 0) return '';
  const side = align ? ` align="${align}"` : '';
  return `<table role="presentation" cellpadding="0" cellspacing="0" width="${width}"${side} style="border-collapse:collapse;"><tr><td width="${width}" height="${height}" style="width:${width}px;height:${height}px;background:${colour};font-size:0;line-height:0;">&nbsp;</td></tr></table>`;
}

/** A row of coloured segments of the given widths, on a table as wide as the track. */
function strip(widths: readonly number[], colours: readonly string[], height: number): string {
  const cells = widths
    .map((w, i) =>
      w > 0
        ? `<td width="${w}" height="${height}" style="width:${w}px;height:${height}px;background:${colours[i]};font-size:0;line-height:0;">&nbsp;</td>`
        : '',
    )
    .join('');
  if (!cells) return '';
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;"><tr>${cells}</tr></table>`;
}

/** The forecast bars; '' when there is no period to show. */
export function rangeChartHtml(chart: RangeChart): string {
  if (chart.bars.length === 0) return '';
  const scale = Math.max(0, ...chart.bars.flatMap((b) => [b.won, b.expected, b.high].map(finite)));
  const rows = chart.bars.map((b) => {
    const won = finite(b.won);
    const expected = Math.max(finite(b.expected), won);
    const low = Math.min(finite(b.low), finite(b.high));
    const bar = segmentWidths([won, expected - won, scale - expected], scale, RANGE_WIDTH);
    const range = segmentWidths(
      [low, finite(b.high) - low, scale - finite(b.high)],
      scale,
      RANGE_WIDTH,
    );
    return [
      '<tr>',
      `<td style="${LABEL}">${e(b.label)}</td>`,
      `<td width="${RANGE_WIDTH}" aria-hidden="true" style="width:${RANGE_WIDTH}px;padding:3px 0;vertical-align:middle;">`,
      strip(bar, [COLOUR.won, COLOUR.expected, COLOUR.track], BAR_HEIGHT),
      strip(range, [COLOUR.blank, COLOUR.range, COLOUR.blank], RANGE_HEIGHT),
      '</td>',
      `<td style="${CAPTION}">${e(b.caption)}</td>`,
      '</tr>',
    ].join('');
  });
  const key = (colour: string, text: string, height: number) =>
    `<td style="padding:0 4px 0 0;vertical-align:middle;">${block(10, height, colour)}</td><td style="padding:0 12px 0 0;font-size:11px;color:#5f6368;vertical-align:middle;white-space:nowrap;">${e(text)}</td>`;
  const legend = `<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 8px;"><tr>${key(COLOUR.won, chart.legend.won, BAR_HEIGHT)}${key(COLOUR.expected, chart.legend.expected, BAR_HEIGHT)}${key(COLOUR.range, chart.legend.range, RANGE_HEIGHT)}</tr></table>`;
  return [`<table ${CHART_TABLE}>`, ...rows, '</table>', legend].join('\n');
}

/** The diverging bars: negatives left of the axis, positives right; '' without parts. */
export function divergingChartHtml(chart: DivergingChart): string {
  if (chart.parts.length === 0) return '';
  const all = [...chart.parts, chart.total];
  const scale = Math.max(0, ...all.map((b) => (Number.isFinite(b.value) ? Math.abs(b.value) : 0)));
  const row = (b: DivergingBar, isTotal: boolean) => {
    const value = Number.isFinite(b.value) ? b.value : 0;
    const [width] = segmentWidths([Math.abs(value)], scale, HALF_WIDTH);
    const colour =
      value < 0 ? (isTotal ? COLOUR.downTotal : COLOUR.down) : isTotal ? COLOUR.upTotal : COLOUR.up;
    const weight = isTotal ? 'font-weight:bold;' : '';
    const border = isTotal ? 'border-top:1px solid #dadce0;' : '';
    return [
      '<tr>',
      `<td style="${LABEL}${weight}${border}">${e(b.label)}</td>`,
      `<td width="${HALF_WIDTH}" align="right" aria-hidden="true" style="width:${HALF_WIDTH}px;padding:3px 0;vertical-align:middle;${border}">${value < 0 ? block(width, BAR_HEIGHT, colour, 'right') : ''}</td>`,
      `<td width="1" aria-hidden="true" style="width:1px;background:${COLOUR.axis};font-size:0;line-height:0;">&nbsp;</td>`,
      `<td width="${HALF_WIDTH}" align="left" aria-hidden="true" style="width:${HALF_WIDTH}px;padding:3px 0;vertical-align:middle;${border}">${value > 0 ? block(width, BAR_HEIGHT, colour, 'left') : ''}</td>`,
      `<td style="${CAPTION}${weight}${border}">${e(b.caption)}</td>`,
      '</tr>',
    ].join('');
  };
  return [
    `<p style="margin:12px 0 4px;font-size:13px;font-weight:bold;">${e(chart.title)}</p>`,
    `<table ${CHART_TABLE}>`,
    ...chart.parts.map((b) => row(b, false)),
    row(chart.total, true),
    '</table>',
  ].join('\n');
}

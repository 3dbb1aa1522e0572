// The summary as an HTML email that common clients show alike (Gmail, Outlook, Apple Mail):
// tables for layout, inline styles only, no images, no script, no external resource. The trend
// is drawn with table cells of a given height and colour. Every string from the view goes
// through escapeHtml; the only unescaped text here is this file's own markup. The outlook's
// charts are drawn the same way, with cells of computed widths (charts-html.ts).
import type { ProgressStatus } from '../../kpi/progress';
import { divergingChartHtml, rangeChartHtml } from './charts-html';
import {
  CELL,
  FONT,
  footerLines,
  HEAD,
  headRow,
  NOTE,
  openButton,
  sectionTitle,
  TABLE,
  textTable,
} from '../workbook/email-html';
import { escapeHtml } from '../workbook/email-escape';
import type { EmailView, KpiRowView, TrendView } from './view';

const NUMBER = `${CELL}text-align:right;white-space:nowrap;`;
const BAR_HEIGHT = 60;

const SENSE_COLOUR = { better: '#188038', worse: '#c5221f', level: '#5f6368' } as const;
const STATUS_COLOUR: Record<ProgressStatus | 'none', string> = {
  ahead: '#188038',
  'on track': '#188038',
  done: '#1a73e8',
  behind: '#c5221f',
  none: '#5f6368',
};

const e = escapeHtml;

export function renderHtml(view: EmailView): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(view.language)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(view.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f4f5f7;${FONT}">`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center" style="padding:16px;">',
    `<table role="presentation" width="680" cellpadding="0" cellspacing="0" style="max-width:680px;width:100%;background:#ffffff;border:1px solid #dadce0;${FONT}color:#202124;">`,
    `<tr><td style="padding:20px 24px;background:#1f3864;color:#ffffff;${FONT}">`,
    `<h1 style="margin:0;font-size:20px;">${e(view.title)}</h1>`,
    `<p style="margin:6px 0 0;font-size:13px;">${e(view.intro)}</p></td></tr>`,
    `<tr><td style="padding:4px 24px 20px;${FONT}">`,
    ...view.problems.map(
      (p) =>
        `<p role="alert" style="margin:16px 0 0;padding:8px 12px;background:#fce8e6;color:#a50e0e;font-size:14px;">${e(p)}</p>`,
    ),
    view.context
      ? `<p style="margin:16px 0 0;padding:8px 12px;background:#e8f0fe;color:#174ea6;font-size:14px;">${e(view.context)}</p>`
      : '',
    kpiSection(view),
    trendSection(view),
    outlookSection(view),
    linesSection(view.reviews),
    peopleSection(view),
    alertSection(view),
    openButton(view.link.url, view.link.text),
    '</td></tr>',
    `<tr><td style="padding:12px 24px;background:#f8f9fa;font-size:12px;color:#5f6368;${FONT}">`,
    footerLines(view.why, view.footer),
    '</td></tr></table></td></tr></table></body></html>',
  ].join('\n');
}

function kpiSection(view: EmailView): string {
  const rows = view.kpis.rows.map(kpiRow).join('\n');
  return [
    sectionTitle(view.kpis.title),
    `<table ${TABLE}>`,
    headRow(view.kpis.header, 1, 4),
    rows,
    '</table>',
  ].join('\n');
}

function kpiRow(row: KpiRowView): string {
  const [name, value, previous, change, objective, pace] = row.cells;
  const arrow = row.sense === 'level' ? '' : change.startsWith('−') ? '▼ ' : '▲ ';
  const paceColour = row.hasObjective ? STATUS_COLOUR[row.status ?? 'none'] : '#5f6368';
  return [
    '<tr>',
    `<td style="${CELL}">${e(name)}</td>`,
    `<td style="${NUMBER}font-weight:bold;">${e(value)}</td>`,
    `<td style="${NUMBER}color:#5f6368;">${e(previous)}</td>`,
    `<td style="${NUMBER}color:${SENSE_COLOUR[row.sense]};">${e(arrow + change)}</td>`,
    `<td style="${CELL}color:#5f6368;">${e(objective)}</td>`,
    `<td style="${CELL}color:${paceColour};${row.hasObjective ? 'font-weight:bold;' : ''}">${e(pace)}</td>`,
    '</tr>',
  ].join('');
}

function trendSection(view: EmailView): string {
  return [sectionTitle(view.trendTitle), ...view.trends.map(trendChart)].join('\n');
}

/** Vertical bars: one bottom-aligned cell per period, the last (the report window) darker. */
function trendChart(trend: TrendView): string {
  const last = trend.points.length - 1;
  const bars = trend.points
    .map((p, i) => {
      const height = Math.round(p.height * BAR_HEIGHT);
      const colour = i === last ? '#1f3864' : '#8ab4f8';
      const bar =
        height > 0
          ? `<table role="presentation" width="28" cellpadding="0" cellspacing="0" align="center"><tr><td height="${height}" style="height:${height}px;background:${colour};font-size:0;line-height:0;">&nbsp;</td></tr></table>`
          : '';
      return `<td valign="bottom" align="center" style="height:${BAR_HEIGHT}px;padding:0 3px;vertical-align:bottom;">${bar}</td>`;
    })
    .join('');
  const values = trend.points
    .map(
      (p) =>
        `<td align="center" style="padding:2px 3px;font-size:11px;color:#202124;white-space:nowrap;">${e(p.value)}</td>`,
    )
    .join('');
  const labels = trend.points
    .map(
      (p) =>
        `<td align="center" style="padding:0 3px;font-size:11px;color:#5f6368;white-space:nowrap;">${e(p.label)}</td>`,
    )
    .join('');
  return [
    `<p style="margin:12px 0 4px;font-size:13px;font-weight:bold;">${e(trend.title)}</p>`,
    '<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">',
    `<tr>${bars}</tr><tr>${values}</tr><tr>${labels}</tr>`,
    '</table>',
  ].join('\n');
}

function peopleSection(view: EmailView): string {
  const p = view.people;
  if (p.empty) return `${sectionTitle(p.title)}<p style="${NOTE}">${e(p.empty)}</p>`;
  const groups = `<tr><th style="${HEAD}"></th>${p.groups
    .map((g) => `<th colspan="2" style="${HEAD}text-align:center;">${e(g)}</th>`)
    .join('')}</tr>`;
  const rows = p.rows
    .map(
      (r) =>
        `<tr><td style="${CELL}">${e(r[0])}</td>${r
          .slice(1)
          .map((c) => `<td style="${NUMBER}">${e(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return [
    sectionTitle(p.title),
    `<table ${TABLE}>`,
    groups,
    headRow(p.roles, 1),
    rows,
    '</table>',
    `<p style="${NOTE}">${e(p.note)}</p>`,
  ].join('\n');
}

/** The outlook's lines (the numbers in words), each chart below the lines it draws. */
function outlookSection(view: EmailView): string {
  const o = view.outlook;
  if (!o) return '';
  const forecastLines = o.lines.slice(0, o.forecastChart.bars.length);
  return [
    linesSection({ title: o.title, lines: forecastLines }),
    rangeChartHtml(o.forecastChart),
    ...o.lines
      .slice(forecastLines.length)
      .map((line) => `<p style="margin:4px 0;font-size:14px;">${e(line)}</p>`),
    o.whyChart ? divergingChartHtml(o.whyChart) : '',
  ].join('\n');
}

function linesSection(o: { title: string; lines: readonly string[] } | undefined): string {
  if (!o) return '';
  return [
    sectionTitle(o.title),
    ...o.lines.map((line) => `<p style="margin:4px 0;font-size:14px;">${e(line)}</p>`),
  ].join('\n');
}

function alertSection(view: EmailView): string {
  const a = view.alerts;
  if (a.none) return `${sectionTitle(a.title)}<p style="${NOTE}">${e(a.none)}</p>`;
  return [
    sectionTitle(a.title),
    ...textTable(a.header, a.rows),
    a.more ? `<p style="${NOTE}">${e(a.more)}</p>` : '',
  ].join('\n');
}

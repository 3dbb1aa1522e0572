// The review pack as an email: the same sections as the Review sheet, in plain text and in HTML
// (tables and inline styles, as the summaries' email), with a link to the spreadsheet and why
// the reader receives it. Every string from the view goes through escapeHtml. Pure.
import { FONT, sectionTitle, textTable } from '../workbook/email-html';
import { escapeHtml, oneLine, safeUrl } from '../workbook/email-escape';
import type { PackSection, ReviewPackView } from './pack';
import { reviewWords } from './words';

const TEXT = 'margin:6px 0;font-size:14px;';
const e = escapeHtml;

export interface RenderedPack {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export function renderPack(view: ReviewPackView, sheetName: string, url: string): RenderedPack {
  const w = reviewWords(view.language);
  const subject = oneLine(w('subject', { scope: view.scopeLabel, period: view.periodLabel }));
  const intro = w('mailIntro', { scope: view.scopeLabel, period: view.periodLabel });
  const decisions = w('decisionsMail', { sheet: sheetName });
  const why = w('mailWhy', { scope: view.scopeLabel });
  return {
    subject,
    text: [
      view.title,
      intro,
      view.subtitle,
      ...view.sections.flatMap(textSection),
      '',
      w('decisions'),
      decisions,
      '',
      `${w('open')}: ${url}`,
      '',
      why,
    ].join('\n'),
    html: [
      '<!DOCTYPE html>',
      `<html lang="${e(view.language)}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
      `<body style="margin:0;padding:16px;background:#f4f5f7;${FONT}color:#202124;">`,
      `<div style="max-width:760px;margin:0 auto;background:#ffffff;border:1px solid #dadce0;padding:20px 24px;">`,
      `<h1 style="margin:0;font-size:20px;color:#1f3864;">${e(view.title)}</h1>`,
      `<p style="${TEXT}">${e(intro)}</p>`,
      `<p style="${TEXT}color:#5f6368;">${e(view.subtitle)}</p>`,
      ...view.sections.map(htmlSection),
      sectionTitle(w('decisions')),
      `<p style="${TEXT}">${e(decisions)}</p>`,
      safeUrl(url)
        ? `<p style="margin:24px 0 0;"><a href="${safeUrl(url)}" style="color:#1a73e8;">${e(w('open'))}</a></p>`
        : '',
      `<p style="margin:16px 0 0;font-size:12px;color:#5f6368;">${e(why)}</p>`,
      '</div></body></html>',
    ].join(''),
  };
}

function textSection(section: PackSection): string[] {
  const lines = ['', section.title, '-'.repeat(section.title.length), ...section.lines];
  if (section.rows.length === 0) return section.empty ? [...lines, section.empty] : lines;
  // One line per row: "header: value" pairs, so a narrow mail reader still reads it.
  for (const row of section.rows)
    lines.push(
      `- ${row
        .map((cell, i) => (cell === '' ? '' : `${section.header[i]}: ${cell}`))
        .filter(Boolean)
        .join('; ')}`,
    );
  return lines;
}

function htmlSection(section: PackSection): string {
  const parts = [sectionTitle(section.title)];
  for (const line of section.lines) parts.push(`<p style="${TEXT}">${e(line)}</p>`);
  if (section.rows.length === 0) {
    if (section.empty) parts.push(`<p style="${TEXT}color:#5f6368;">${e(section.empty)}</p>`);
    return parts.join('');
  }
  parts.push(...textTable(section.header, section.rows));
  return parts.join('');
}

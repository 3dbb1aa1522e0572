// The markup the add-on's HTML emails share (the summary, a rep's summary, the review pack): the
// inline styles, a section's title, a table of text cells, the button to the spreadsheet and the
// footer. Tables and inline styles only, as common mail clients want (see
// summaries/render-html.ts); every string placed here goes through escapeHtml.
import { escapeHtml as e, safeUrl } from './email-escape';

export const FONT = 'font-family:Arial,Helvetica,sans-serif;';
export const CELL =
  'padding:6px 8px;border-bottom:1px solid #e0e0e0;font-size:13px;vertical-align:top;';
export const HEAD = `${CELL}background:#f1f3f4;font-weight:bold;text-align:left;`;
export const SECTION = 'margin:24px 0 8px;font-size:16px;color:#1f3864;';
export const NOTE = 'margin:6px 0 0;font-size:12px;color:#5f6368;';
export const TABLE =
  'role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;"';

/** A section's title. */
export function sectionTitle(title: string): string {
  return `<h2 style="${SECTION}">${e(title)}</h2>`;
}

/** A header row; columns from `numericFrom` to before `numericTo` hold numbers (right-aligned). */
export function headRow(
  cells: readonly string[],
  numericFrom = cells.length,
  numericTo = cells.length,
): string {
  const align = (i: number): string =>
    i >= numericFrom && i < numericTo ? 'text-align:right;' : '';
  return `<tr>${cells.map((c, i) => `<th style="${HEAD}${align(i)}">${e(c)}</th>`).join('')}</tr>`;
}

/** A full-width table of text cells under its header row, as lines for the caller to join. */
export function textTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string[] {
  return [
    `<table ${TABLE}>`,
    headRow(header),
    ...rows.map((row) => `<tr>${row.map((c) => `<td style="${CELL}">${e(c)}</td>`).join('')}</tr>`),
    '</table>',
  ];
}

/** The button that opens the spreadsheet; '' when the address is not a plain https link. */
export function openButton(url: string, text: string): string {
  const href = safeUrl(url);
  return href
    ? `<p style="margin:24px 0 0;"><a href="${href}" style="display:inline-block;padding:10px 16px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:4px;font-size:14px;">${e(text)}</a></p>`
    : '';
}

/** The footer's two lines: why the reader gets the email, and who sends it. */
export function footerLines(why: string, footer: string): string {
  return `<p style="margin:0;">${e(why)}</p><p style="margin:4px 0 0;">${e(footer)}</p>`;
}

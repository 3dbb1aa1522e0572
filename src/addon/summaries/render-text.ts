// The summary as plain text, the alternative part of the email for clients that show no HTML
// (and what screen readers and previews fall back on). Names appear exactly as typed.
import type { EmailView } from './view';

export function renderText(view: EmailView): string {
  // French puts a space before a colon.
  const colon = view.language === 'fr' ? ' : ' : ': ';
  const table = (header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] =>
    rows.map((row) =>
      row
        .map((cell, i) => (i === 0 || cell === '' ? cell : `${header[i]}${colon}${cell}`))
        .filter((cell, i) => i === 0 || cell !== '')
        .join(' | '),
    );
  const lines: string[] = [view.title, view.intro, ''];
  if (view.problems.length) lines.push(...view.problems.map((p) => `! ${p}`), '');
  if (view.context) lines.push(view.context, '');
  lines.push(`== ${view.kpis.title} ==`);
  lines.push(
    ...table(
      view.kpis.header,
      view.kpis.rows.map((r) => r.cells),
    ),
  );
  lines.push('', `== ${view.trendTitle} ==`);
  for (const trend of view.trends)
    lines.push(
      `${trend.title}${colon}${trend.points.map((p) => `${p.label} ${p.value}`).join(', ')}`,
    );
  if (view.outlook) lines.push('', `== ${view.outlook.title} ==`, ...view.outlook.lines);
  if (view.reviews) lines.push('', `== ${view.reviews.title} ==`, ...view.reviews.lines);
  lines.push('', `== ${view.people.title} ==`);
  if (view.people.empty) lines.push(view.people.empty);
  else lines.push(...table(view.people.header, view.people.rows), view.people.note);
  lines.push('', `== ${view.alerts.title} ==`);
  if (view.alerts.none) lines.push(view.alerts.none);
  else lines.push(...table(view.alerts.header, view.alerts.rows));
  if (view.alerts.more) lines.push(view.alerts.more);
  lines.push('', `${view.link.text}${colon}${view.link.url}`, '', view.why, view.footer);
  return lines.join('\n');
}

// What a set-up did, in the user's words (the set-up page shows it when the last step is done).
import { say, type Language } from '../i18n';
import type { SetupReport } from './setup';

/** What a finished set-up did, one line each. */
export function summaryLines(report: SetupReport, language: Language): string[] {
  const lines = [say(language, 'setup.done')];
  if (report.created.length)
    lines.push(say(language, 'setup.created', { sheets: report.created.join(', ') }));
  if (report.completed.length) {
    const sheets = report.completed.map((c) => `${c.sheet} (${c.added.join(', ')})`).join(', ');
    lines.push(say(language, 'setup.completed', { sheets }));
  }
  if (!report.created.length && !report.completed.length)
    lines.push(say(language, 'setup.unchanged'));
  for (const beside of report.besideUserSheets)
    lines.push(say(language, 'setup.renamedBeside', beside));
  if (report.sampleRows) lines.push(say(language, 'setup.sample', { rows: report.sampleRows }));
  if (report.sampleSkipped.length) {
    lines.push(say(language, 'setup.sampleSkipped', { sheets: report.sampleSkipped.join(', ') }));
  }
  return lines;
}

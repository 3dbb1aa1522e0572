// The menu commands of the setup: progress as toasts, then one dialog that says what was done.
import { dateOfDay, today } from '../../functions/dates';
import { activeSpreadsheet, ui, userLocale } from '../adapters/services';
import { t } from '../i18n';
import { generateSampleData } from '../sample-data';
import { Language, languageOfLocale } from '../schema';
import { noDocumentMessage } from '../workbook/lock';
import { SetupReport, setupWorkbook } from './setup';

export function runSetup(withSample: boolean): SetupReport | undefined {
  const language = languageOfLocale(userLocale());
  const spreadsheet = activeSpreadsheet();
  const title = t(language, 'addon.title');
  const locked = setupWorkbook({
    language,
    // The sample ends yesterday in the spreadsheet's zone: today is still under way.
    sample: withSample
      ? generateSampleData({ language, endDate: dateOfDay(today() - 1) })
      : undefined,
    onProgress: (sheet, index, total) =>
      spreadsheet.toast(t(language, 'setup.progress', { sheet, index, total }), title, 5),
  });
  const text = locked.ok
    ? summary(locked.value, language)
    : locked.reason === 'busy'
      ? t(language, 'setup.busy')
      : noDocumentMessage(language);
  ui().alert(title, text, ui().ButtonSet.OK);
  return locked.ok ? locked.value : undefined;
}

export function summary(report: SetupReport, language: Language): string {
  const lines = [t(language, 'setup.done')];
  if (report.created.length)
    lines.push(t(language, 'setup.created', { sheets: report.created.join(', ') }));
  if (report.completed.length) {
    const sheets = report.completed.map((c) => `${c.sheet} (${c.added.join(', ')})`).join(', ');
    lines.push(t(language, 'setup.completed', { sheets }));
  }
  if (!report.created.length && !report.completed.length)
    lines.push(t(language, 'setup.unchanged'));
  for (const beside of report.besideUserSheets)
    lines.push(t(language, 'setup.renamedBeside', beside));
  if (report.sampleRows) lines.push(t(language, 'setup.sample', { rows: report.sampleRows }));
  if (report.sampleSkipped.length) {
    lines.push(t(language, 'setup.sampleSkipped', { sheets: report.sampleSkipped.join(', ') }));
  }
  return lines.join('\n');
}

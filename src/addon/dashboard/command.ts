// The "Refresh dashboard" menu command: refresh, show the Dashboard, and say what was done (a
// toast) or why nothing was (a dialog), in the user's language.
import { activeSpreadsheet, ui } from '../adapters/services';
import { dayOfIsoText } from '../../functions/values/dates';
import { longDate } from '../objectives/dates';
import { currentLanguage } from '../i18n';
import { noDocumentMessage } from '../workbook/lock';
import { refreshDashboard, type RefreshReport } from './refresh';
import { say } from './texts';

export function runRefreshDashboard(): RefreshReport {
  const language = currentLanguage();
  const report = refreshDashboard(language);
  const title = say(language, 'reportTitle');
  if (!report.ok) {
    const why =
      report.reason === 'noDocument' ? noDocumentMessage(language) : say(language, report.reason);
    ui().alert(title, why, ui().ButtonSet.OK);
    return report;
  }
  const done = say(language, report.scopes === 1 ? 'refreshedOne' : 'refreshed', {
    scopes: report.scopes,
    // "10 April 2026" / "10 avril 2026" rather than the ISO day.
    day: longDate(dayOfIsoText(report.day) ?? 0, language),
  });
  // What cannot be computed is said where it cannot be missed, not in a passing toast.
  if (report.problems.length > 0) {
    const list = report.problems.map((p) => `• ${p}`).join('\n');
    ui().alert(title, `${done}\n\n${say(language, 'problems')}\n${list}`, ui().ButtonSet.OK);
    return report;
  }
  activeSpreadsheet().toast(done, title, 5);
  return report;
}

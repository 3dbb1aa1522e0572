// The "Apply alerts" menu command: apply, then one dialog that says what was raised, what
// recovered and which Alerts rows to fix, in the user's language.
import { ui } from '../adapters/services';
import { currentLanguage } from '../i18n';
import { type ApplyReport, applyAlerts } from './apply';
import { say } from './messages';
import { reportText } from './report';

export function runApplyAlerts(): ApplyReport {
  const language = currentLanguage();
  const report = applyAlerts(language);
  ui().alert(say(language, 'title'), reportText(report, language), ui().ButtonSet.OK);
  return report;
}

// The server side of the alert settings page (AlertsPageServer of alerts-contract.ts): its
// opening data, and "Apply alerts now", which does the menu item's work (applyAlerts) but returns
// a JSON summary instead of showing a dialog. The menu item opens the page.
import { showSidebar } from '../addon/adapters/services';
import { applyAlerts } from '../addon/alerts/apply';
import { reportLine, reportText } from '../addon/alerts/report';
import { alertsSettings, setConversionWindows, setHourlyAlerts } from './alerts-settings';
import { say, currentLanguage } from '../addon/i18n';
import { busyAnswer } from './busy';
import type { Busy } from './busy-contract';
import type { AlertsApplySummary, AlertsPageInit, AlertsPageServer } from './alerts-contract';

export function showAlertSettings(): void {
  showSidebar('Alerts', say(currentLanguage(), 'alerts.title'));
}

export function alertsPageInit(): AlertsPageInit {
  return { language: currentLanguage(), settings: alertsSettings() };
}

export function alertsApplyNow(): AlertsApplySummary | Busy {
  const language = currentLanguage();
  const report = applyAlerts(language);
  if (report.outcome === 'busy' || report.outcome === 'no document')
    return busyAnswer(
      report.outcome === 'busy' ? 'busy' : 'noDocument',
      language,
      reportText(report, language),
    );
  const applied = report.outcome === 'applied' ? report : null;
  return {
    outcome: report.outcome,
    rules: applied?.rules.length ?? 0,
    raised: applied?.evaluation.raised.length ?? 0,
    recovered: applied?.evaluation.recovered.length ?? 0,
    problems: applied
      ? applied.sourceProblems.length +
        applied.ruleProblems.length +
        applied.evaluation.problems.length +
        applied.colourProblems.length
      : 0,
    line: reportLine(report, language),
    report: reportText(report, language),
    at: new Date().toISOString(),
    settings: alertsSettings(),
  };
}

/**
 * The page's server functions, checked against AlertsPageServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const ALERTS_SERVER = {
  alertsPageInit,
  alertsApplyNow,
  setHourlyAlerts,
  setConversionWindows,
} satisfies AlertsPageServer;

// The server functions a settings page calls to show and switch the hourly alert check. The flag
// lives in the document properties (every editor sees the same setting); switching it on makes
// sure this spreadsheet's one hourly trigger exists first, and stores "on" only once it does (a
// refusal, e.g. the 20-trigger quota, leaves the check off with a message the user can act on);
// switching it off removes this spreadsheet's trigger when no other scheduled job still needs it,
// never the user's trigger of another spreadsheet. Also the conversion windows: the measured
// ones beside the ones a user set (addon/alerts/windows.ts). JSON-safe results
// (alerts-contract.ts).
import type { AlertsSettings, ConversionWindow } from './alerts-contract';
import { MAX_WINDOW_DAYS, MIN_WINDOW_DAYS } from '../kpi/readiness';
import { documentProperties } from '../addon/adapters/services';
import { kpiEntry, WINDOW_KPIS } from '../addon/metrics';
import { currentLanguage } from '../addon/i18n';
import { SCHEDULED_JOBS } from '../addon/jobs/registry';
import { ensureTrigger, removeTriggerIfUnused, triggerStatus } from '../addon/schedule/scheduler';
import { lastTickStatus } from '../addon/schedule/tick';
import { ALERTS_JOB, HOURLY_ALERTS_KEY, hourlyAlertsEnabled } from '../addon/alerts/job';
import { measuredWindows, readWindowOverrides, setWindowOverrides } from '../addon/alerts/windows';

export function alertsSettings(): AlertsSettings {
  const trigger = triggerStatus();
  const tick = lastTickStatus();
  const result = tick?.results[ALERTS_JOB.name];
  return {
    hourly: hourlyAlertsEnabled(),
    trigger: { installed: trigger.installed, owner: trigger.owner ?? '', mine: trigger.mine },
    lastCheck: tick && result !== undefined ? { at: tick.at, result } : null,
    windows: conversionWindows(),
  };
}

/** The measured and set windows, from the document properties only (no sheet is read). */
function conversionWindows(): ConversionWindow[] {
  const language = currentLanguage();
  const measured = measuredWindows();
  const overrides = readWindowOverrides();
  return WINDOW_KPIS.map((kpi) => {
    const m = measured[kpi];
    return {
      kpi,
      name: kpiEntry(kpi).name[language],
      measured: m ? { days: m.days, basis: m.basis, sample: m.sample } : null,
      override: overrides[kpi] ?? null,
      min: MIN_WINDOW_DAYS,
      max: MAX_WINDOW_DAYS,
    };
  });
}

/**
 * Sets or clears conversion windows (see addon/alerts/windows.ts); the next Apply alerts judges
 * with them.
 */
export function setConversionWindows(changes: unknown): AlertsSettings {
  setWindowOverrides(changes);
  return alertsSettings();
}

export function setHourlyAlerts(enabled: unknown): AlertsSettings {
  if (typeof enabled !== 'boolean') throw new Error('setHourlyAlerts expects true or false');
  if (enabled) {
    // The trigger first: when it cannot be made (the spreadsheet is busy), the flag stays off.
    ensureTrigger(new Date());
    documentProperties().setProperty(HOURLY_ALERTS_KEY, 'true');
  } else {
    documentProperties().setProperty(HOURLY_ALERTS_KEY, 'false');
    const others = SCHEDULED_JOBS.some((job) => job.name !== ALERTS_JOB.name && job.enabled());
    removeTriggerIfUnused(others);
  }
  return alertsSettings();
}

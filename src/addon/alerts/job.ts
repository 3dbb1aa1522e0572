// The optional hourly alert check: a ScheduledJob of the document's one hourly trigger (see
// src/addon/schedule), on when the document property says so. Each run applies the alerts as the
// menu item does (the cooldown makes 24 runs a day add one row per breach and period) and
// records one line in the tick status the settings page shows.
import { documentProperties } from '../adapters/services';
import type { ScheduledJob } from '../schedule/tick';
import { currentLanguage } from '../i18n';
import { applyAlerts } from './apply';
import { reportLine } from './report';

export const HOURLY_ALERTS_KEY = 'salesKpi.alerts.hourly';

export function hourlyAlertsEnabled(): boolean {
  return documentProperties().getProperty(HOURLY_ALERTS_KEY) === 'true';
}

export const ALERTS_JOB: ScheduledJob = {
  name: 'alerts',
  enabled: hourlyAlertsEnabled,
  // The check is "as of today" in the spreadsheet's time zone: the tick's time is not needed.
  run: () => {
    const language = currentLanguage();
    return reportLine(applyAlerts(language), language);
  },
};
